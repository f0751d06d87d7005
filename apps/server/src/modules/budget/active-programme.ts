/**
 * Which incentive programme new grants draw from: the one running today (startsOn ≤ today ≤
 * endsOn); when periods overlap, the one created last, since a new programme supersedes the one
 * it overlaps. A submission's gate checks the programme active on the day of submission; the
 * approval that commits the grant draws from the programme active on the day of the decision.
 */
export type ProgrammePeriod = { id: number; startsOn: string; endsOn: string; createdAt: Date };

export function activeProgramme<P extends ProgrammePeriod>(programmes: readonly P[], today: string): P | null {
  const running = programmes.filter((p) => p.startsOn <= today && today <= p.endsOn);
  running.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  return running[0] ?? null;
}

/** Today's date in Israel, where the programme's periods are set (`YYYY-MM-DD`). */
export function israelDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
