import type { Authority } from '@eshkol/contracts/authorities';
import type { Cluster, ClusterDetail } from '@eshkol/contracts/clusters';
import type { ProgrammeStats } from '@eshkol/contracts/stats';
import { mix } from '../clusters/cluster-views';

export const smallAuthorityThreshold = 15_000;

function smallShare(list: Authority[]): number | null {
  const known = list.filter((a) => a.population !== null);
  return known.length === 0 ? null : known.filter((a) => a.population! < smallAuthorityThreshold).length / known.length;
}

/** The programme in numbers, computed from the registry; unknown populations are counted, not zeroed. */
export function computeProgrammeStats(
  all: Authority[],
  clusters: Cluster[],
  stated: { subject: string; key: string; value: number; asOf: string | null; source: string }[],
): ProgrammeStats {
  const operating = clusters.filter((c) => c.status === 'active');
  const operatingSlugs = new Set(operating.map((c) => c.slug));
  const members = all.filter((a) => a.currentCluster && operatingSlugs.has(a.currentCluster.slug));
  const years = [...new Set(members.map((a) => a.populationYear).filter((y) => y !== null))];
  const countBy = (xs: string[]) => [...new Set(xs)].map((type) => ({ type, count: xs.filter((x) => x === type).length }));
  return {
    clusterCount: operating.length,
    memberAuthorityCount: members.length,
    residentsCovered: members.reduce((s, a) => s + (a.population ?? 0), 0),
    residentsUnknownCount: members.filter((a) => a.population === null).length,
    populationYear: years.length === 1 ? years[0]! : (years.sort().at(-1) ?? null),
    smallAuthorityShare: smallShare(members),
    smallAuthorityThreshold,
    nationalAuthorityCount: all.length,
    nationalSmallAuthorityShare: smallShare(all),
    byType: countBy(members.map((a) => a.type)),
    clusters: operating.map((c) => {
      const mine = members.filter((a) => a.currentCluster!.slug === c.slug);
      return {
        slug: c.slug,
        nameHe: c.nameHe,
        nameEn: c.nameEn,
        memberCount: c.memberCount,
        population: c.population,
        socioEconomicMix: mix(mine.map((a) => a.socioEconomicCluster)) as ClusterDetail['socioEconomicMix'],
        peripheralityMix: mix(mine.map((a) => a.peripheralityCluster)) as ClusterDetail['peripheralityMix'],
      };
    }),
    statedFigures: stated.filter((f) => f.subject === 'programme').map((f) => ({ key: f.key, value: f.value, asOf: f.asOf, source: f.source })),
  };
}
