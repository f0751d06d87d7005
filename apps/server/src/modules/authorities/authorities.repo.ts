import { authorityTypes, type Authority, type AuthorityListQuery, type AuthorityType } from '@eshkol/contracts/authorities';
import { smallAuthorityThreshold } from '@eshkol/contracts/stats';
import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { rowsOf, type DbOrTx } from '../../db/client';
import { authorities } from './authorities.schema';

export type AuthorityRow = typeof authorities.$inferSelect;

/** The registry's own columns of an authority, as the API shows them (its cluster comes from the clusters module). */
export function toAuthority(a: AuthorityRow, currentCluster: Authority['currentCluster']): Authority {
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
    currentCluster,
  };
}

export type AuthorityFilter = Omit<AuthorityListQuery, 'cluster'> & { ids?: readonly string[] };

/** Authorities by type, district, a name or code, or ids. */
function matching(q: AuthorityFilter): SQL | undefined {
  const where: SQL[] = [];
  if (q.ids) where.push(inArray(authorities.id, q.ids.length > 0 ? [...q.ids] : ['']));
  if (q.type) where.push(eq(authorities.type, q.type));
  if (q.district) where.push(eq(authorities.district, q.district));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    // A code is matched as written: `26`, not `026`.
    const code = /^(0|[1-9]\d{0,8})$/.test(q.q) ? eq(authorities.cbsCode, Number(q.q)) : undefined;
    where.push(or(sql`${authorities.searchText} like lower(${like})`, code)!);
  }
  return and(...where);
}

/** How authorities fall on an index of 1–10 (socio-economic, peripherality): a count per value, the unknowns as `cluster: null`. */
export type IndexMix = { cluster: number | null; count: number }[];

/**
 * How many authorities a group has, and their residents: the sum of the known populations, how
 * many are known, and how many of those are small (under the programme's threshold).
 */
export type PopulationSum = { key: string; count: number; population: number; populationKnown: number; small: number };

/** The figures of a group of authorities, summed by the database. */
export type AuthorityTally = PopulationSum & {
  /** The latest year of a known population. */
  populationYear: number | null;
  socioEconomicMix: IndexMix;
  peripheralityMix: IndexMix;
  byType: { type: AuthorityType; count: number }[];
};

const indexValues = Array.from({ length: 10 }, (_, i) => i + 1);

/** One count per value, then one of the rows without a value, as an array column. */
function countsOf(column: AnyPgColumn, values: readonly (string | number)[]) {
  const each = values.map((v) => sql`count(*) filter (where ${column} = ${v})`);
  return sql<number[]>`array[${sql.join(each, sql`, `)}, count(*) filter (where ${column} is null)]::int[]`;
}

/** The counts of `countsOf` as a mix, values without authorities left out; pushed one by one, not flat-mapped, as it runs for every cluster at every read of the figures. */
function toMix(counts: number[]): IndexMix {
  const mix: IndexMix = [];
  counts.forEach((count, i) => {
    if (count > 0) mix.push({ cluster: indexValues[i] ?? null, count });
  });
  return mix;
}

const populationColumns = () => ({
  count: count(),
  population: sql<number>`coalesce(sum(${authorities.population}), 0)`.mapWith(Number),
  populationKnown: count(authorities.population),
  small: sql<number>`count(*) filter (where ${authorities.population} < ${smallAuthorityThreshold})`.mapWith(Number),
});
type TallyRow = {
  key: string;
  count: number;
  population: number | string;
  populationKnown: number;
  small: number;
  populationYear: number | null;
  socioEconomic: number[];
  peripherality: number[];
  types: number[];
};
const toTally = (r: TallyRow): AuthorityTally => ({
  key: r.key,
  count: r.count,
  population: Number(r.population),
  populationKnown: r.populationKnown,
  small: r.small,
  populationYear: r.populationYear,
  socioEconomicMix: toMix(r.socioEconomic),
  peripheralityMix: toMix(r.peripherality),
  byType: authorityTypes.map((type, i) => ({ type, count: r.types[i] ?? 0 })).filter((b) => b.count > 0),
});
const groupKey = sql<string>`g.key`;
const inGroups = (groups: SQL) => sql`(${groups}) as g`;
const joinsGroup = sql`g.authority_id = ${authorities.id}`;

/** By Hebrew name, then by id: two authorities of one name keep their order from page to page. */
const listOrder = [asc(authorities.nameHe), asc(authorities.id)];

