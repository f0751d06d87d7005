import { costSharingLimits, type Allocation, type CostSharingInput, type CostSharingResult, type CostSharingWarning } from '@eshkol/contracts/cost-sharing';
import type { authorityShareSchema, SaveStudy, studyComparisonSchema } from '@eshkol/contracts/feasibility';
import type { z } from 'zod';

/** Random orders for the Shapley value when there are too many participants to compute it exactly. */
/** The precision a study's sampled Shapley value is estimated to: half a percent of the mean share. */
export const sampledShapleyPrecision = 0.005;

/**
 * The engine's input for a study: the participants are the baseline's authorities; the model's
 * quantities and stand-alone costs come from the baseline; the proportional method weighs the
 * authorities' populations — or, when the registry lacks any of them, the quantities for all
 * (a mix of populations and quantities would weigh unlike things). Returns the study as it will
 * be kept (its model filled in from the baseline) and notes for the result's warnings.
 */
export function toEngineInput(study: SaveStudy, populations: ReadonlyMap<string, number | null>): { input: CostSharingInput; study: SaveStudy; warnings: CostSharingWarning[] } {
  const players = study.baseline.map((b) => b.authorityId);
  const quantities = Object.fromEntries(study.baseline.map((b) => [b.authorityId, b.quantity]));
  const measured = study.baseline.filter((b) => b.currentCost !== null);
  const standAloneCosts = measured.length > 0 ? Object.fromEntries(measured.map((b) => [b.authorityId, b.currentCost!])) : null;
  const model = { ...study.model, quantities, standAloneCosts };
  const methods = [...new Set([...study.methods, study.proposedMethod])];
  const warnings: CostSharingWarning[] = [];

  const unknown = players.filter((p) => !((populations.get(p) ?? 0) > 0));
  let weights: Record<string, number> | null = null;
  if (methods.includes('proportional')) {
    if (unknown.length === 0) weights = Object.fromEntries(players.map((p) => [p, populations.get(p)!]));
    else {
      warnings.push({
        code: 'WEIGHTS_FROM_QUANTITIES',
        values: { authorities: unknown },
        message: `Proportional shares follow the quantities: the population of ${unknown.join(', ')} is unknown.`,
      });
    }
  }
  const sampled = methods.includes('shapley') && players.length > costSharingLimits.maxExactShapleyPlayers;
  if (sampled) {
    warnings.push({
      code: 'SHAPLEY_SAMPLED',
      values: { percent: sampledShapleyPrecision * 100, max: costSharingLimits.maxExactShapleyPlayers },
      message: `The Shapley value is estimated from random orders, each share to within ${sampledShapleyPrecision * 100}% of the mean share (more than ${costSharingLimits.maxExactShapleyPlayers} participants).`,
    });
  }

  return {
    input: { kind: 'cost', players, coalitions: null, model, weights, methods, options: { shapleySamples: null, shapleyPrecision: sampled ? sampledShapleyPrecision : null, seed: 1 } },
    study: { ...study, model, methods },
    warnings,
  };
}

/** The baseline must cover exactly the authorities that have joined the service. */
export function participantsMismatch(baseline: readonly string[], joined: readonly string[]): { missing: string[]; extra: string[] } | null {
  const missing = joined.filter((a) => !baseline.includes(a));
  const extra = baseline.filter((a) => !joined.includes(a));
  return missing.length + extra.length > 0 ? { missing, extra } : null;
}

export const duplicates = (ids: readonly string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

/** A version's figures, as far as shares and comparisons read them. */
export type VersionFigures = {
  version: number;
  input: SaveStudy;
  result: Pick<CostSharingResult, 'players' | 'totalAgorot'> & { allocations: Pick<Allocation, 'method' | 'shares'>[] };
};

const proposedOf = (s: VersionFigures) => s.result.allocations.find((a) => a.method === s.input.proposedMethod) ?? null;

/** One authority's share and saving under the study's proposed method; null when it is not in the study. */
export function shareOf(s: VersionFigures, authorityId: string): z.infer<typeof authorityShareSchema> | null {
  const allocation = proposedOf(s);
  const share = allocation?.shares.find((x) => x.player === authorityId);
  if (!allocation || !share) return null;
  return {
    authorityId,
    version: s.version,
    method: allocation.method,
    standAlone: share.standAlone,
    share: share.share,
    shareAgorot: share.shareAgorot,
    saving: share.saving,
    savingPercent: share.savingPercent,
  };
}

/** Two versions side by side: each authority's share (to the agora) under each version's proposed method. */
export function compareStudies(from: VersionFigures, to: VersionFigures): z.infer<typeof studyComparisonSchema> {
  const inShekels = (s: VersionFigures, id: string) => {
    const agorot = proposedOf(s)?.shares.find((x) => x.player === id)?.shareAgorot;
    return agorot === undefined ? null : agorot / 100;
  };
  const ids = [...new Set([...from.result.players, ...to.result.players])];
  return {
    from: from.version,
    to: to.version,
    total: { from: from.result.totalAgorot / 100, to: to.result.totalAgorot / 100 },
    rows: ids.map((authorityId) => {
      const [a, b] = [inShekels(from, authorityId), inShekels(to, authorityId)];
      return { authorityId, from: a, to: b, change: a !== null && b !== null ? Math.round((b - a) * 100) / 100 : null };
    }),
  };
}
