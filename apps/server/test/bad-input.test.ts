import { errorCatalog, problemSchema, type ErrorCode } from '@eshkol/contracts/errors';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint as fingerprintOf, registryTables } from './fingerprint';
import { siteOrigin } from './service-factories';
import { auditCount, buildTestApp, signIn, type TestApp } from './test-app';

/**
 * Bad input gets a 4xx problem with a stable code, a message in the caller's language, and
 * changes nothing.
 */

const cluster = 'negev-maaravi';
const otherCluster = 'galil-mizrahi';

let t: TestApp;
let ministry: string;
let rep: string;
let member: string;
let leftAuthority: string;
let openAuthority: string;
/** The authorities the accepted bodies below join and leave with, so that no refusal above depends on them. */
let rejoiner: string;
let leaver: string;

type Who = 'anonymous' | 'ministry' | 'rep';
type BadCase = {
  name: string;
  who: Who;
  request: () => { method: InjectOptions['method']; url: string; payload?: string | Buffer | object; contentType?: string };
  code: ErrorCode;
  /** Checks on the problem's field issues, when the code carries them. */
  issues?: (issues: { path: string; code: string; message: string; line?: number }[]) => void;
};

const fingerprint = () => fingerprintOf(t, registryTables);

const csv = 'text/csv';
const header = 'cbs_code,name_he,type\n';
const hebrewRow = '9902,רשות בדיקה,מועצה מקומית\n';
const utf16 = (s: string, bom: boolean, endian: 'le' | 'be') => {
  const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
};
/** "רשות" in Windows-1255, the encoding Excel uses for Hebrew CSV by default. */
const windows1255 = Buffer.concat([Buffer.from(`${header}9902,`), Buffer.from([0xf8, 0xf9, 0xe5, 0xfa]), Buffer.from(',מועצה מקומית\n')]);

/** Valid bodies for every JSON write; each case adds one field the contract does not know. Accepted, they change only what no other case reads. */
const unknownFieldCases: { what: string; who: Who; method: InjectOptions['method']; url: () => string; valid: () => object; extra: string }[] = [
  { what: 'create cluster', who: 'ministry', method: 'POST', url: () => '/api/v1/clusters', valid: () => ({ slug: 'strict-test', nameHe: 'אשכול' }), extra: 'budget' },
  { what: 'update cluster', who: 'ministry', method: 'PATCH', url: () => `/api/v1/clusters/${cluster}`, valid: () => ({ nameEn: 'West' }), extra: 'status' },
  { what: 'join', who: 'ministry', method: 'POST', url: () => `/api/v1/clusters/${otherCluster}/memberships`, valid: () => ({ authorityId: rejoiner, joinedOn: '2026-07-01' }), extra: 'role' },
  { what: 'set domains', who: 'rep', method: 'PUT', url: () => `/api/v1/authorities/${member}/domains`, valid: () => ({ domains: ['it'] }), extra: 'authorityId' },
  { what: 'leave', who: 'ministry', method: 'PATCH', url: () => `/api/v1/clusters/${cluster}/memberships/${leaver}`, valid: () => ({ leftOn: '2026-12-31' }), extra: 'reason' },
  { what: 'sign in', who: 'anonymous', method: 'POST', url: () => '/api/v1/auth/login', valid: () => ({ email: 'ministry@demo.local', password: 'demo' }), extra: 'role' },
];

