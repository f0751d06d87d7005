import type { Authority, Membership } from '@eshkol/contracts/authorities';
import type { Cluster, LegalForm } from '@eshkol/contracts/clusters';
import type { ClusterRow, MembershipRow } from './clusters.repo';

export function clusterRef(c: Pick<ClusterRow, 'slug' | 'nameHe' | 'nameEn'>) {
  return { slug: c.slug, nameHe: c.nameHe, nameEn: c.nameEn };
}

export function toMembership(m: MembershipRow, cluster: ClusterRow): Membership {
  const dated = m.observations.filter((o) => o.asOf).sort((a, b) => a.asOf!.localeCompare(b.asOf!));
  return {
    id: String(m.id),
    authorityId: m.authorityId,
    cluster: clusterRef(cluster),
    joinedOn: m.joinedOn,
    observedAsOf: m.joinedOn ? null : (dated[0]?.asOf ?? null),
    leftOn: m.leftOn,
    current: !m.ended,
    sources: [...new Set(m.observations.map((o) => o.source))],
    note: m.note,
  };
}

/** Counts per index cluster 1–10, with the unknowns as `cluster: null`. */
export function mix(values: (number | null)[]) {
  const counts = new Map<number | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
    .map(([cluster, count]) => ({ cluster, count }));
}

export function toCluster(c: ClusterRow, members: Authority[]): Cluster {
  const known = members.filter((m) => m.population !== null);
  return {
    slug: c.slug,
    nameHe: c.nameHe,
    nameEn: c.nameEn,
    otherNames: c.otherNames,
    status: c.status as Cluster['status'],
    legalForm: c.legalForm as LegalForm,
    foundedOn: c.foundedOn,
    memberCount: members.length,
    population: known.reduce((s, m) => s + m.population!, 0),
    populationUnknownCount: members.length - known.length,
  };
}
