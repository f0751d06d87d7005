import type { BodyKind } from '@eshkol/contracts/governance';
import type { Decision, MeetingSummary, Unit } from '@eshkol/contracts/meetings';
import { dayInIsrael, wallClockInIsrael } from '../../platform/calendar';
import type { BodyRow } from './governance.repo';
import type { DecisionRow, ItemRow, MeetingRow } from './meetings.repo';

/** How meetings, their units and decisions read in responses: pure, from the rows. */

/** A voting unit's key: the authority's id, or `org:` and the organisation. */
export const unitKey = (u: { authorityId: string | null; organisation: string | null }) => u.authorityId ?? `org:${u.organisation}`;

type Names = { nameHe: string; nameEn: string | null };

/** A unit by its key, named from the authorities' names (an organisation is its own name). */
export const unitOf = (key: string, names: Map<string, Names>): Unit =>
  key.startsWith('org:')
    ? { authorityId: null, organisation: key.slice(4), names: { nameHe: key.slice(4), nameEn: null } }
    : { authorityId: key, organisation: null, names: names.get(key) ?? { nameHe: key, nameEn: null } };

/** The day of the meeting in Israel: the day its body's composition and rules are read on. */
export const meetingDay = (m: MeetingRow) => dayInIsrael(m.startsAt);
export const bodyNames = (b: BodyRow) => ({ nameHe: b.nameHe, nameEn: b.nameEn, kind: b.kind as BodyKind });

export function summaryOf(m: MeetingRow, body: BodyRow, minutesStatus: MeetingSummary['minutesStatus']): MeetingSummary {
  return {
    id: m.id,
    bodyId: body.id,
    body: bodyNames(body),
    clusterSlug: body.clusterSlug,
    startsAt: m.startsAt.toISOString(),
    startsAtLocal: wallClockInIsrael(m.startsAt),
    durationMinutes: m.durationMinutes,
    place: m.place,
    onlineUrl: m.onlineUrl,
    status: m.status as MeetingSummary['status'],
    public: m.isPublic,
    minutesStatus,
  };
}

/** How a decision reads to a reader: on which day (overdue or not), the owners' names, and whether they may follow it up. */
export type DecisionView = { today: string; names: Map<string, Names>; manage: boolean };

export function decisionOf(d: DecisionRow, meeting: MeetingRow, item: ItemRow, body: BodyRow, view: DecisionView): Decision {
  const { today } = view;
  return {
    id: d.id,
    number: `${d.year}/${d.serial}`,
    bodyId: body.id,
    body: bodyNames(body),
    clusterSlug: body.clusterSlug,
    meetingId: meeting.id,
    meetingStartsAt: meeting.startsAt.toISOString(),
    itemId: item.id,
    itemTitle: item.title,
    text: d.text,
    owner: d.owner,
    ownerAuthority: d.ownerAuthorityId === null ? null : { authorityId: d.ownerAuthorityId, names: view.names.get(d.ownerAuthorityId) ?? { nameHe: d.ownerAuthorityId, nameEn: null } },
    dueOn: d.dueOn,
    status: d.status as Decision['status'],
    statusNote: d.statusNote,
    outcome: d.outcome as Decision['outcome'],
    tally: d.tally,
    link: item.link ?? null,
    overdue: d.dueOn !== null && d.dueOn < today && (d.status === 'open' || d.status === 'in_progress'),
    public: meeting.isPublic,
    decidedOn: d.decidedOn,
    actions: view.manage ? ['followUp'] : [],
  };
}
