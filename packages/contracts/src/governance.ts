import type { Tally, TallyInput } from '@eshkol/engine';
import { z } from 'zod';

/**
 * The governance module's contracts. A vote's tally (`eshkol tally`, and the server's meetings):
 * the body's rules, its voting member authorities, who attended for which and each authority's
 * ballot. Ids are the caller's (a meeting's authority ids, or any names on the command line); the
 * engine checks what the shape cannot — members, presence, one ballot each.
 */

/** The largest body, fraction term and population the tally takes. */
export const tallyLimits = { members: 1_000, attendance: 20_000, fractionTerm: 1_000, population: 100_000_000 } as const;

const idSchema = z.string().trim().min(1).max(100);
const fractionSchema = z.tuple([z.number().int().min(0).max(tallyLimits.fractionTerm), z.number().int().min(1).max(tallyLimits.fractionTerm)]);

export const votingRulesSchema = z.strictObject({
  quorum: z.union([
    z.strictObject({ of: z.literal('members'), fraction: fractionSchema, strict: z.boolean() }),
    z.strictObject({ count: z.number().int().min(0).max(tallyLimits.members) }),
  ]),
  majority: z.strictObject({ of: z.enum(['cast', 'present', 'members']), fraction: fractionSchema, strict: z.boolean() }),
  weights: z.enum(['equal', 'population']),
  chairBreaksTie: z.boolean(),
});

export const voteSchema = z.enum(['for', 'against', 'abstain']);

export const tallyInputSchema = z.strictObject({
  rules: votingRulesSchema,
  members: z.array(z.strictObject({ authorityId: idSchema, population: z.number().int().min(0).max(tallyLimits.population).nullable().optional() })).max(tallyLimits.members),
  chairAuthorityId: idSchema.nullable().optional(),
  attendance: z.array(z.strictObject({ person: idSchema, authorityId: idSchema })).max(tallyLimits.attendance),
  ballots: z.array(z.strictObject({ authorityId: idSchema, vote: voteSchema })).max(tallyLimits.members),
}) satisfies z.ZodType<TallyInput>;

export const tallySchema = z.object({
  quorum: z.object({ met: z.boolean(), present: z.number(), required: z.number() }),
  counts: z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int(), notVoting: z.number().int(), absent: z.number().int() }),
  weighted: z.object({ for: z.number(), against: z.number(), abstain: z.number(), present: z.number(), members: z.number() }).nullable(),
  outcome: z.enum(['passed', 'failed', 'no-quorum']),
  reason: z.enum(['no-quorum', 'majority-reached', 'majority-not-reached', 'no-votes-for', 'tie-chair-for', 'tie-chair-against', 'tie-no-casting-vote']),
}) satisfies z.ZodType<Tally>;
