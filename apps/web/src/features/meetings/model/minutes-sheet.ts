import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { unitKey, unitName } from './units';

type Attendance = MeetingDetail['attendance'][number];

/** A person present as the page names them: their name and title, or the title of the office they hold. */
export const personOf = (a: Pick<Attendance, 'personName' | 'title'>) => (a.personName ? (a.title ? `${a.personName}, ${a.title}` : a.personName) : a.title);

/** Who attended for each authority or organisation, the units in their names' order, each person as the minutes name them. */
export function attendanceByUnit(attendance: readonly Attendance[], lng: string) {
  const rows = new Map<string, { key: string; name: string; people: { person: string; role: Attendance['role'] }[] }>();
  for (const a of attendance) {
    const key = unitKey(a.unit);
    const row = rows.get(key) ?? { key, name: unitName(a.unit, lng), people: [] };
    row.people.push({ person: personOf(a), role: a.role });
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, lng));
}
