import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
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
    async replace(db: DbOrTx, authorityId: string, clusterSlug: string, domains: readonly string[]) {
      await db.delete(authorityDomains).where(eq(authorityDomains.authorityId, authorityId));
      if (domains.length > 0) await db.insert(authorityDomains).values(domains.map((domain) => ({ authorityId, clusterSlug, domain })));
    },
  };
}
export type ParticipationRepo = ReturnType<typeof createParticipationRepo>;
