import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { authorities } from '../authorities/authorities.schema';
import { authorityDomains } from './participation.schema';

export function createParticipationRepo() {
  return {
    ofAuthority: (db: DbOrTx, authorityId: string, clusterSlug: string) =>
      db
        .select()
        .from(authorityDomains)
        .where(and(eq(authorityDomains.authorityId, authorityId), eq(authorityDomains.clusterSlug, clusterSlug)))
        .orderBy(asc(authorityDomains.domain)),
    ofCluster: (db: DbOrTx, clusterSlug: string) => db.select().from(authorityDomains).where(eq(authorityDomains.clusterSlug, clusterSlug)),
    /** Holds the authority's row until the transaction ends, so that two replacements of its domains run one after the other. */
    lockAuthority: (db: DbOrTx, authorityId: string) => db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, authorityId)).for('update'),
    async replace(db: DbOrTx, authorityId: string, clusterSlug: string, domains: readonly string[]) {
      await db.delete(authorityDomains).where(eq(authorityDomains.authorityId, authorityId));
      if (domains.length > 0) await db.insert(authorityDomains).values(domains.map((domain) => ({ authorityId, clusterSlug, domain })));
    },
  };
}
export type ParticipationRepo = ReturnType<typeof createParticipationRepo>;
