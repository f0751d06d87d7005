import { describe, expect, it } from 'vitest';
import { activeProgramme, israelDate } from './active-programme';

const p = (id: number, startsOn: string, endsOn: string, created: string) => ({ id, startsOn, endsOn, createdAt: new Date(created) });

describe('the programme new grants draw from', () => {
  const old = p(1, '2014-01-01', '2016-12-31', '2014-01-01T08:00:00Z');
  const current = p(2, '2024-01-01', '2027-12-31', '2024-01-01T08:00:00Z');
  const overlapping = p(3, '2026-01-01', '2028-12-31', '2025-12-01T08:00:00Z');

  it.each<[string, string, number | null]>([
    ['before any programme', '2013-06-01', null],
    ['on the first day of a period', '2014-01-01', 1],
    ['on its last day', '2016-12-31', 1],
    ['between periods', '2020-05-05', null],
    ['in one period', '2025-06-01', 2],
    ['where periods overlap: the one created last', '2026-06-01', 3],
    ['after every period', '2030-01-01', null],
  ])('%s', (_name, today, expected) => {
    expect(activeProgramme([old, current, overlapping], today)?.id ?? null).toBe(expected);
  });

  it("takes today's date in Israel", () => {
    expect(israelDate(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
    expect(israelDate(new Date('2025-06-30T20:59:00Z'))).toBe('2025-06-30');
  });
});
