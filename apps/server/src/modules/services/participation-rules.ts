import type { DecideParticipation, ParticipantStatus } from '@eshkol/contracts/services';

export type ParticipationDecision = DecideParticipation['decision'];

/**
 * An authority's answers to an invitation. It may join after declining or leaving (its council
 * decided again), decline only an open invitation, and leave only what it joined.
 */
const transitions: Record<ParticipationDecision, { from: readonly ParticipantStatus[]; to: ParticipantStatus }> = {
  join: { from: ['invited', 'declined', 'left'], to: 'joined' },
  decline: { from: ['invited'], to: 'declined' },
  leave: { from: ['joined'], to: 'left' },
};

/** The status a decision leads to, or null when it cannot be taken from `current`. */
export function nextStatus(current: ParticipantStatus, decision: ParticipationDecision): ParticipantStatus | null {
  const t = transitions[decision];
  return t.from.includes(current) ? t.to : null;
}

export function decisionsFrom(current: ParticipantStatus): ParticipationDecision[] {
  return (Object.keys(transitions) as ParticipationDecision[]).filter((d) => nextStatus(current, d) !== null);
}

/** An authority leaves on or after the day it joined. */
export const canLeaveOn = (since: string | null, leftOn: string) => since === null || leftOn >= since;

/** The calendar day in Israel at a moment, `YYYY-MM-DD` (an approval cannot be dated after today). */
export function dateInIsrael(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
