import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './fingerprint';
import { siteOrigin } from './service-factories';
import { chartedClusterLimit } from '@eshkol/contracts/stats';
import { buildTestApp, signIn, workbookOf, type TestApp } from './test-app';

/**
 * The registry's list in pages: up to 1,000 authorities a page, `total` counting every match, and
 * an order that makes the pages add up to the whole list. The shipped registry fits one page, so
 * these tests add synthetic authorities until it takes two, three of them sharing one name.
 */

type Listed = { items: Listed1[]; total: number };
type Listed1 = {
  id: string;
  nameHe: string;
  type: string;
  population: number | null;
  populationYear: number | null;
  socioEconomicCluster: number | null;
  peripheralityCluster: number | null;
  currentCluster: { slug: string } | null;
};

let t: TestApp;
const list = async (query = ''): Promise<Listed> => {
  const res = await t.app.inject(`/api/v1/authorities${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json();
};
const ids = (l: Listed) => l.items.map((a) => a.id);

const twinName = 'רשות תאומה לבדיקה';
const added = 800;
let shipped: number;
let ministry: string;

beforeAll(async () => {
  t = await buildTestApp();
  shipped = (await list()).total;
  ministry = await signIn(t.app, 'ministry@demo.local');
  const rows = Array.from({ length: added }, (_, i) => `${90_000 + i},${i < 3 ? twinName : `רשות בדיקה ${String(i).padStart(3, '0')}`},מועצה מקומית`);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/imports/authorities',
    payload: ['cbs_code,name_he,type', ...rows].join('\n'),
    headers: { cookie: ministry, origin: siteOrigin, 'content-type': 'text/csv' },
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

describe('the list of authorities in pages', () => {
  it('gives up to 1,000 a page by default, with the total of every authority', async () => {
    expect(shipped).toBeGreaterThan(200);
    const first = await list();
    expect(first.items).toHaveLength(1000);
    expect(first.total).toBe(shipped + added);
    const rest = await list('?offset=1000');
    expect(rest.items).toHaveLength(shipped + added - 1000);
    expect(rest.total).toBe(shipped + added);
  });

  it('keeps one order, by Hebrew name and then by id, so that pages neither repeat nor skip', async () => {
    const whole = [...ids(await list()), ...ids(await list('?offset=1000'))];
    expect(new Set(whole).size).toBe(shipped + added);
    const paged: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 45) paged.push(...ids(await list(`?limit=45&offset=${offset}`)));
    expect(paged).toEqual(whole);
    // The three of one name come by id, whichever page each falls on.
    const twins = (await list(`?q=${encodeURIComponent(twinName)}`)).items;
    expect(twins.map((a) => a.id)).toEqual(['loc-90000', 'loc-90001', 'loc-90002']);
    const at = whole.indexOf('loc-90000');
    expect([...ids(await list(`?limit=2&offset=${at}`)), ...ids(await list(`?limit=2&offset=${at + 2}`))].slice(0, 3)).toEqual(['loc-90000', 'loc-90001', 'loc-90002']);
  });

  it('counts the matches of a filter, not the page', async () => {
    const cities = await list('?type=city');
    expect(cities.total).toBe(cities.items.length);
    const page = await list('?type=city&limit=5&offset=5');
    expect(page).toEqual({ items: cities.items.slice(5, 10), total: cities.total });

    const search = await list(`?q=${encodeURIComponent('רשות בדיקה')}&limit=10&offset=790`);
    expect(search.total).toBe(added - 3);
    expect(search.items).toHaveLength(added - 3 - 790);

    const clusters = cities.items.flatMap((a) => (a.currentCluster ? [a.currentCluster.slug] : []));
    const cluster = clusters[0]!;
    const members = await list(`?cluster=${cluster}`);
    const two = await list(`?cluster=${cluster}&limit=2`);
    expect(two).toEqual({ items: members.items.slice(0, 2), total: members.total });
    expect(two.items.every((a) => a.currentCluster?.slug === cluster)).toBe(true);
  });

  it('searches either name whatever its case, and the CBS code as written', async () => {
    const found = async (q: string) => ids(await list(`?q=${encodeURIComponent(q)}`));
    expect(await found('UMM AL-f')).toContain('loc-2710');
    expect(await found('אל-פח')).toContain('loc-2710');
    expect(await found('2710')).toContain('loc-2710');
    expect(await found('02710')).toEqual([]);
    // Across the Hebrew name and the English one, and with the pattern's own characters, nothing.
    expect(await found('פחםumm')).toEqual([]);
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
  });

  it('answers a page past the end with no authority and the total', async () => {
    expect(await list('?offset=1000000')).toEqual({ items: [], total: shipped + added });
    expect(await list(`?q=${encodeURIComponent(twinName)}&offset=3`)).toEqual({ items: [], total: 3 });
    expect(await list('?q=nothing-is-called-this')).toEqual({ items: [], total: 0 });
  });

  it.each([
    ['limit=0', 'querystring.limit:too_small'],
    ['limit=1001', 'querystring.limit:too_big'],
    ['limit=2.5', 'querystring.limit:invalid_type'],
    ['limit=many', 'querystring.limit:invalid_type'],
    ['offset=-1', 'querystring.offset:too_small'],
    ['offset=1000001', 'querystring.offset:too_big'],
    ['page=2', 'querystring:unrecognized_keys'],
  ])('refuses %s', async (query, issue) => {
    const res = await t.app.inject(`/api/v1/authorities?${query}`);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.json().issues as { path: string; code: string }[]).map((i) => `${i.path}:${i.code}`)).toEqual([issue]);
  });

  it('exports every authority that matches, however many pages the list takes', async () => {
    const res = await t.app.inject('/api/v1/authorities/export.xlsx');
    expect(res.statusCode).toBe(200);
    const sheet = (await workbookOf(res)).worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(shipped + added);
  });
});

describe("the registry's figures, summed by the database", () => {
  /** Counts per index value, the unknowns last as `cluster: null`: as the list itself gives them. */
  const mixOf = (values: (number | null)[]) =>
    [...new Set(values)].sort((a, b) => (a ?? 99) - (b ?? 99)).map((cluster) => ({ cluster, count: values.filter((v) => v === cluster).length }));
  const smallShare = (of: Listed1[]) => {
    const known = of.filter((a) => a.population !== null);
    return known.length === 0 ? null : known.filter((a) => a.population! < 15_000).length / known.length;
  };

  it("agree with the list: each cluster's members and residents, and the programme's figures", async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/clusters', payload: { slug: 'no-members-yet', nameHe: 'אשכול בלי חברות' }, headers: { cookie: ministry, origin: siteOrigin } });
    expect(created.statusCode, created.body).toBe(201);
    const all = [...(await list()).items, ...(await list('?offset=1000')).items];
    const clusters = (await t.app.inject('/api/v1/clusters')).json().items as { slug: string; status: string; memberCount: number; population: number; populationUnknownCount: number }[];
    const membersOf = (slug: string) => all.filter((a) => a.currentCluster?.slug === slug);
    expect(clusters.find((c) => c.slug === 'no-members-yet')).toMatchObject({ memberCount: 0, population: 0, populationUnknownCount: 0 });
    for (const c of clusters) {
      const members = membersOf(c.slug);
      expect({ slug: c.slug, memberCount: c.memberCount, population: c.population, populationUnknownCount: c.populationUnknownCount }).toEqual({
        slug: c.slug,
        memberCount: members.length,
        population: members.reduce((sum, a) => sum + (a.population ?? 0), 0),
        populationUnknownCount: members.filter((a) => a.population === null).length,
      });
    }

    const stats = (await t.app.inject('/api/v1/stats/programme')).json();
    const operating = clusters.filter((c) => c.status === 'active');
    expect(operating.length).toBeLessThan(clusters.length);
    const members = operating.flatMap((c) => membersOf(c.slug));
    const types = [...new Set(members.map((a) => a.type))];
    expect(stats).toMatchObject({
      clusterCount: operating.length,
      memberAuthorityCount: members.length,
      residentsCovered: members.reduce((sum, a) => sum + (a.population ?? 0), 0),
      residentsUnknownCount: members.filter((a) => a.population === null).length,
      populationYear: Math.max(...members.flatMap((a) => (a.populationYear === null ? [] : [a.populationYear]))),
      smallAuthorityShare: smallShare(members),
      nationalAuthorityCount: shipped + added,
      nationalSmallAuthorityShare: smallShare(all),
    });
    expect(new Set(stats.byType)).toEqual(new Set(types.map((type) => ({ type, count: members.filter((a) => a.type === type).length }))));
    expect(stats.socioEconomicMix).toEqual(mixOf(members.map((a) => a.socioEconomicCluster)));
    expect(stats.peripheralityMix).toEqual(mixOf(members.map((a) => a.peripheralityCluster)));
    // Every operating cluster is named while they are fewer than the chart's limit: most members first, then by slug.
    const byMembers = (a: { slug: string }, b: { slug: string }) => membersOf(b.slug).length - membersOf(a.slug).length || (a.slug < b.slug ? -1 : 1);
    expect(stats.clusters).toEqual(
      [...operating].sort(byMembers).map((c) => {
        const mine = membersOf(c.slug);
        return expect.objectContaining({
          slug: c.slug,
          memberCount: mine.length,
          population: c.population,
          socioEconomicMix: mixOf(mine.map((a) => a.socioEconomicCluster)),
          peripheralityMix: mixOf(mine.map((a) => a.peripheralityCluster)),
        });
      }),
    );
  });

  it("names the operating clusters with the most members up to the chart's limit, and counts them all", async () => {
    const headers = { cookie: ministry, origin: siteOrigin };
    type Stats = { clusterCount: number; memberAuthorityCount: number; clusters: { slug: string; memberCount: number }[] };
    const before = (await t.app.inject('/api/v1/stats/programme')).json() as Stats;
    expect(before.clusters.length).toBeLessThan(chartedClusterLimit);
    // As many new clusters as the limit, of one member or two, and two more without members.
    const pool = (await list(`?q=${encodeURIComponent('רשות בדיקה')}&limit=${chartedClusterLimit * 2}`)).items.filter((a) => a.currentCluster === null);
    const added: { slug: string; memberCount: number }[] = [];
    for (let i = 0; i < chartedClusterLimit + 2; i++) {
      const slug = `charted-${String(i).padStart(2, '0')}`;
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/clusters', payload: { slug, nameHe: `אשכול לבדיקה ${i}` }, headers });
      expect(created.statusCode, created.body).toBe(201);
      const joining = i < chartedClusterLimit ? pool.splice(0, 1 + (i % 2)) : [];
      for (const a of joining) {
        const joined = await t.app.inject({ method: 'POST', url: `/api/v1/clusters/${slug}/memberships`, payload: { authorityId: a.id, joinedOn: '2026-01-01' }, headers });
        expect(joined.statusCode, joined.body).toBe(201);
      }
      added.push({ slug, memberCount: joining.length });
    }

    const stats = (await t.app.inject('/api/v1/stats/programme')).json() as Stats;
    expect(stats.clusterCount).toBe(before.clusterCount + chartedClusterLimit + 2);
    expect(stats.memberAuthorityCount).toBe(before.memberAuthorityCount + added.reduce((sum, c) => sum + c.memberCount, 0));
    const expected = [...before.clusters.map(({ slug, memberCount }) => ({ slug, memberCount })), ...added]
      .filter((c) => c.memberCount > 0)
      .sort((a, b) => b.memberCount - a.memberCount || (a.slug < b.slug ? -1 : 1))
      .slice(0, chartedClusterLimit);
    expect(stats.clusters.map(({ slug, memberCount }) => ({ slug, memberCount }))).toEqual(expected);
  });
});

describe("an authority's sources", () => {
  it('are cited as publications (publisher, title, year), the technical provenance kept apart', async () => {
    const a = (await t.app.inject('/api/v1/authorities/loc-480')).json();
    expect(a.source).toMatch(/p_libud_2021/);
    expect([a.citations[0].publisherEn, a.citations[0].titleEn, a.citations[0].year]).toEqual(['Central Bureau of Statistics', 'Local Authorities in Israel 2021', '2021']);
    const cited = JSON.stringify([a.citations, a.memberships.map((m: { citations: unknown }) => m.citations)]);
    expect(a.memberships.every((m: { citations: unknown[] }) => m.citations.length > 0)).toBe(true);
    expect(cited).not.toMatch(/github|\.csv|\.xlsx|\.txt/);
    const stated = (await t.app.inject('/api/v1/stats/programme')).json().statedFigures as { citations: { publisherHe: string }[] }[];
    expect(stated.every((f) => f.citations[0]?.publisherHe === 'משרד הפנים')).toBe(true);
  });
});

describe('the programme in numbers as of a year', () => {
  it('counts the clusters and distinct members of that year from the membership history, with their residents and the population year used', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(new URL('../../../data/seed_clusters_2016.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
    const founding = lines.map((l) => {
      const [slug, , code, type] = l.split(',');
      return { slug: slug!, id: `${type === 'מועצה אזורית' ? 'rc' : 'loc'}-${code!}` };
    });
    const ids = [...new Set(founding.map((f) => f.id))];
    const members = await Promise.all(ids.map(async (id) => (await t.app.inject(`/api/v1/authorities/${id}`)).json() as Listed1));
    const stats = (await t.app.inject('/api/v1/stats/programme?asOf=2016')).json();
    expect(stats).toMatchObject({
      asOf: 2016,
      clusterCount: new Set(founding.map((f) => f.slug)).size,
      memberAuthorityCount: ids.length,
      residentsCovered: members.reduce((sum, a) => sum + (a.population ?? 0), 0),
      residentsUnknownCount: members.filter((a) => a.population === null).length,
      populationYear: Math.max(...members.flatMap((a) => (a.populationYear === null ? [] : [a.populationYear]))),
    });
    expect(stats.clusterCount).toBe(5);
    expect(stats.byType).toContainEqual({ type: 'local_council', count: members.filter((a) => a.type === 'local_council').length });
    // The founding slide's 27 local councils, computed from its own list.
    expect(stats.byType).toContainEqual({ type: 'local_council', count: 27 });
    expect(stats.clusters.map((c: { slug: string }) => c.slug).sort()).toEqual([...new Set(founding.map((f) => f.slug))].sort());
    expect(stats.years).toEqual(expect.arrayContaining([2016, 2025]));
    // Today's figures say they are today's, and name the same years to ask of.
    const today = (await t.app.inject('/api/v1/stats/programme')).json();
    expect(today.asOf).toBeNull();
    expect(today.years).toEqual(stats.years);
  });

  it('refuses a year to come, before the programme, or not a year', async () => {
    for (const asOf of [String(new Date().getFullYear() + 1), '1999', 'שנה', '2016.5']) {
      const res = await t.app.inject(`/api/v1/stats/programme?asOf=${encodeURIComponent(asOf)}`);
      expect({ asOf, status: res.statusCode, code: res.json().code }).toEqual({ asOf, status: 400, code: 'VALIDATION_FAILED' });
    }
  });
});
