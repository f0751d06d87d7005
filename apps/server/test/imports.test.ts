import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint as fingerprintOf, registryTables } from './fingerprint';
import { siteOrigin } from './service-factories';
import { auditCount, buildTestApp, signIn, type TestApp } from './test-app';

/** Imports through the API: the whole file or nothing, every bad row named, and idempotent. */

let t: TestApp;
let ministry: string;

const fingerprint = () => fingerprintOf(t, registryTables);

function upload(kind: 'authorities' | 'clusters', file: string | Buffer, query = '') {
  return t.app.inject({ method: 'POST', url: `/api/v1/imports/${kind}${query}`, payload: file, headers: { cookie: ministry, origin: siteOrigin, 'content-type': 'text/csv', 'accept-language': 'en' } });
}

/** Authorities the tests of cluster files name, made first by an import of their own. */
async function imported(rows: string[]) {
  const res = await upload('authorities', ['cbs_code,name_he,type', ...rows.map((r) => `${r},מועצה מקומית`)].join('\n'));
  expect(res.statusCode, res.body).toBe(200);
}

async function auditOf(entityType: string, entityId: string) {
  const res = await t.app.inject({ url: `/api/v1/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}`, headers: { cookie: ministry } });
  return res.json().items as { action: string; actorEmail: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
}

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const shipped = (file: string) => fs.readFileSync(path.join(dataDir, file));

beforeAll(async () => {
  t = await buildTestApp();
  ministry = await signIn(t.app, 'ministry@demo.local');
});
afterAll(() => t.close());

describe('importing a shipped file again', () => {
  // On a database of its own: the registry exactly what the shipped files made it.
  let main: TestApp;
  let mainMinistry: string;
  beforeAll(async () => {
    [main, mainMinistry] = [t, ministry];
    t = await buildTestApp();
    ministry = await signIn(t.app, 'ministry@demo.local');
  });
  afterAll(async () => {
    await t.close();
    [t, ministry] = [main, mainMinistry];
  });

  it.each([
    ['authorities', 'authorities.csv', ''],
    ['authorities', 'authorities_extended.csv', ''],
    ['clusters', 'seed_clusters_2016.csv', '?asOf=2016'],
    ['clusters', 'clusters.csv', '?complete=true'],
  ] as const)('changes nothing and writes no audit event (%s: %s)', async (kind, file, query) => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const res = await upload(kind, shipped(file), query);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ created: 0, updated: 0, dryRun: false });
    expect(result.unchanged).toBe(result.rows);
    expect(result.rows).toBeGreaterThan(0);
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });
});

