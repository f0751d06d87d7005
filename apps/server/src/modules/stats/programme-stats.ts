import { authorityTypes } from '@eshkol/contracts/authorities';
import { smallAuthorityThreshold, type ProgrammeStats } from '@eshkol/contracts/stats';
import type { AuthorityTally, PopulationSum } from '../authorities/authorities.repo';
import type { ClusterRow } from '../clusters/clusters.repo';

const share = (part: number, known: number) => (known === 0 ? null : part / known);

/**
 * The programme in numbers, from the registry's sums: of every authority, and of each cluster's
 * current members (a cluster without members has no tally). Unknown populations are counted, not zeroed.
 */
export function computeProgrammeStats(
  national: PopulationSum,
  byCluster: ReadonlyMap<string, AuthorityTally>,
  clusters: Pick<ClusterRow, 'slug' | 'nameHe' | 'nameEn' | 'status'>[],
  stated: { subject: string; key: string; value: number; asOf: string | null; source: string }[],
): ProgrammeStats {
  const operating = clusters.filter((c) => c.status === 'active');
  const members = operating.flatMap((c) => byCluster.get(c.slug) ?? []);
  const sum = (of: (t: AuthorityTally) => number) => members.reduce((s, t) => s + of(t), 0);
  const known = sum((t) => t.populationKnown);
  const years = members.flatMap((t) => (t.populationYear === null ? [] : [t.populationYear]));
  const ofType = (type: string) => sum((t) => t.byType.find((b) => b.type === type)?.count ?? 0);
  return {
    clusterCount: operating.length,
    memberAuthorityCount: sum((t) => t.count),
    residentsCovered: sum((t) => t.population),
    residentsUnknownCount: sum((t) => t.count - t.populationKnown),
    populationYear: years.length === 0 ? null : Math.max(...years),
    smallAuthorityShare: share(sum((t) => t.small), known),
    smallAuthorityThreshold,
    nationalAuthorityCount: national.count,
    nationalSmallAuthorityShare: share(national.small, national.populationKnown),
    byType: authorityTypes.map((type) => ({ type, count: ofType(type) })).filter((b) => b.count > 0),
    clusters: operating.map((c) => {
      const mine = byCluster.get(c.slug);
      return {
        slug: c.slug,
        nameHe: c.nameHe,
        nameEn: c.nameEn,
        memberCount: mine?.count ?? 0,
        population: mine?.population ?? 0,
        socioEconomicMix: mine?.socioEconomicMix ?? [],
        peripheralityMix: mine?.peripheralityMix ?? [],
      };
    }),
    statedFigures: stated.filter((f) => f.subject === 'programme').map((f) => ({ key: f.key, value: f.value, asOf: f.asOf, source: f.source })),
  };
}
