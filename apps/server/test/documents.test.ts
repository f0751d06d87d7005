import { createHash } from 'node:crypto';
import { documentLimits } from '@eshkol/contracts/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFileName, sniffType } from '../src/modules/documents/document-files';
import { expectProblem } from './fingerprint';
import { jpegBytes, makeClient, pdfBytes, pngBytes, signInAll, siteOrigin, type Client } from './service-factories';
import { auditCount, buildTestApp, type TestApp } from './test-app';

/** Uploaded approvals: checked by content, size-limited, kept with their hash, downloaded only by those concerned. */

const x = 'negev-maaravi';
const y = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let a: string, b: string;

beforeAll(async () => {
  t = await buildTestApp();
  const members = (await t.app.inject(`/api/v1/clusters/${x}`)).json().members as { id: string }[];
  [a, b] = [members[0]!.id, members[1]!.id];
  const foreign = (await t.app.inject(`/api/v1/clusters/${y}`)).json().members[0].id;
  const cookies = await signInAll(t, {
    ministry: 'ministry@demo.local',
    regulator: 'regulator@demo.local',
    finance: 'finance@demo.local',
    staff: `staff-${x}@demo.local`,
    otherStaff: `staff-${y}@demo.local`,
    repA: `rep-${a}@demo.local`,
    repB: `rep-${b}@demo.local`,
    foreignRep: `rep-${foreign}@demo.local`,
  });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

describe('file checks', () => {
  it.each([
    ['a PDF', pdfBytes(), 'application/pdf'],
    ['a PNG', pngBytes(), 'image/png'],
    ['a JPEG', jpegBytes(), 'image/jpeg'],
    ['text', Buffer.from('%PD not quite'), null],
    ['an HTML page', Buffer.from('<html><script>alert(1)</script></html>'), null],
    ['a GIF', Buffer.from('GIF89a.....'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s is %s by its first bytes', (_, bytes, type) => expect(sniffType(bytes)).toBe(type));

  it.each([
    ['החלטת מועצה 12.pdf', 'application/pdf', 'החלטת מועצה 12.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\x\\scan.JPG', 'image/jpeg', 'scan.jpg'],
    ['scan.jpeg', 'image/jpeg', 'scan.jpeg'],
    ['\u202Efdp.exe', 'application/pdf', 'fdp.exe.pdf'],
    ['a<b>:"c"|?*.png', 'image/png', 'a_b___c____.png'],
    ['photo.pdf', 'image/png', 'photo.pdf.png'],
    ['  .hidden.pdf', 'application/pdf', 'hidden.pdf'],
    ['line\nbreak\u0000.pdf', 'application/pdf', 'linebreak.pdf'],
    ['', 'application/pdf', 'document.pdf'],
    [undefined, 'image/png', 'document.png'],
    ['...', 'application/pdf', 'document.pdf'],
    [`${'א'.repeat(400)}.pdf`, 'application/pdf', `${'א'.repeat(150)}.pdf`],
  ] as const)('the name %j of %s is kept as %j', (raw, type, expected) => {
    expect(sanitizeFileName(raw === undefined ? undefined : encodeURIComponent(raw), type)).toBe(expected);
  });

  it('refuses a name that is not percent-encoded UTF-8', () => expect(sanitizeFileName('%E0%A4%A', 'application/pdf')).toBeNull());

  it('sends the exact name by RFC 5987 and a safe ASCII one beside it', () => {
    expect(contentDisposition("החלטה (סופית)'s.pdf")).toBe(
      `attachment; filename="_____ (_____)'s.pdf"; filename*=UTF-8''${encodeURIComponent('החלטה')}%20%28${encodeURIComponent('סופית')}%29%27s.pdf`,
    );
    expect(contentDisposition('a"b\\c%.pdf')).toBe(`attachment; filename="a_b_c_.pdf"; filename*=UTF-8''a%22b%5Cc%25.pdf`);
  });
});

describe('uploading', () => {
  it('keeps a PDF by a representative with its hash, its checked type, the uploader, the authority and the cluster', async () => {
    const bytes = pdfBytes('council 12/2025');
    const audits = await auditCount(t);
    const res = await c.upload('repA', bytes, { name: 'החלטת מועצה 12-2025.pdf' });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ fileName: 'החלטת מועצה 12-2025.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(await auditCount(t)).toBe(audits + 1);
    const audit = (await c.get('ministry', `/api/v1/audit?entityType=document&entityId=${doc.id}`)).json().items[0];
    expect(audit).toMatchObject({ action: 'document.upload', actorEmail: `rep-${a}@demo.local`, after: { authorityId: a, clusterSlug: x, sha256: doc.sha256 } });
    expect(JSON.stringify(audit.after)).not.toContain('council 12/2025');
  });

  it.each([
    ['a PNG sent as octet-stream', pngBytes(), 'application/octet-stream', 'image/png'],
    ['a JPEG', jpegBytes(), 'image/jpeg', 'image/jpeg'],
    ['a PDF with a charset parameter', pdfBytes(), 'application/pdf; charset=binary', 'application/pdf'],
  ])('keeps %s by its content', async (_, bytes, type, stored) => {
    const res = await c.upload('staff', bytes, { type });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().contentType).toBe(stored);
  });

  it.each([
    ['a text file renamed .pdf', Buffer.from('this is not a pdf, only text'), 'application/pdf'],
    ['an HTML page sent as an image', Buffer.from('<html><body>hi</body></html>'), 'image/png'],
    ['a PNG that claims to be a PDF', pngBytes(), 'application/pdf'],
    ['a PDF sent as text', pdfBytes(), 'text/plain'],
    ['a PDF sent as JSON', pdfBytes(), 'application/json'],
    ['an empty body', Buffer.alloc(0), 'application/pdf'],
  ])('refuses %s with 415, keeping nothing', async (_, bytes, type) => {
    const audits = await auditCount(t);
    expectProblem(await c.upload('repA', bytes, { type, name: 'x.pdf' }), 415, 'DOCUMENT_TYPE');
    expect(await auditCount(t)).toBe(audits);
  });

  it('refuses a file over 10 MB with 413, and one of exactly 10 MB is kept', async () => {
    const audits = await auditCount(t);
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(11 * 1024 * 1024 - pdfBytes().length, 0x20)]);
    expectProblem(await c.upload('repA', big), 413, 'PAYLOAD_TOO_LARGE');
    expect(await auditCount(t)).toBe(audits);
    const limit = Buffer.concat([pdfBytes(), Buffer.alloc(documentLimits.maxBytes - pdfBytes().length, 0x20)]);
    const res = await c.upload('repA', limit);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sizeBytes).toBe(documentLimits.maxBytes);
  });

  it('refuses anonymous callers and roles that record no approvals or legal acts, before reading the body', async () => {
    const audits = await auditCount(t);
    expectProblem(await c.upload(null, pdfBytes()), 401, 'UNAUTHENTICATED');
    expectProblem(await c.upload('finance', pdfBytes()), 403, 'FORBIDDEN');
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    expectProblem(await c.upload(null, big), 401, 'UNAUTHENTICATED');
    expect(await auditCount(t)).toBe(audits);
  });

  it('refuses a file name header that is not percent-encoded UTF-8', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload: pdfBytes(),
      headers: { cookie: (await signInAll(t, { r: `rep-${a}@demo.local` })).r!, origin: siteOrigin, 'content-type': 'application/pdf', 'x-file-name': '%E0%A4%A' },
    });
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('leaves JSON and CSV uploads elsewhere as they were', async () => {
    const game = { players: ['A', 'B'], model: { type: 'power', quantities: { A: 1, B: 2 }, scale: 1, exponent: 0.5 }, methods: ['equal'] };
    expect((await c.post('staff', '/api/v1/cost-sharing', game)).statusCode).toBe(200);
    const csv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/authorities?dryRun=true',
      payload: 'cbs_code,name_he,type\n9902,רשות לבדיקה,מועצה מקומית\n',
      headers: { cookie: (await signInAll(t, { m: 'ministry@demo.local' })).m!, origin: siteOrigin, 'content-type': 'text/csv' },
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${x}/services`,
      payload: '{"nameHe":',
      headers: { cookie: (await signInAll(t, { s: `staff-${x}@demo.local` })).s!, origin: siteOrigin, 'content-type': 'application/json' },
    });
    expectProblem(malformed, 400, 'MALFORMED_JSON');
  });
});

describe('downloading', () => {
  let id: string;
  const bytes = pdfBytes('signed approval');
  beforeAll(async () => {
    id = (await c.upload('repA', bytes, { name: 'אישור מועצה "סופי".pdf' })).json().id;
  });

  it('gives the uploader the same bytes, as an attachment of the checked type that browsers must not sniff', async () => {
    const res = await c.get('repA', `/api/v1/documents/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(contentDisposition('אישור מועצה _סופי_.pdf'));
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it.each([
    ['the uploader', 'repA', 200],
    ["the authority's cluster staff", 'staff', 200],
    ['the ministry', 'ministry', 200],
    ['the regulator', 'regulator', 200],
    ['a representative of another authority', 'repB', 403],
    ["another cluster's staff", 'otherStaff', 403],
    ['a representative in another cluster', 'foreignRep', 403],
    ['anonymous', null, 401],
  ])('%s (%s): %i', async (_, as, status) => {
    const res = await c.get(as, `/api/v1/documents/${id}`);
    if (status === 200) expect(res.statusCode).toBe(200);
    else expectProblem(res, status, status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  it('answers 404 for an unknown document and 400 for a malformed id', async () => {
    expectProblem(await c.get('ministry', '/api/v1/documents/00000000-0000-4000-8000-000000000000'), 404, 'DOCUMENT_NOT_FOUND');
    expectProblem(await c.get('ministry', '/api/v1/documents/not-a-uuid'), 400, 'VALIDATION_FAILED');
  });

  it('serves a PNG and a JPEG as what they are', async () => {
    for (const [bytes, type] of [[pngBytes(), 'image/png'], [jpegBytes(), 'image/jpeg']] as const) {
      const up = await c.upload('repB', bytes, { type: 'application/octet-stream', name: 'scan' });
      const res = await c.get('repB', `/api/v1/documents/${up.json().id}`);
      expect(res.headers['content-type']).toBe(type);
      expect(res.rawPayload.equals(bytes)).toBe(true);
      expect(res.headers['content-disposition']).toContain(type === 'image/png' ? 'scan.png' : 'scan.jpg');
    }
  });
});