const cases: BadCase[] = [
  // Malformed JSON
  { name: 'a cut-off JSON body', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: '{"slug": "x", "nameHe":', contentType: 'application/json' }), code: 'MALFORMED_JSON' },
  { name: 'an empty JSON body', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: '', contentType: 'application/json' }), code: 'MALFORMED_JSON' },
  { name: 'JSON with a trailing comma', who: 'rep', request: () => ({ method: 'PUT', url: `/api/v1/authorities/${member}/domains`, payload: '{"domains": ["it"],}', contentType: 'application/json' }), code: 'MALFORMED_JSON' },
  { name: 'malformed JSON at sign-in', who: 'anonymous', request: () => ({ method: 'POST', url: '/api/v1/auth/login', payload: "{email: 'x'}", contentType: 'application/json' }), code: 'MALFORMED_JSON' },
  // Wrong types
  {
    name: 'numbers and arrays where strings belong',
    who: 'ministry',
    request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: { slug: 42, nameHe: ['אשכול'] } }),
    code: 'VALIDATION_FAILED',
    issues: (issues) => expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['body.slug', 'body.nameHe'])),
  },
  {
    name: 'a slug that is not an identifier',
    who: 'ministry',
    request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: { slug: 'Not A Slug', nameHe: 'אשכול' } }),
    code: 'VALIDATION_FAILED',
    issues: (issues) => expect(issues.map((i) => i.path)).toContain('body.slug'),
  },
  {
    name: 'a day that does not exist',
    who: 'ministry',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${cluster}/memberships`, payload: { authorityId: openAuthority, joinedOn: '2026-02-30' } }),
    code: 'VALIDATION_FAILED',
    issues: (issues) => expect(issues.map((i) => i.path)).toContain('body.joinedOn'),
  },
  { name: 'a leave date as a number', who: 'ministry', request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${cluster}/memberships/${member}`, payload: { leftOn: 20260101 } }), code: 'VALIDATION_FAILED' },
  { name: 'domains as a string', who: 'rep', request: () => ({ method: 'PUT', url: `/api/v1/authorities/${member}/domains`, payload: { domains: 'transport' } }), code: 'VALIDATION_FAILED' },
  { name: 'an unknown domain', who: 'rep', request: () => ({ method: 'PUT', url: `/api/v1/authorities/${member}/domains`, payload: { domains: ['transport', 'space'] } }), code: 'VALIDATION_FAILED' },
  { name: 'a JSON array instead of an object', who: 'ministry', request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${cluster}`, payload: '[]', contentType: 'application/json' }), code: 'VALIDATION_FAILED' },
  { name: 'an update that changes nothing', who: 'ministry', request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${cluster}`, payload: {} }), code: 'VALIDATION_FAILED' },
  { name: 'an import of an unknown kind', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/budgets', payload: header + hebrewRow, contentType: csv }), code: 'VALIDATION_FAILED' },
  { name: 'an import date that is not a date', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/clusters?asOf=yesterday', payload: header, contentType: csv }), code: 'VALIDATION_FAILED' },
  // Unknown fields: every request schema is strict
  ...unknownFieldCases.map(
    (u): BadCase => ({
      name: `an unknown field (${u.what})`,
      who: u.who,
      request: () => ({ method: u.method, url: u.url(), payload: { ...u.valid(), [u.extra]: 1 } }),
      code: 'VALIDATION_FAILED',
      issues: (issues) => expect(issues.some((i) => i.message.includes(`"${u.extra}"`))).toBe(true),
    }),
  ),
  {
    name: 'an unknown query parameter on an import',
    who: 'ministry',
    request: () => ({ method: 'POST', url: '/api/v1/imports/authorities?overwrite=true', payload: header + hebrewRow, contentType: csv }),
    code: 'VALIDATION_FAILED',
    issues: (issues) => expect(issues[0]!.path).toBe('querystring'),
  },
  // Unknown things
  { name: 'an unknown authority id', who: 'ministry', request: () => ({ method: 'POST', url: `/api/v1/clusters/${cluster}/memberships`, payload: { authorityId: 'loc-99999', joinedOn: '2026-01-01' } }), code: 'AUTHORITY_NOT_FOUND' },
  { name: 'an ill-formed authority id', who: 'ministry', request: () => ({ method: 'POST', url: `/api/v1/clusters/${cluster}/memberships`, payload: { authorityId: 'tel-aviv', joinedOn: '2026-01-01' } }), code: 'VALIDATION_FAILED' },
  { name: 'the domains of an unknown authority', who: 'rep', request: () => ({ method: 'PUT', url: '/api/v1/authorities/rc-99999/domains', payload: { domains: ['it'] } }), code: 'AUTHORITY_NOT_FOUND' },
  { name: 'an unknown cluster', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/clusters/no-such-cluster/memberships', payload: { authorityId: openAuthority, joinedOn: '2026-01-01' } }), code: 'CLUSTER_NOT_FOUND' },
  { name: 'leaving a cluster one is not in', who: 'ministry', request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${otherCluster}/memberships/${member}`, payload: { leftOn: '2026-12-31' } }), code: 'MEMBERSHIP_NOT_FOUND' },
  { name: 'a cluster id already taken', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: { slug: cluster, nameHe: 'כפול' } }), code: 'CLUSTER_SLUG_TAKEN' },
  // Membership dates
  { name: 'joining while a member of another cluster', who: 'ministry', request: () => ({ method: 'POST', url: `/api/v1/clusters/${otherCluster}/memberships`, payload: { authorityId: member, joinedOn: '2030-01-01' } }), code: 'MEMBERSHIP_OVERLAP' },
  { name: 'joining the same cluster twice', who: 'ministry', request: () => ({ method: 'POST', url: `/api/v1/clusters/${cluster}/memberships`, payload: { authorityId: openAuthority, joinedOn: '2026-03-01' } }), code: 'MEMBERSHIP_OVERLAP' },
  {
    name: 'joining before the previous membership ended',
    who: 'ministry',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${otherCluster}/memberships`, payload: { authorityId: leftAuthority, joinedOn: '2026-03-01' } }),
    code: 'MEMBERSHIP_OVERLAP',
  },
  { name: 'a leave date before the join date', who: 'ministry', request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${cluster}/memberships/${openAuthority}`, payload: { leftOn: '2025-12-31' } }), code: 'MEMBERSHIP_DATES_INVALID' },
  { name: 'a leave date before a source last saw the member', who: 'ministry', request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${cluster}/memberships/${member}`, payload: { leftOn: '2010-01-01' } }), code: 'MEMBERSHIP_DATES_INVALID' },
  // Size and type of the body
  { name: 'a 50 MB JSON body', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: `{"slug":"big","nameHe":"${'א'.repeat(25 * 1024 * 1024)}"}`, contentType: 'application/json' }), code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a 50 MB CSV file', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: Buffer.concat([Buffer.from(header), Buffer.alloc(50 * 1024 * 1024, '9903,א,מועצה מקומית\n')]), contentType: csv }), code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a body of an unsupported type', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: '<authorities/>', contentType: 'application/xml' }), code: 'UNSUPPORTED_MEDIA_TYPE' },
  // File encodings
  { name: 'a CSV in Windows-1255', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: windows1255, contentType: csv }), code: 'CSV_ENCODING' },
  { name: 'a CSV with stray invalid UTF-8 bytes', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: Buffer.concat([Buffer.from(header + hebrewRow), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]), contentType: csv }), code: 'CSV_ENCODING' },
  { name: 'a UTF-16LE CSV with a BOM', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: utf16(header + hebrewRow, true, 'le'), contentType: csv }), code: 'CSV_ENCODING' },
  { name: 'a UTF-16BE CSV with a BOM', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: utf16(header + hebrewRow, true, 'be'), contentType: csv }), code: 'CSV_ENCODING' },
  { name: 'a UTF-16LE CSV without a BOM', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: utf16(header + hebrewRow, false, 'le'), contentType: csv }), code: 'CSV_ENCODING' },
  { name: 'a Latin-only UTF-16LE CSV without a BOM', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: utf16(`${header}9902,Test,city\n`, false, 'le'), contentType: csv }), code: 'CSV_ENCODING' },
  { name: 'a CSV with broken quoting', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: `${header}9902,"רשות,מועצה מקומית\n`, contentType: csv }), code: 'CSV_HEADER' },
  { name: 'a CSV without the required columns', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: 'code,name\n9902,רשות\n', contentType: csv }), code: 'CSV_HEADER' },
  { name: 'an empty CSV file', who: 'ministry', request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: '', contentType: csv }), code: 'CSV_HEADER' },
];

