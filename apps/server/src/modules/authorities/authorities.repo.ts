import type { Authority, AuthorityListQuery, AuthorityType } from '@eshkol/contracts/authorities';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { authorities } from './authorities.schema';
import { clusters, memberships } from '../clusters/clusters.schema';

export type AuthorityRow = typeof authorities.$inferSelect;

const selection = {
  a: authorities,
  clusterSlug: clusters.slug,
  clusterNameHe: clusters.nameHe,
  clusterNameEn: clusters.nameEn,
};

function toAuthority(r: { a: AuthorityRow; clusterSlug: string | null; clusterNameHe: string | null; clusterNameEn: string | null }): Authority {
  const { a } = r;
  return {
    id: a.id,
    cbsCode: a.cbsCode,
    moiCode: a.moiCode,
    type: a.type as AuthorityType,
    nameHe: a.nameHe,
    nameEn: a.nameEn,
    district: a.district,
    population: a.population,
    populationYear: a.populationYear,
    socioEconomicCluster: a.socioEconomicCluster,
    socioEconomicYear: a.socioEconomicYear,
    peripheralityCluster: a.peripheralityCluster,
    peripheralityYear: a.peripheralityYear,
    areaKm2: a.areaKm2,
    lat: a.lat,
    lon: a.lon,
    locationDerived: a.locationDerived,
    source: a.source,
    currentCluster: r.clusterSlug ? { slug: r.clusterSlug, nameHe: r.clusterNameHe, nameEn: r.clusterNameEn } : null,
  };
}

export function createAuthoritiesRepo() {
  const base = (db: DbOrTx) =>
    db
      .select(selection)
      .from(authorities)
      .leftJoin(memberships, and(eq(memberships.authorityId, authorities.id), eq(memberships.ended, false)))
      .leftJoin(clusters, eq(clusters.slug, memberships.clusterSlug));

  return {
    async list(db: DbOrTx, q: AuthorityListQuery): Promise<Authority[]> {
      const where: SQL[] = [];
      if (q.cluster) where.push(eq(clusters.slug, q.cluster));
      if (q.type) where.push(eq(authorities.type, q.type));
      if (q.district) where.push(eq(authorities.district, q.district));
      if (q.q) {
        const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        where.push(or(ilike(authorities.nameHe, like), ilike(authorities.nameEn, like), sql`${authorities.cbsCode}::text = ${q.q}`)!);
      }
      const rows = await base(db).where(and(...where)).orderBy(asc(authorities.nameHe));
      return rows.map(toAuthority);
    },
    async get(db: DbOrTx, id: string): Promise<Authority | null> {
      const rows = await base(db).where(eq(authorities.id, id));
      return rows[0] ? toAuthority(rows[0]) : null;
    },
    async getRows(db: DbOrTx): Promise<Map<string, AuthorityRow>> {
      const rows = await db.select().from(authorities);
      return new Map(rows.map((r) => [r.id, r]));
    },
    isEmpty: async (db: DbOrTx) => (await db.select({ id: authorities.id }).from(authorities).limit(1)).length === 0,
    exists: async (db: DbOrTx, id: string) => (await db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, id))).length > 0,
    insert: (db: DbOrTx, row: typeof authorities.$inferInsert) => db.insert(authorities).values(row),
    update: (db: DbOrTx, id: string, patch: Partial<typeof authorities.$inferInsert>) =>
      db.update(authorities).set({ ...patch, updatedAt: new Date() }).where(eq(authorities.id, id)),
  };
}
export type AuthoritiesRepo = ReturnType<typeof createAuthoritiesRepo>;