export function createAuthoritiesRepo() {
  return {
    /** Every authority that matches, in list order. */
    list: (db: DbOrTx, q: AuthorityFilter): Promise<AuthorityRow[]> => db.select().from(authorities).where(matching(q)).orderBy(...listOrder),
    /**
     * One page of those that match, and how many match in all. A page with rows but fewer than
     * the limit is the last and tells the total by itself, as an empty first page does; only a
     * full page, or one past the end, has the matches counted.
     */
    async page(db: DbOrTx, q: AuthorityFilter, page: { limit: number; offset: number }): Promise<{ rows: AuthorityRow[]; total: number }> {
      const where = matching(q);
      const rows = await db.select().from(authorities).where(where).orderBy(...listOrder).limit(page.limit).offset(page.offset);
      if (rows.length > 0 && rows.length < page.limit) return { rows, total: page.offset + rows.length };
      if (rows.length === 0 && page.offset === 0) return { rows, total: 0 };
      const [counted] = await db.select({ total: count() }).from(authorities).where(where);
      return { rows, total: counted?.total ?? 0 };
    },
    /**
     * How many authorities and residents per group, where `groups` is another module's query of
     * (`authority_id`, `key`) saying which authority is in which group, or of every authority as
     * one group (key '') without it. The other module's query reads its own tables; this reads the
     * authorities', and the database does the sums instead of every row coming here.
     */
    async populationsBy(db: DbOrTx, groups?: SQL): Promise<PopulationSum[]> {
      if (!groups) return db.select({ key: sql<string>`''`, ...populationColumns() }).from(authorities);
      return db.select({ key: groupKey, ...populationColumns() }).from(authorities).innerJoin(inGroups(groups), joinsGroup).groupBy(groupKey);
    },
    /**
     * Per group, how its authorities fall on the indices and types, and the latest year of a
     * population: of the `largest` groups alone (most authorities first, ties by key), and of every
     * group taken together (each authority in one group at most; none when no group has any), in
     * one pass of the database: only those rows come here, however many groups there are.
     */
    async tallyLargest(db: DbOrTx, groups: SQL, largest: number): Promise<{ all: AuthorityTally | null; largest: AuthorityTally[] }> {
      const sumOf = (column: string) => sql.raw(`array(select sum(x)::int from t, unnest(t.${column}) with ordinality as u(x, i) group by i order by i)`);
      const rows = await rowsOf<TallyRow & { whole: boolean }>(
        db,
        sql`with t as materialized (
          select ${groupKey} as key, count(*)::int as count, coalesce(sum(${authorities.population}), 0)::bigint as population,
            count(${authorities.population})::int as known, (count(*) filter (where ${authorities.population} < ${smallAuthorityThreshold}))::int as small,
            max(${authorities.populationYear}) as year, ${countsOf(authorities.socioEconomicCluster, indexValues)} as se,
            ${countsOf(authorities.peripheralityCluster, indexValues)} as pe, ${countsOf(authorities.type, authorityTypes)} as types
          from ${authorities} inner join ${inGroups(groups)} on ${joinsGroup} group by ${groupKey}
        )
        (select key, count, population, known as "populationKnown", small, year as "populationYear", se as "socioEconomic", pe as peripherality, types, false as whole
          from t order by count desc, key limit ${largest})
        union all
        select '', sum(count)::int, sum(population)::bigint, sum(known)::int, sum(small)::int, max(year), ${sumOf('se')}, ${sumOf('pe')}, ${sumOf('types')}, true
          from t having count(*) > 0`,
      );
      const whole = rows.find((r) => r.whole);
      return { all: whole ? toTally(whole) : null, largest: rows.filter((r) => !r.whole).map(toTally) };
    },
    get: async (db: DbOrTx, id: string): Promise<AuthorityRow | null> => (await db.select().from(authorities).where(eq(authorities.id, id)))[0] ?? null,
    async getRows(db: DbOrTx): Promise<Map<string, AuthorityRow>> {
      const rows = await db.select().from(authorities);
      return new Map(rows.map((r) => [r.id, r]));
    },
    /** The registry's population of the given authorities (null where unknown), for votes weighted by it. */
    async populations(db: DbOrTx, ids: readonly string[]): Promise<Map<string, number | null>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: authorities.id, population: authorities.population }).from(authorities).where(inArray(authorities.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r.population]));
    },
    /** Names of the given authorities, for views that name them. */
    async names(db: DbOrTx, ids: readonly string[]): Promise<Map<string, { nameHe: string; nameEn: string | null }>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: authorities.id, nameHe: authorities.nameHe, nameEn: authorities.nameEn }).from(authorities).where(inArray(authorities.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, { nameHe: r.nameHe, nameEn: r.nameEn }]));
    },
    /** Holds the authority's row until the transaction ends, so that two changes of what it decided run one after the other. */
    lock: async (db: DbOrTx, id: string) => (await db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, id)).for('update')).length > 0,
    isEmpty: async (db: DbOrTx) => (await db.select({ id: authorities.id }).from(authorities).limit(1)).length === 0,
    exists: async (db: DbOrTx, id: string) => (await db.select({ id: authorities.id }).from(authorities).where(eq(authorities.id, id))).length > 0,
    insert: (db: DbOrTx, row: typeof authorities.$inferInsert) => db.insert(authorities).values(row),
    update: (db: DbOrTx, id: string, patch: Partial<typeof authorities.$inferInsert>) =>
      db.update(authorities).set({ ...patch, updatedAt: new Date() }).where(eq(authorities.id, id)),
  };
}
export type AuthoritiesRepo = ReturnType<typeof createAuthoritiesRepo>;
