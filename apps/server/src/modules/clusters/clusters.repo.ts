import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clusters, membershipObservations, memberships, statedFigures, type MembershipEnding } from './clusters.schema';
import { AppError } from '../../platform/errors';
import type { Observation } from './membership-rules';

export type ClusterRow = typeof clusters.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect & { observations: Observation[] };

export function createClustersRepo() {
  /**
   * The memberships with what sources said of each. Of every membership, every observation is
   * read: naming each id would pass PostgreSQL's limit of 65,535 parameters at France's size.
   */
  async function withObservations(db: DbOrTx, rows: (typeof memberships.$inferSelect)[], of: 'these' | 'all' = 'these'): Promise<MembershipRow[]> {
    if (rows.length === 0) return [];
    const obs = await db
      .select()
      .from(membershipObservations)
      .where(of === 'all' ? undefined : inArray(membershipObservations.membershipId, rows.map((r) => r.id)))
      .orderBy(asc(membershipObservations.asOf), asc(membershipObservations.id));
    const byMembership = new Map<number, Observation[]>();
    for (const o of obs) {
      const seen = byMembership.get(o.membershipId) ?? [];
      seen.push({ asOf: o.asOf, source: o.source });
      byMembership.set(o.membershipId, seen);
    }
    return rows.map((r) => ({ ...r, observations: byMembership.get(r.id) ?? [] }));
  }

  return {
    list: (db: DbOrTx) => db.select().from(clusters).orderBy(asc(clusters.nameHe)),
    get: async (db: DbOrTx, slug: string) => (await db.select().from(clusters).where(eq(clusters.slug, slug)))[0] ?? null,
    async insert(db: DbOrTx, row: typeof clusters.$inferInsert) {
      try {
        await db.insert(clusters).values(row);
      } catch (e) {
        // Two creations at once both found the slug free; the primary key decides.
        if (isUniqueViolation(e, 'clusters_pkey')) throw new AppError('CLUSTER_SLUG_TAKEN');
        throw e;
      }
    },
    update: (db: DbOrTx, slug: string, patch: Partial<typeof clusters.$inferInsert>) => db.update(clusters).set(patch).where(eq(clusters.slug, slug)),

    async membershipsOfCluster(db: DbOrTx, slug: string) {
      const rows = await db.select().from(memberships).where(eq(memberships.clusterSlug, slug)).orderBy(asc(memberships.id));
      return withObservations(db, rows);
    },
    async membershipsOfAuthority(db: DbOrTx, authorityId: string) {
      const rows = await db.select().from(memberships).where(eq(memberships.authorityId, authorityId)).orderBy(asc(memberships.id));
      return withObservations(db, rows);
    },
    async allMemberships(db: DbOrTx) {
      return withObservations(db, await db.select().from(memberships).orderBy(asc(memberships.id)), 'all');
    },
    openMemberships: (db: DbOrTx) => db.select().from(memberships).where(eq(memberships.ended, false)),
    /** Each authority's current cluster (one at most, by the database's own index): of one cluster's members, of one authority, of some, or of all. */
    currentClusters: (db: DbOrTx, of: { clusterSlug?: string; authorityId?: string; authorityIds?: readonly string[] } = {}) =>
      db
        .select({ authorityId: memberships.authorityId, slug: clusters.slug, nameHe: clusters.nameHe, nameEn: clusters.nameEn })
        .from(memberships)
        .innerJoin(clusters, eq(clusters.slug, memberships.clusterSlug))
        .where(
          and(
            eq(memberships.ended, false),
            of.clusterSlug ? eq(memberships.clusterSlug, of.clusterSlug) : undefined,
            of.authorityId ? eq(memberships.authorityId, of.authorityId) : undefined,
            of.authorityIds ? inArray(memberships.authorityId, of.authorityIds.length > 0 ? [...of.authorityIds] : ['']) : undefined,
          ),
        ),
    /**
     * Who is a member of which cluster today, as a query of (`authority_id`, `key`) for the
     * registry's figures by cluster: of every cluster, or of the operating ones alone.
     */
    currentMembersQuery: (of: { operating?: boolean } = {}): SQL => {
      const operating = of.operating ? sql` and ${memberships.clusterSlug} in (select ${clusters.slug} from ${clusters} where ${clusters.status} = 'active')` : sql``;
      return sql`select ${memberships.authorityId} as authority_id, ${memberships.clusterSlug} as key from ${memberships} where ${memberships.ended} = false${operating}`;
    },
    /**
     * Who was a member of which cluster in a calendar year, as far as the sources allow, as a query
     * of (`authority_id`, `key`): a period counts when its earliest evidence (its join day or a
     * source that saw it) is in the year or before, and its latest (its leave day or a source that
     * saw it, or today while it is open) in the year or after. With `distinct`, each authority once
     * (key '') even when it moved between clusters within the year.
     */
    membersInYearQuery: (year: number, of: { distinct?: boolean } = {}): SQL => {
      const observed = sql`(select ${membershipObservations.membershipId} as membership_id, min(substr(${membershipObservations.asOf}, 1, 4)::int) as lo, max(substr(${membershipObservations.asOf}, 1, 4)::int) as hi
        from ${membershipObservations} where ${membershipObservations.asOf} ~ '^[0-9]{4}' group by ${membershipObservations.membershipId})`;
      const inYear = sql`select ${memberships.authorityId} as authority_id, ${memberships.clusterSlug} as key from ${memberships} left join ${observed} o on o.membership_id = ${memberships.id}
        where least(extract(year from ${memberships.joinedOn})::int, o.lo) <= ${year} and (${memberships.ended} = false or greatest(extract(year from ${memberships.leftOn})::int, o.hi) >= ${year})`;
      return of.distinct ? sql`select distinct authority_id, '' as key from (${inYear}) y` : inYear;
    },
    /** The calendar years some source saw the membership in, the earliest first. */
    observedYears: async (db: DbOrTx): Promise<number[]> =>
      (await db.selectDistinct({ year: sql<number>`substr(${membershipObservations.asOf}, 1, 4)::int` }).from(membershipObservations).where(sql`${membershipObservations.asOf} ~ '^[0-9]{4}'`)).map((r) => Number(r.year)).sort((a, b) => a - b),
    /** The clusters that operate (not those in establishment), by slug. */
    operating: (db: DbOrTx) => db.select({ slug: clusters.slug, nameHe: clusters.nameHe, nameEn: clusters.nameEn }).from(clusters).where(eq(clusters.status, 'active')).orderBy(asc(clusters.slug)),
    /** A cluster's Hebrew name, for notifications (its slug when it has none). */
    nameOf: async (db: DbOrTx, slug: string) => (await db.select({ nameHe: clusters.nameHe }).from(clusters).where(eq(clusters.slug, slug)))[0]?.nameHe ?? slug,
    /** Cluster names by slug, for views that name clusters. */
    names: async (db: DbOrTx) => new Map((await db.select({ slug: clusters.slug, nameHe: clusters.nameHe }).from(clusters)).map((c) => [c.slug, c.nameHe ?? c.slug])),
    async insertMembership(db: DbOrTx, row: typeof memberships.$inferInsert) {
      try {
        const [created] = await db.insert(memberships).values(row).returning();
        return created!;
      } catch (e) {
        // Two joins at once both passed the overlap check; the database's one-open-membership index decides.
        if (isUniqueViolation(e, 'memberships_one_open_per_authority')) throw new AppError('MEMBERSHIP_OVERLAP');
        throw e;
      }
    },
    /** Ends an open period: on a leave date, or at an unknown date with the reason an import found. */
    endMembership: (db: DbOrTx, id: number, end: { leftOn: string | null; note: string | null; endReason?: MembershipEnding | null }) =>
      db
        .update(memberships)
        .set({ ended: true, leftOn: end.leftOn, note: end.note, endReason: end.endReason ?? null })
        .where(and(eq(memberships.id, id), eq(memberships.ended, false)))
        .returning(),
    addObservation: (db: DbOrTx, membershipId: number, obs: Observation) =>
      db.insert(membershipObservations).values({ membershipId, asOf: obs.asOf, source: obs.source }),

    statedFigures: (db: DbOrTx) => db.select().from(statedFigures).orderBy(asc(statedFigures.id)),
    replaceStatedFigures: async (db: DbOrTx, rows: (typeof statedFigures.$inferInsert)[]) => {
      await db.delete(statedFigures);
      if (rows.length > 0) await db.insert(statedFigures).values(rows);
    },
  };
}
export type ClustersRepo = ReturnType<typeof createClustersRepo>;

/** A PostgreSQL unique violation (23505) of the named index, as thrown through Drizzle. */
function isUniqueViolation(e: unknown, constraint: string): boolean {
  const cause = (e as { cause?: { code?: string; constraint?: string } }).cause ?? (e as { code?: string; constraint?: string });
  return cause?.code === '23505' && cause.constraint === constraint;
}
