import { votingSeatRoles, type SeatRole } from '@eshkol/contracts/governance';

/** A seat's term and holder, as the composition reads it. */
export type SeatTerm = { role: string; authorityId: string | null; fromOn: string; toOn: string | null };
/** A cluster's membership on the day: its members, and when those who left did (null: unknown). */
export type MembershipOnDay = { members: ReadonlySet<string>; left: ReadonlyMap<string, string | null> };

/** Whether the seat's term covers the day: from its first day to its last (`toOn`), both included. */
export const termCovers = (s: Pick<SeatTerm, 'fromOn' | 'toOn'>, day: string) => s.fromOn <= day && (s.toOn === null || day <= s.toOn);

/**
 * A body on a day: the seats whose term covers it, each active or lapsed — lapsed when it sits for
 * an authority that is no longer a member of the body's cluster (with the day it left) — and the
 * voting member authorities: those with an active seat of a voting role. A programme body
 * (`membership` null) has no member authorities to lapse.
 */
export function compositionOn<S extends SeatTerm>(seats: readonly S[], day: string, membership: MembershipOnDay | null) {
  const sitting = seats.filter((s) => termCovers(s, day));
  const placed = sitting.map((s) => {
    const lapsed = membership !== null && s.authorityId !== null && !membership.members.has(s.authorityId);
    return { ...s, status: lapsed ? ('lapsed' as const) : ('active' as const), lapsedOn: lapsed ? (membership.left.get(s.authorityId!) ?? null) : null };
  });
  const voting = new Set(
    placed.filter((s) => s.status === 'active' && s.authorityId !== null && votingSeatRoles.includes(s.role as SeatRole)).map((s) => s.authorityId!),
  );
  return { seats: placed, votingMemberIds: [...voting] };
}

/** The rules in force on a day: the latest to start on or before it (of two from one day, the one set later). */
export function rulesOn<R extends { validFrom: string; id: number }>(history: readonly R[], day: string): R | null {
  const started = history.filter((r) => r.validFrom <= day).sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id - b.id);
  return started.at(-1) ?? null;
}
