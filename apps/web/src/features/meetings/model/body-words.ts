import type { BodyDetail } from '@eshkol/contracts/governance';
import { pickName } from '../../../lib/names';

type Named = { nameHe: string; nameEn: string | null };

/** A body's or a cluster's name in a language. */
export const nameIn = (named: Named, lng: string) => pickName(named, lng) ?? named.nameHe;

/** A body's register: its cluster's, or the programme's. */
export const registerPathOf = (clusterSlug: string | null) => (clusterSlug ? `/clusters/${clusterSlug}/decisions` : '/governance/decisions');

/** The way to a body's page from the top: its cluster (or nothing, for the programme's), then the body. */
export function bodyTrail(body: Pick<BodyDetail, 'id' | 'clusterSlug' | 'cluster' | 'nameHe' | 'nameEn'>, lng: string, clustersLabel: string) {
  const cluster = body.clusterSlug && body.cluster ? [{ to: '/clusters', label: clustersLabel }, { to: `/clusters/${body.clusterSlug}`, label: nameIn(body.cluster, lng) }] : [];
  return [...cluster, { to: `/bodies/${body.id}`, label: nameIn(body, lng) }];
}

/** Who carries a decision out: the office or person named, and the member authority, when given. */
export function ownerOf(d: { owner: string; ownerAuthority: { names: Named } | null }, lng: string): string {
  return [d.owner, d.ownerAuthority ? nameIn(d.ownerAuthority.names, lng) : ''].filter((x) => x !== '').join(' · ');
}
