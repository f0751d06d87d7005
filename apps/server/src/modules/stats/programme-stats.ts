import { authorityTypes } from '@eshkol/contracts/authorities';
import { smallAuthorityThreshold, type ProgrammeStats } from '@eshkol/contracts/stats';
import type { Cite } from '../../platform/citations';
import type { AuthorityTally, PopulationSum } from '../authorities/authorities.repo';
import type { ClusterRow } from '../clusters/clusters.repo';

const share = (part: number, known: number) => (known === 0 ? null : part / known);

/**
 * The programme in numbers, from the registry's sums: of every authority, of the operating
 * clusters' members together (or of a past year's), and of the largest clusters one by one. The clusters named are the
 * `limit` with the most members, then those without members by slug while room is left. Unknown
 * populations are counted, not zeroed.
 */
export function computeProgrammeStats(of: {
  asOf: number | null;
  years: number[];
  national: PopulationSum;
  members: { all: AuthorityTally | null; largest: AuthorityTally[] };
  /** Every operating cluster (of a past year: every cluster that had members then). */
  operating: Pick<ClusterRow, 'slug' | 'nameHe' | 'nameEn'>[];
  stated: { subject: string; key: string; value: number; asOf: string | null; source: string }[];
  limit: number;
  cite: Cite;
}): ProgrammeStats {
  const { asOf, years, national, members, operating, stated, limit, cite } = of;
  const all = members.all;
  const bySlug = new Map(operating.map((c) => [c.slug, c]));
  const tallied = new Set(members.largest.map((t) => t.key));
  const named = [
    ...members.largest.flatMap((t) => {
      const c = bySlug.get(t.key);
      return c ? [{ c, t }] : [];
    }),
    ...operating.filter((c) => !tallied.has(c.slug)).map((c) => ({ c, t: null })),
  ].slice(0, limit);
  return {
    asOf,
    years,
    clusterCount: operating.length,
    memberAuthorityCount: all?.count ?? 0,
    residentsCovered: all?.population ?? 0,
    residentsUnknownCount: all ? all.count - all.populationKnown : 0,
    populationYear: all?.populationYear ?? null,
    smallAuthorityShare: share(all?.small ?? 0, all?.populationKnown ?? 0),
    smallAuthorityThreshold,
    nationalAuthorityCount: national.count,
    nationalSmallAuthorityShare: share(national.small, national.populationKnown),
    byType: authorityTypes.flatMap((type) => all?.byType.filter((b) => b.type === type) ?? []),
    socioEconomicMix: all?.socioEconomicMix ?? [],
    peripheralityMix: all?.peripheralityMix ?? [],
    clusters: named.map(({ c, t }) => ({
      slug: c.slug,
      nameHe: c.nameHe,
      nameEn: c.nameEn,
      memberCount: t?.count ?? 0,
      population: t?.population ?? 0,
      socioEconomicMix: t?.socioEconomicMix ?? [],
      peripheralityMix: t?.peripheralityMix ?? [],
    })),
    statedFigures: stated.filter((f) => f.subject === 'programme').map((f) => ({ key: f.key, value: f.value, asOf: f.asOf, source: f.source, citations: cite(f.source) })),
  };
}