describe('importing authorities', () => {
  let existing: { id: string; cbsCode: number; nameHe: string; population: number | null };

  beforeAll(async () => {
    existing = (await t.app.inject('/api/v1/authorities/loc-31')).json();
  });

  it('creates new authorities and updates changed ones, each with an audit event', async () => {
    for (const id of ['loc-9911', 'loc-9912']) expect((await t.app.inject(`/api/v1/authorities/${id}`)).statusCode).toBe(404);
    const file = [
      'cbs_code,name_he,name_en,type,population,population_year',
      '9911,רשות חדשה א,New A,מועצה מקומית,"4,200",2021',
      '9912,רשות חדשה ב,,local_council,..,',
      `${existing.cbsCode},${existing.nameHe},Ofaqim,עירייה,${(existing.population ?? 0) + 1000},2021`,
    ].join('\n');
    const res = await upload('authorities', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'authorities', rows: 3, created: 2, updated: 1, unchanged: 0, dryRun: false });

    const a = (await t.app.inject('/api/v1/authorities/loc-9911')).json();
    expect(a).toMatchObject({ nameHe: 'רשות חדשה א', nameEn: 'New A', type: 'local_council', population: 4200, populationYear: 2021 });
    const b = (await t.app.inject('/api/v1/authorities/loc-9912')).json();
    expect(b).toMatchObject({ nameEn: null, population: null, populationYear: null });
    expect((await t.app.inject('/api/v1/authorities/loc-31')).json().population).toBe((existing.population ?? 0) + 1000);

    const [created] = await auditOf('authority', 'loc-9911');
    expect(created).toMatchObject({ action: 'authority.create', actorEmail: 'ministry@demo.local', before: null, after: { id: 'loc-9911', population: 4200 } });
    const [updated] = await auditOf('authority', 'loc-31');
    expect(updated).toMatchObject({ action: 'authority.update', before: { population: existing.population }, after: { population: (existing.population ?? 0) + 1000 } });
    expect(Object.keys(updated!.after!)).toEqual(['population']);
    const [summary] = await auditOf('import', 'authorities');
    expect(summary).toMatchObject({ action: 'import.authorities', after: res.json() });
  });

  it('rejects the whole file when any row is bad, naming every bad row by its line', async () => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const file = [
      'cbs_code,name_he,type,population,socioeconomic_cluster',
      '9921,רשות תקינה,מועצה מקומית,1000,3',
      '9922,רשות בסוג לא ידוע,כפר,1000,3',
      '9923,רשות תקינה ב,מועצה מקומית,1000,3',
      'abc,רשות בלי סמל,מועצה מקומית,-5,11',
      '9921,רשות כפולה,מועצה מקומית,1000,3',
      '9925,,מועצה מקומית,1000,3',
    ].join('\n');
    const res = await upload('authorities', file);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem.code).toBe('IMPORT_INVALID_ROWS');
    expect(problem.detail).toBe('The file was not imported: some rows are invalid. Nothing was changed');
    const lines = [...new Set(problem.issues.map((i: { line: number }) => i.line))];
    expect(lines).toEqual([3, 5, 6, 7]);
    const at = (line: number) => problem.issues.filter((i: { line: number }) => i.line === line).map((i: { path: string }) => i.path);
    expect(at(3)).toEqual(['type']);
    expect(at(5)).toEqual(expect.arrayContaining(['cbs_code', 'population', 'socioeconomic_cluster']));
    expect(at(6)).toEqual(['cbs_code']);
    expect(at(7)).toEqual(['name_he']);
    for (const issue of problem.issues) expect(issue.message.length).toBeGreaterThan(0);

    for (const id of ['loc-9921', 'loc-9923']) expect((await t.app.inject(`/api/v1/authorities/${id}`)).statusCode).toBe(404);
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });

  it('reads a CSV UTF-8 file as Excel saves it: a BOM and CRLF line ends', async () => {
    const file = Buffer.from('\ufeffcbs_code,name_he,type\r\n9931,רשות מאקסל,מועצה מקומית\r\n', 'utf8');
    const res = await upload('authorities', file);
    expect(res.statusCode, res.body).toBe(200);
    expect((await t.app.inject('/api/v1/authorities/loc-9931')).json().nameHe).toBe('רשות מאקסל');
  });

  it('does nothing on a dry run but report what it would do', async () => {
    await imported(['9942,רשות קיימת']);
    const file = ['cbs_code,name_he,type,population', '9941,רשות בניסיון,מועצה מקומית,500', '9942,רשות קיימת,מועצה מקומית,4300'].join('\n');
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const dry = await upload('authorities', file, '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toEqual({ kind: 'authorities', rows: 2, created: 1, updated: 1, unchanged: 0, dryRun: true });
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
    expect((await t.app.inject('/api/v1/authorities/loc-9941')).statusCode).toBe(404);

    const real = await upload('authorities', file, '?dryRun=false');
    expect(real.json()).toEqual({ ...dry.json(), dryRun: false });
    expect((await t.app.inject('/api/v1/authorities/loc-9941')).statusCode).toBe(200);
  });

  const rows = (...lines: string[]) => ['cbs_code,name_he,type,district', ...lines].join('\n');
  it.each([
    // A district of 3,000 characters was too long for its index: PostgreSQL refused it, even on a dry run, and the server answered 500.
    ['a name or a district too long to keep', rows(`9961,רשות,מועצה מקומית,${randomBytes(2400).toString('base64')}`, `9962,${'א'.repeat(201)},מועצה מקומית,הדרום`), ['2:district:too_big', '3:name_he:too_big']],
    ['a control character in any cell, as in a JSON field', rows('9971,רשות\u001bבדיקה,מועצה מקומית,הדרום', '9972,רשות,מועצה מקומית,הדרום\u007f'), ['2:name_he:control_character', '3:district:control_character']],
  ])('refuses %s, naming its line, and stores nothing, on a dry run too', async (_, file, issues) => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    for (const query of ['', '?dryRun=true']) {
      const res = await upload('authorities', file, query);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().issues.map((i: { line: number; path: string; code: string }) => `${i.line}:${i.path}:${i.code}`)).toEqual(issues);
    }
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });

  it('a bad file on a dry run is refused the same way', async () => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const res = await upload('authorities', 'cbs_code,name_he,type\n9951,רשות,כפר\n', '?dryRun=true');
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toEqual([expect.objectContaining({ line: 2, path: 'type' })]);
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });
});

