import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { unitKey } from './units';

type Attendance = MeetingDetail['attendance'][number];

/** The voting units with somebody present who counts (a voting seat of a voting member): one each, however many of its people came. */
export function unitsPresent(attendance: readonly Attendance[]): Set<string> {
  return new Set(attendance.filter((a) => a.counts).map((a) => unitKey(a.unit)));
}

export type QuorumView =
  | { kind: 'count'; met: boolean; present: number; members: number; needed: number }
  | { kind: 'weighted'; met: boolean; present: number; members: number; weightPresent: number; weightRequired: number; strict: boolean };

/**
 * The quorum as the page says it: units present of the voting members, and how many it takes.
 * The tally compares with a threshold (more than half of 7 is 3.5); with one vote each, the
 * number of units that meets it is the next whole number above it (or the threshold itself when
 * "at least" and whole). With population weights, the threshold is residents, said as such.
 */
export function quorumView(meeting: Pick<MeetingDetail, 'quorum' | 'rules' | 'members' | 'attendance'>): QuorumView | null {
  const { quorum, rules } = meeting;
  if (!quorum || !rules) return null;
  const present = unitsPresent(meeting.attendance).size;
  const members = meeting.members.length;
  const q = rules.rules.quorum;
  if ('count' in q) return { kind: 'count', met: quorum.met, present: quorum.present, members, needed: q.count };
  if (rules.rules.weights === 'population') return { kind: 'weighted', met: quorum.met, present, members, weightPresent: quorum.present, weightRequired: quorum.required, strict: q.strict };
  const needed = q.strict ? Math.floor(quorum.required) + 1 : Math.ceil(quorum.required);
  return { kind: 'count', met: quorum.met, present: quorum.present, members, needed };
}
