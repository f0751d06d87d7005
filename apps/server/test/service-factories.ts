import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** Test data for shared services, approvals and studies, made through the API as users make it. */

/** The smallest files each kept type starts with, padded so they look like files. */
export const pdfBytes = (text = 'council approval') => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
export const pngBytes = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
export const jpegBytes = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2), Buffer.from([0xff, 0xd9])]);

/**
 * The origin of a page on the test server (light-my-request's host): a browser names it on every
 * write, and a write with a session must (CSRF).
 */
export const siteOrigin = 'http://localhost:80';

/** Requests as a signed-in reader's browser on the site sends them, or (null) as an anonymous caller's. */
export function makeClient(t: TestApp, cookies: Record<string, string>) {
  const headersOf = (as: string | null, extra: Record<string, string> = {}) => (as ? { cookie: cookies[as]!, origin: siteOrigin, ...extra } : extra);
  const json = (as: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: headersOf(as), ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    get: (as: string | null, url: string) => json(as, 'GET', url),
    post: (as: string | null, url: string, payload: unknown) => json(as, 'POST', url, payload),
    patch: (as: string | null, url: string, payload: unknown) => json(as, 'PATCH', url, payload),
    put: (as: string | null, url: string, payload: unknown) => json(as, 'PUT', url, payload),
    delete: (as: string | null, url: string) => json(as, 'DELETE', url),
    upload: (as: string | null, bytes: Buffer, opts: { type?: string; name?: string } = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/documents',
        payload: bytes,
        headers: headersOf(as, { 'content-type': opts.type ?? 'application/pdf', ...(opts.name === undefined ? {} : { 'x-file-name': encodeURIComponent(opts.name) }) }),
      }),
  };
}
export type Client = ReturnType<typeof makeClient>;

export const serviceInput = (invited: string[], extra: Record<string, unknown> = {}) => ({
  nameHe: 'פינוי פסולת משותף',
  domain: 'environment_waste',
  kind: 'core',
  description: 'איסוף ופינוי פסולת ביתית במכרז אחד',
  invited,
  ...extra,
});

export async function createService(c: Client, staff: string, slug: string, invited: string[], extra: Record<string, unknown> = {}): Promise<number> {
  const res = await c.post(staff, `/api/v1/clusters/${slug}/services`, serviceInput(invited, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** The representative uploads the council's approval and joins with it. */
export async function join(c: Client, rep: string, serviceId: number, authorityId: string, decidedOn = '2025-03-01') {
  const doc = await c.upload(rep, pdfBytes(`approval of ${authorityId}`), { name: `החלטת מועצה ${authorityId}.pdf` });
  expect(doc.statusCode, doc.body).toBe(201);
  const res = await c.post(rep, `/api/v1/services/${serviceId}/participants/${authorityId}/decision`, {
    decision: 'join',
    body: 'council',
    decidedOn,
    resolutionNumber: `2025-${authorityId}`,
    documentId: doc.json().id,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { documentId: doc.json().id as string, service: res.json() };
}

/** A power model with economies of scale; its quantities come from the baseline. */
export const studyInput = (baseline: { authorityId: string; quantity: number; currentCost: number | null }[], extra: Record<string, unknown> = {}) => ({
  baseline,
  model: { type: 'power', quantities: {}, fixed: 200_000, scale: 900, exponent: 0.8 },
  methods: ['proportional', 'shapley', 'nucleolus'],
  proposedMethod: 'shapley',
  requestedGrant: 500_000,
  notes: 'מבוסס על הצעת מחיר',
  ...extra,
});

/** The demo accounts of the national roles, by role. */
export const nationalAccounts = {
  ministry: 'ministry@demo.local',
  finance: 'finance@demo.local',
  committee: 'committee@demo.local',
  regulator: 'regulator@demo.local',
  measurement: 'measurement@demo.local',
} as const;

/**
 * Every reader of a truth table: each national role, staff of the cluster under test and of
 * another, a member's and a non-member's representative, nobody (signed in under these names).
 */
export const readers = ['ministry', 'finance', 'committee', 'regulator', 'measurement', 'staff', 'staffOther', 'rep', 'repOther', 'anonymous'] as const;
export type Reader = (typeof readers)[number];
/** The signed-in name a client sends a reader's requests under; nobody sends none. */
export const as = (r: Reader) => (r === 'anonymous' ? null : r);

/** The demo account of a cluster's staff, and of an authority's representative. */
export const staffAccount = (clusterSlug: string) => `staff-${clusterSlug}@demo.local`;
export const repAccount = (authorityId: string) => `rep-${authorityId}@demo.local`;

/** Signs in several demo accounts, each from its own address so as to stay under the login rate limit. */
export async function signInAll(t: TestApp, emails: Record<string, string>): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  let n = 0;
  for (const [who, email] of Object.entries(emails)) {
    n += 1;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'demo' }, remoteAddress: `10.30.0.${n}` });
    expect(res.statusCode, `sign-in of ${email}`).toBe(200);
    cookies[who] = `eshkol_session=${res.cookies.find((c) => c.name === 'eshkol_session')!.value}`;
  }
  return cookies;
}