describe('importing cluster memberships', () => {
  const header = 'cluster_slug,cluster_name_he,cbs_code,authority_type,authority_name_he,source,as_of';
  let member: { id: string; cbsCode: number; type: string; nameHe: string };
  const typeHe: Record<string, string> = { city: 'עירייה', local_council: 'מועצה מקומית', regional_council: 'מועצה אזורית' };

  beforeAll(async () => {
    member = (await t.app.inject('/api/v1/clusters/negev-maaravi')).json().members[0];
    await imported(['9971,רשות חדשה א', '9972,רשות חדשה ב', '9973,רשות מאקסל']);
  });

  it('creates a cluster and its memberships, observed as of the file date', async () => {
    const file = [header, 'import-test,אשכול בדיקת ייבוא,9971,מועצה מקומית,רשות חדשה א,test file,2026-01', 'import-test,אשכול בדיקת ייבוא,9972,מועצה מקומית,רשות חדשה ב,test file,2026-01'].join('\n');
    const res = await upload('clusters', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'clusters', rows: 2, created: 3, updated: 0, unchanged: 0, dryRun: false });
    const c = (await t.app.inject('/api/v1/clusters/import-test')).json();
    expect(c.nameHe).toBe('אשכול בדיקת ייבוא');
    expect(c.members.map((m: { id: string }) => m.id).sort()).toEqual(['loc-9971', 'loc-9972']);
    expect(c.members[0].membership).toMatchObject({ joinedOn: null, observedAsOf: '2026-01', current: true, sources: ['test file'], citations: [{ publisherHe: null, titleHe: 'test file' }] });
  });

  it('rejects a file naming authorities the registry does not have, with every line', async () => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const file = [header, 'import-test,אשכול בדיקת ייבוא,9971,מועצה מקומית,רשות חדשה א,test file,2026-01', 'import-test,,9961,מועצה מקומית,אין כזו,test file,2026-01', 'import-test,,9962,עירייה,גם אין,test file,2026-01'].join('\n');
    const res = await upload('clusters', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('IMPORT_INVALID_ROWS');
    expect(res.json().issues.map((i: { line: number }) => i.line)).toEqual([3, 4]);
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });

  it('rolls back everything, also a cluster already created, when a later row conflicts', async () => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const file = [
      header,
      'rollback-test,אשכול שלא יישאר,9973,מועצה מקומית,רשות מאקסל,test file,2020',
      `rollback-test,אשכול שלא יישאר,${member.cbsCode},${typeHe[member.type]},${member.nameHe},test file,2020`,
    ].join('\n');
    const res = await upload('clusters', file);
    expect(res.statusCode).toBe(422);
    const issues = res.json().issues;
    expect(issues).toEqual([expect.objectContaining({ line: 3, path: 'cbs_code' })]);
    expect(issues[0].message).toMatch(/already in cluster negev-maaravi/);
    // The page words the issue with the other cluster's name, never its slug.
    expect(issues[0].params.cluster).toBe((await t.app.inject('/api/v1/clusters/negev-maaravi')).json().nameHe);
    expect((await t.app.inject('/api/v1/clusters/rollback-test')).statusCode).toBe(404);
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });

  it('ends a period at an unknown date with its reason kept as data, naming the other cluster by its name and never by its slug', async () => {
    await imported(['9976,רשות חדשה ג']);
    const moved = [header, 'import-test-2,אשכול בדיקה שני,9972,מועצה מקומית,רשות חדשה ב,test file,2026-06'].join('\n');
    expect((await upload('clusters', moved)).statusCode).toBe(200);
    // A complete list of the second cluster a year on leaves it out.
    const complete = [header, 'import-test-2,אשכול בדיקה שני,9976,מועצה מקומית,רשות חדשה ג,test file,2026-12'].join('\n');
    expect((await upload('clusters', complete, '?complete=true')).statusCode).toBe(200);
    const detail = (await t.app.inject('/api/v1/authorities/loc-9972')).json();
    const bySlug = new Map(detail.memberships.map((m: { cluster: { slug: string } }) => [m.cluster.slug, m]));
    expect(bySlug.get('import-test')).toMatchObject({ current: false, leftOn: null, note: null, endReason: { kind: 'moved', cluster: { slug: 'import-test-2', nameHe: 'אשכול בדיקה שני' }, asOf: '2026-06' } });
    expect(bySlug.get('import-test-2')).toMatchObject({ current: false, leftOn: null, note: null, endReason: { kind: 'not_listed', asOf: '2026-12' } });
    const history = (await t.app.inject('/api/v1/clusters/import-test')).json().history;
    expect(history.find((m: { authorityId: string }) => m.authorityId === 'loc-9972').endReason.cluster.nameHe).toBe('אשכול בדיקה שני');
  });

  it('does nothing on a dry run', async () => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const file = [header, 'dry-run-test,אשכול ניסיון,9973,מועצה מקומית,רשות מאקסל,test file,2026-01'].join('\n');
    const res = await upload('clusters', file, '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'clusters', rows: 1, created: 2, updated: 0, unchanged: 0, dryRun: true });
    expect((await t.app.inject('/api/v1/clusters/dry-run-test')).statusCode).toBe(404);
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });
});

describe('importing a file again', () => {
  it('is unchanged the second time, with no audit event', async () => {
    await imported(['9974,רשות בניסיון']);
    const file = [
      'cluster_slug,cluster_name_he,cbs_code,authority_type,authority_name_he,source,as_of',
      'second-time,אשכול פעם שנייה,9974,מועצה מקומית,רשות בניסיון,test file,2026-02',
    ].join('\n');
    expect((await upload('clusters', file)).json()).toMatchObject({ created: 2 });
    const [audits, before] = [await auditCount(t), await fingerprint()];
    expect((await upload('clusters', file)).json()).toEqual({ kind: 'clusters', rows: 1, created: 0, updated: 0, unchanged: 1, dryRun: false });
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });
});
