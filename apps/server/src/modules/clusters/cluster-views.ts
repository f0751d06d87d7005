import type { Authority, Membership } from '@eshkol/contracts/authorities';
import type { Cluster, LegalForm } from '@eshkol/contracts/clusters';
import { uniqueCitations, type Cite } from '../../platform/citations';
import type { PopulationSum } from '../authorities/authorities.repo';
import type { ClusterRow, MembershipRow } from './clusters.repo';

export function clusterRef(c: Pick<ClusterRow, 'slug' | 'nameHe' | 'nameEn'>) {
  return { slug: c.slug, nameHe: c.nameHe, nameEn: c.nameEn };
}

type ClusterNames = ReadonlyMap<string, Pick<ClusterRow, 'slug' | 'nameHe' | 'nameEn'>>;
/** What a membership's view names: the other clusters (by slug) its end reason may name, and how its sources are cited. */
export type MembershipWording = { clusters?: ClusterNames; cite: Cite };

/** Why an import ended the period, with the cluster it names by its names (`clusters`: every cluster by slug). */
function endReasonOf(m: MembershipRow, clusters: ClusterNames): Membership['endReason'] {
  const r = m.endReason;
  if (!r) return null;
  if (r.kind === 'not_listed') return r;
  return { kind: 'moved', cluster: clusterRef(clusters.get(r.clusterSlug) ?? { slug: r.clusterSlug, nameHe: null, nameEn: null }), asOf: r.asOf };
}

export function toMembership(m: MembershipRow, cluster: ClusterRow, wording: MembershipWording): Membership {
  const sources = [...new Set(m.observations.map((o) => o.source))];
  const dated = m.observations.filter((o) => o.asOf).sort((a, b) => a.asOf!.localeCompare(b.asOf!));
  return {
    id: String(m.id),
    authorityId: m.authorityId,
    cluster: clusterRef(cluster),
    joinedOn: m.joinedOn,
    observedAsOf: m.joinedOn ? null : (dated[0]?.asOf ?? null),
    leftOn: m.leftOn,
    current: !m.ended,
    sources,
    citations: uniqueCitations(sources.flatMap((s) => wording.cite(s))),
    note: m.note,
    endReason: endReasonOf(m, wording.clusters ?? new Map()),
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

/** What a cluster's card says of its current members. */
export type MemberFigures = { memberCount: number; population: number; populationUnknownCount: number };

export function figuresOf(members: Authority[]): MemberFigures {
  const known = members.filter((m) => m.population !== null);
  return { memberCount: members.length, population: known.reduce((s, m) => s + m.population!, 0), populationUnknownCount: members.length - known.length };
}

/** The same from the registry's sums; a cluster without members has none. */
export const figuresOfSum = (t: PopulationSum | undefined): MemberFigures =>
  t ? { memberCount: t.count, population: t.population, populationUnknownCount: t.count - t.populationKnown } : { memberCount: 0, population: 0, populationUnknownCount: 0 };

export function toCluster(c: ClusterRow, members: MemberFigures): Cluster {
  return {
    slug: c.slug,
    nameHe: c.nameHe,
    nameEn: c.nameEn,
    otherNames: c.otherNames,
    status: c.status as Cluster['status'],
    legalForm: c.legalForm as LegalForm,
    foundedOn: c.foundedOn,
    ...members,
  };
}