beforeAll(async () => {
  t = await buildTestApp();
  ministry = await signIn(t.app, 'ministry@demo.local');
  member = (await t.app.inject(`/api/v1/clusters/${cluster}`)).json().members[0].id;
  rep = await signIn(t.app, `rep-${member}@demo.local`);
  // Authorities with no history: one joins and leaves, the other joins and stays; two more for the accepted bodies.
  const all = (await t.app.inject('/api/v1/authorities')).json().items as { id: string; currentCluster: unknown }[];
  const free: string[] = [];
  for (const a of all.filter((x) => !x.currentCluster)) {
    if ((await t.app.inject(`/api/v1/authorities/${a.id}`)).json().memberships.length === 0) free.push(a.id);
    if (free.length === 4) break;
  }
  [leftAuthority, openAuthority, rejoiner, leaver] = free as [string, string, string, string];
  const write = (method: InjectOptions['method'], url: string, payload: object) => t.app.inject({ method, url, payload, headers: { cookie: ministry, origin: siteOrigin } });
  expect((await write('POST', `/api/v1/clusters/${cluster}/memberships`, { authorityId: leftAuthority, joinedOn: '2026-01-01' })).statusCode).toBe(201);
  expect((await write('PATCH', `/api/v1/clusters/${cluster}/memberships/${leftAuthority}`, { leftOn: '2026-06-30' })).statusCode).toBe(200);
  expect((await write('POST', `/api/v1/clusters/${cluster}/memberships`, { authorityId: openAuthority, joinedOn: '2026-01-01' })).statusCode).toBe(201);
  expect((await write('POST', `/api/v1/clusters/${cluster}/memberships`, { authorityId: rejoiner, joinedOn: '2026-01-01' })).statusCode).toBe(201);
  expect((await write('PATCH', `/api/v1/clusters/${cluster}/memberships/${rejoiner}`, { leftOn: '2026-06-30' })).statusCode).toBe(200);
  expect((await write('POST', `/api/v1/clusters/${cluster}/memberships`, { authorityId: leaver, joinedOn: '2026-01-01' })).statusCode).toBe(201);
});
afterAll(() => t.close());

