/**
 * A synthetic registry the size of France's: 35,000 authorities (as many as France has communes),
 * 1,200 clusters (as many as its groupings of communes) and 100,000 periods of membership, each
 * authority joining and leaving clusters over thirty years and most of them a member today. Every
 * name says it is synthetic ("Synthetic commune 00042"); nothing here describes a real place.
 * Figures come from a seeded generator, so every run loads the same rows.
 */
import pg from 'pg';

export const scale = { authorities: 35_000, clusters: 1_200, memberships: 100_000 } as const;

/** Authorities that left their last cluster and joined no other: the rest are members today. */
const outsideShare = 0.04;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const clusterSlug = (k: number) => `synthetic-${pad(k, 4)}`;

/** A small seeded generator (mulberry32): the same rows on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayMs = 86_400_000;
const first = Date.UTC(1995, 0, 1);
const last = Date.UTC(2025, 5, 30);
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * One INSERT … SELECT FROM unnest(…) per table: every row in one statement, each column one array
 * parameter. `columns` names them with their types, `name type, …`, in the order of `values`.
 */
async function insertColumns(client: pg.Client, table: string, columns: string, values: unknown[][]) {
  const defs = columns.split(',').map((c) => c.trim().split(' '));
  const arrays = defs.map(([, type], i) => `$${i + 1}::${type}[]`);
  await client.query(`insert into ${table} (${defs.map(([name]) => name).join(', ')}) select * from unnest(${arrays.join(', ')})`, values);
}

/** What a benchmark asks for: every authority's id, the slugs of the clusters with members today, and how many authorities are members today. */
export type SyntheticRegistry = { authorityIds: string[]; memberClusters: string[]; currentMembers: number };

/** Loads the synthetic registry into the empty, migrated database at `url`. */
export async function loadSyntheticRegistry(url: string): Promise<SyntheticRegistry> {
  const rand = random(20_261_203);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');

    const types = ['city', 'local_council', 'local_council', 'local_council', 'regional_council', 'industrial_local_council'] as const;
    const a = { id: [] as string[], cbs: [] as number[], type: [] as string[], he: [] as string[], en: [] as string[], district: [] as string[] };
    const figures = { population: [] as (number | null)[], socio: [] as (number | null)[], periph: [] as (number | null)[], area: [] as number[], lat: [] as number[], lon: [] as number[] };
    for (let i = 0; i < scale.authorities; i += 1) {
      const type = pick(types);
      a.id.push(`${type === 'regional_council' ? 'rc' : 'loc'}-${i}`);
      a.cbs.push(i);
      a.type.push(type);
      a.he.push(`רשות סינתטית ${pad(i, 5)}`);
      a.en.push(`Synthetic commune ${pad(i, 5)}`);
      a.district.push(`synthetic-district-${1 + Math.floor(rand() * 13)}`);
      // Most communes are small, a few are large; one in fifty has no known population.
      figures.population.push(rand() < 0.02 ? null : Math.round(Math.exp(4.5 + 3.5 * rand() * rand() + 2 * rand())));
      figures.socio.push(rand() < 0.03 ? null : 1 + Math.floor(rand() * 10));
      figures.periph.push(rand() < 0.03 ? null : 1 + Math.floor(rand() * 10));
      figures.area.push(Math.round(1 + rand() * 300));
      figures.lat.push(42 + rand() * 9);
      figures.lon.push(-4 + rand() * 12);
    }
    const yearOf = (values: (number | null)[], year: number) => values.map((v) => (v === null ? null : year));
    await insertColumns(
      client,
      'authorities',
      'id text, cbs_code int, type text, name_he text, name_en text, district text, population int, population_year int, socioeconomic_cluster int, socioeconomic_year int, peripherality_cluster int, peripherality_year int, area_km2 float8, lat float8, lon float8, source text',
      [a.id, a.cbs, a.type, a.he, a.en, a.district, figures.population, yearOf(figures.population, 2021), figures.socio, yearOf(figures.socio, 2019), figures.periph, yearOf(figures.periph, 2020), figures.area, figures.lat, figures.lon, a.id.map(() => 'synthetic benchmark data, not a real place')],
    );

    const slugs = Array.from({ length: scale.clusters }, (_, k) => clusterSlug(k + 1));
    await insertColumns(client, 'clusters', 'slug text, name_he text, name_en text, status text, founded_on date', [
      slugs,
      slugs.map((_, k) => `אשכול סינתטי ${pad(k + 1, 4)}`),
      slugs.map((_, k) => `Synthetic grouping ${pad(k + 1, 4)}`),
      slugs.map(() => (rand() < 0.95 ? 'active' : 'in_establishment')),
      slugs.map(() => isoDay(first + Math.floor(rand() * 20 * 365) * dayMs)),
    ]);

    // Each authority has at least one period; the rest are handed out at random, at most six each.
    const periods = new Array<number>(scale.authorities).fill(1);
    for (let left = scale.memberships - scale.authorities; left > 0; ) {
      const i = Math.floor(rand() * scale.authorities);
      if (periods[i]! < 6) {
        periods[i]! += 1;
        left -= 1;
      }
    }
    const m = { id: [] as number[], authority: [] as string[], cluster: [] as string[], joined: [] as string[], left: [] as (string | null)[], ended: [] as boolean[] };
    const obs = { membership: [] as number[], asOf: [] as string[] };
    for (let i = 0; i < scale.authorities; i += 1) {
      const count = periods[i]!;
      const stays = rand() >= outsideShare;
      // The thirty years split into `count` stretches; each period fills most of its stretch.
      const stretch = (last - first) / count;
      let cluster = '';
      for (let p = 0; p < count; p += 1) {
        const start = first + p * stretch + Math.floor(rand() * 0.2 * stretch);
        const end = first + (p + 1) * stretch - Math.floor(rand() * 0.1 * stretch);
        const open = p === count - 1 && stays;
        let next = pick(slugs);
        while (next === cluster) next = pick(slugs);
        cluster = next;
        const id = m.id.length + 1;
        m.id.push(id);
        m.authority.push(a.id[i]!);
        m.cluster.push(cluster);
        m.joined.push(isoDay(start));
        m.left.push(open ? null : isoDay(end));
        m.ended.push(!open);
        // A third of the periods are also attested by a source, as imported lists attest them.
        if (rand() < 1 / 3) {
          obs.membership.push(id);
          obs.asOf.push(isoDay(start).slice(0, 4));
        }
      }
    }
    await insertColumns(client, 'memberships', 'id int, authority_id text, cluster_slug text, joined_on date, left_on date, ended bool', [m.id, m.authority, m.cluster, m.joined, m.left, m.ended]);
    await client.query(`select setval('memberships_id_seq', $1)`, [m.id.length]);
    await insertColumns(client, 'membership_observations', 'membership_id int, as_of text, source text', [obs.membership, obs.asOf, obs.membership.map(() => 'synthetic source')]);
    await client.query(
      `insert into stated_figures (subject, key, value, as_of, source) values ('programme', 'cluster_count', $1, '2025', 'synthetic source'), ('programme', 'member_count', $2, '2025', 'synthetic source')`,
      [scale.clusters, scale.authorities],
    );
    await client.query('commit');
    // As autovacuum would have done on a database in service: statistics for the planner, and the visibility map.
    await client.query('vacuum analyze');
    const current = m.cluster.filter((_, k) => !m.ended[k]);
    return { authorityIds: a.id, memberClusters: [...new Set(current)].sort(), currentMembers: current.length };
  } finally {
    await client.end();
  }
}
