import type { ItemLink } from '@eshkol/contracts/meetings';
import type { DbOrTx } from '../../db/client';

/** Where a linked record leads, and whose it is: its cluster (null for the programme's), its service's page or its meeting. */
export type LinkPlace = { clusterSlug: string | null; serviceId: number | null; meetingId: number | null };
export type LinkTarget = (tx: DbOrTx, id: number) => Promise<LinkPlace | null>;

/**
 * What agenda items may be about, each kind provided by the module that keeps it: services and
 * studies when the module is created, submissions by the reviews module, which comes after it.
 */
export function itemLinks() {
  const targets = new Map<ItemLink['kind'], LinkTarget>();
  return {
    provide(kind: ItemLink['kind'], target: LinkTarget) {
      targets.set(kind, target);
    },
    /** The linked record's place, or null when there is no such record. */
    resolve(tx: DbOrTx, link: ItemLink): Promise<LinkPlace | null> {
      const target = targets.get(link.kind);
      if (!target) throw new Error(`no module provides agenda links to a ${link.kind}`);
      return target(tx, link.id);
    },
  };
}
export type ItemLinks = ReturnType<typeof itemLinks>;