describe.each(cases)('$name', (c) => {
  it.each(['he', 'en'] as const)('is refused with %s text, stable code and no change', async (locale) => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const req = c.request();
    const headers: Record<string, string> = { 'accept-language': locale };
    if (c.who === 'ministry') Object.assign(headers, { cookie: ministry, origin: siteOrigin });
    if (c.who === 'rep') Object.assign(headers, { cookie: rep, origin: siteOrigin });
    if (req.contentType) headers['content-type'] = req.contentType;
    const res = await t.app.inject({ method: req.method, url: req.url, payload: req.payload, headers });

    const entry = errorCatalog[c.code];
    expect(res.statusCode, res.body.slice(0, 500)).toBe(entry.status);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = res.json();
    expect(problem).toMatchObject({ status: entry.status, code: c.code, detail: entry[locale] });
    expect(problemSchema.safeParse(problem).error?.issues ?? [], 'the problem keeps its contract: every issue has a code').toEqual([]);
    if (locale === 'he') expect(problem.detail).toMatch(/[\u0590-\u05FF]/);
    else expect(problem.detail).not.toMatch(/[\u0590-\u05FF]/);
    c.issues?.(problem.issues ?? []);

    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });
});

describe('the language of a problem', () => {
  it('follows the first language of a browser-style Accept-Language, Hebrew by default', async () => {
    const req = { method: 'POST' as const, url: '/api/v1/clusters', payload: '{', headers: { cookie: ministry, origin: siteOrigin, 'content-type': 'application/json' } };
    const en = await t.app.inject({ ...req, headers: { ...req.headers, 'accept-language': 'en-GB,en;q=0.9,he;q=0.8' } });
    expect(en.json().detail).toBe(errorCatalog.MALFORMED_JSON.en);
    const he = await t.app.inject({ ...req, headers: { ...req.headers, 'accept-language': 'he-IL,he;q=0.9,en;q=0.8' } });
    expect(he.json().detail).toBe(errorCatalog.MALFORMED_JSON.he);
    const none = await t.app.inject(req);
    expect(none.json().detail).toBe(errorCatalog.MALFORMED_JSON.he);
  });
});

// The bodies above were refused for their extra field alone.
describe('the same bodies without their unknown field', () => {
  it.each(unknownFieldCases)('are accepted ($what)', async (u) => {
    const cookie = u.who === 'ministry' ? ministry : u.who === 'rep' ? rep : undefined;
    const res = await t.app.inject({ method: u.method, url: u.url(), payload: u.valid(), headers: cookie ? { cookie, origin: siteOrigin } : {} });
    expect(res.statusCode, res.body).toBeLessThan(300);
  });
});

describe('the same request twice at once', () => {
  it('creates a cluster once and refuses the other with CLUSTER_SLUG_TAKEN, not a server error', async () => {
    const create = () => t.app.inject({ method: 'POST', url: '/api/v1/clusters', payload: { slug: 'twice-at-once', nameHe: 'אשכול כפול' }, headers: { cookie: ministry, origin: siteOrigin, 'accept-language': 'en' } });
    const results = await Promise.all([create(), create(), create()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const r of results.filter((v) => v.statusCode === 409)) expect(r.json()).toMatchObject({ code: 'CLUSTER_SLUG_TAKEN', detail: errorCatalog.CLUSTER_SLUG_TAKEN.en });
  });
});
