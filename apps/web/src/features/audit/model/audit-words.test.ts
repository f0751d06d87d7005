import fs from 'node:fs';
import { auditActions, type AuditEvent, type AuditNames } from '@eshkol/contracts/audit';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../../lib/formats';
import { changeLabel, figureText, sentenceText, sideText, type AuditWords } from './audit-words';
import { changesOf } from './changes';
import { sentenceOf } from './sentences';

type Language = 'he' | 'en';

const messages = (lng: Language, ns: string) => JSON.parse(fs.readFileSync(new URL(`../../../i18n/locales/${lng}/${ns}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The words of the audit page in a language, as the page loads them: its namespace, the shared one and the cost model's. */
async function wordsFor(lng: Language, names: AuditNames): Promise<AuditWords> {
  const i18n = i18next.createInstance();
  const namespaces = ['common', 'audit', 'cost-model'];
  await i18n.init({
    lng,
    ns: namespaces,
    defaultNS: 'audit',
    fallbackNS: 'common',
    resources: { [lng]: Object.fromEntries(namespaces.map((ns) => [ns, messages(lng, ns)])) },
    interpolation: { escapeValue: false },
  });
  const common = messages(lng, 'common') as { meta: { intlLocale: string }; common: { unknown: string } };
  return { t: i18n.t, format: formatsFor(common.meta.intlLocale, common.common.unknown), language: lng, names };
}

/** The Hebrew or English catalogue of the audit page, to look a key up in. */
const auditMessages = (lng: Language) => messages(lng, 'audit');

/** One event of every action, as the server wrote them in its tests, with names for what they refer to. */
const recorded = JSON.parse(fs.readFileSync(new URL('./audit-events.fixture.json', import.meta.url), 'utf8')) as { events: AuditEvent[]; names: AuditNames };

/** Text without the marks that keep a value's direction (U+2068, U+2069) and the ones Intl adds (U+200F). */
const plain = (text: string) => text.replace(/[\u2068\u2069\u200f\u200e]/g, '').replace(/\u00a0/g, ' ');

const names: AuditNames = {
  authorities: { 'loc-2710': { nameHe: 'טבריה', nameEn: 'Tiberias' }, 'loc-6900': { nameHe: 'כפר סבא', nameEn: null }, 'rc-38': { nameHe: 'מרחבים', nameEn: 'Merhavim' }, 'loc-1': { nameHe: 'אבו גוש', nameEn: null }, 'loc-2': { nameHe: 'בית שאן', nameEn: null } },
  clusters: { 'galil-maaravi': { nameHe: 'אשכול רשויות גליל מערבי', nameEn: 'Western Galilee cluster' } },
  services: { '12': { nameHe: 'פינוי פסולת משותף', nameEn: 'Joint waste collection' } },
};

/** An event of the given action on the given record, at a fixed time, by the ministry. */
const event = (e: Partial<AuditEvent> & Pick<AuditEvent, 'action' | 'entityType' | 'entityId'>): AuditEvent => ({ id: 1, at: '2025-11-03T09:30:00.000Z', actorEmail: 'ministry@demo.local', before: null, after: null, owner: null, serviceId: null, ...e });

const sentence = async (lng: Language, e: AuditEvent, n: AuditNames = names) => plain(sentenceText(sentenceOf(e), await wordsFor(lng, n)));
const changeLines = (e: AuditEvent, w: AuditWords) =>
  changesOf(e).map((c) => plain(`${changeLabel(c, w)}: ${sideText(c.before, w) ?? '-'} > ${sideText(c.after, w) ?? '-'}`));

const study = event({
  action: 'feasibility_study.save',
  entityType: 'feasibility_study',
  entityId: '12:2',
  serviceId: 12,
  after: {
    serviceId: 12,
    version: 2,
    proposedMethod: 'shapley',
    total: 744426.8219884699,
    saving: 455573.1780115301,
    input: { model: { type: 'power' }, methods: ['proportional', 'shapley'], requestedGrant: 500000, baseline: ['loc-1', 'loc-2', 'loc-6900', 'rc-38'].map((authorityId) => ({ authorityId, quantity: 1000, currentCost: 400000 })) },
  },
});

describe('an audit event as a sentence', () => {
  it('says what was saved, of which service, with its main figures', async () => {
    expect(await sentence('he', study)).toBe('נשמרה גרסה 2 של בחינת ההיתכנות של פינוי פסולת משותף: 4 רשויות, הצעה: ערך שפלי, חיסכון: 455,573 ₪');
    expect(await sentence('en', study)).toBe('Version 2 of the feasibility study of Joint waste collection saved: 4 authorities, proposed: Shapley value, saving: ₪455,573');
  });

  it('words money stored in agorot as shekels, and names the cluster, not its slug', async () => {
    const allocation = event({ action: 'ledger.allocate', entityType: 'ledger', entityId: '7', after: { id: 7, kind: 'allocate', clusterSlug: 'galil-maaravi', serviceId: null, amountAgorot: 50_000_000, note: '' } });
    expect(await sentence('he', allocation)).toBe('הוקצו 500,000 ₪ לאשכול רשויות גליל מערבי');
    expect(await sentence('en', allocation)).toBe('₪500,000 allocated to Western Galilee cluster');
    const w = await wordsFor('he', names);
    expect(changeLines(allocation, w)).toEqual(['סכום: - > 500,000 ₪', 'אשכול: - > אשכול רשויות גליל מערבי']);
  });

  it('words dates through Intl, never as stored', async () => {
    const leave = event({ action: 'membership.leave', entityType: 'membership', entityId: 'loc-2710@galil-maaravi', before: { joinedOn: '2024-03-01', leftOn: null, current: true }, after: { joinedOn: '2024-03-01', leftOn: '2025-12-31', current: false } });
    expect(await sentence('he', leave)).toBe('טבריה עזבה את אשכול רשויות גליל מערבי: תאריך העזיבה: 31 בדצמבר 2025');
    expect(await sentence('en', leave)).toBe('Tiberias left Western Galilee cluster: left on 31 December 2025');
    expect(changeLines(leave, await wordsFor('he', names))).toEqual(['תאריך עזיבה: - > 31 בדצמבר 2025', 'חברה כיום: כן > לא']);
  });

  it('names an authority it has no name for as one not in the registry, never by its id', async () => {
    const join = event({ action: 'service_participation.join', entityType: 'service_participation', entityId: '12:loc-999', serviceId: 12, after: { status: 'joined', approvalBody: 'council', approvalDecidedOn: '2025-03-01' } });
    const text = await sentence('he', join);
    expect(text).toBe('רשות שאינה במרשם הצטרפה לשירות פינוי פסולת משותף: באישור מליאת המועצה מיום 1 במרץ 2025');
    expect(text).not.toContain('loc-999');
  });

  it('counts in Hebrew with its dual and in English with its plural', async () => {
    const created = (invited: string[]) => event({ action: 'service.create', entityType: 'service', entityId: '12', serviceId: 12, after: { nameHe: 'פינוי פסולת משותף', invited } });
    expect(await sentence('he', created(['loc-1', 'loc-2']))).toBe('נוצר השירות המשותף פינוי פסולת משותף: שתי רשויות הוזמנו');
    expect(await sentence('he', created(['loc-1']))).toBe('נוצר השירות המשותף פינוי פסולת משותף: רשות אחת הוזמנה');
    expect(await sentence('en', created(['loc-1', 'loc-2', 'rc-38']))).toBe('Shared service Joint waste collection created: 3 authorities invited');
  });
});

describe('what an event changed', () => {
  it('lists fields by their label, with values rounded, words for yes and no, and names for authority ids', async () => {
    const w = await wordsFor('he', names);
    expect(changeLines(study, w)).toEqual([
      'גרסה: - > 2',
      'השיטה המוצעת: - > ערך שפלי',
      'שיטות חלוקה: - > יחסית למשקל וערך שפלי',
      'מודל העלות: - > יתרון לגודל',
      'רשויות משתתפות: - > 4 רשויות',
      'מענק מבוקש: - > 500,000 ₪',
      'עלות משותפת: - > 744,427 ₪',
      'חיסכון: - > 455,573 ₪',
    ]);
    const area = event({ action: 'authority.update', entityType: 'authority', entityId: 'loc-2710', before: { areaKm2: null, moiCode: null }, after: { areaKm2: 15.382178883225015, moiCode: '4201' } });
    expect(changeLines(area, w)).toEqual(['שטח (קמ״ר): - > 15.38', 'סמל הרשות במשרד הפנים: - > 4201']);
    const invited = event({ action: 'service.update', entityType: 'service', entityId: '12', serviceId: 12, before: { invited: ['loc-1'] }, after: { invited: ['loc-1', 'rc-38'] } });
    expect(changeLines(invited, w)).toEqual(['רשויות שהוזמנו: אבו גוש > אבו גוש ומרחבים']);
  });

  it('leaves out what is not for a reader: ids, hashes, file paths of the data', () => {
    const upload = event({ action: 'document.upload', entityType: 'document', entityId: 'a1', after: { id: 'a1', sha256: 'ab12', fileName: 'החלטה.pdf', sizeBytes: 70_500, uploadedAt: '2025-11-03T09:30:00.000Z', uploadedBy: 'u1', authorityId: 'loc-1', clusterSlug: 'galil-maaravi' } });
    expect(changesOf(upload).map((c) => c.label)).toEqual(['fileName', 'sizeBytes', 'authority', 'cluster']);
    const authority = event({ action: 'authority.create', entityType: 'authority', entityId: 'loc-1', after: { id: 'loc-1', nameHe: 'אבו גוש', source: 'CBS via github:matanhakim/il.cbs.muni inst/extdata/p_libud_2021.xlsx', lat: 31.8, lon: 35.1 } });
    expect(changesOf(authority).map((c) => c.label)).toEqual(['nameHe']);
  });

  it('does not call a field the record after the change does not hold emptied', () => {
    const ended = event({ action: 'membership.end', entityType: 'membership', entityId: 'loc-1@galil-maaravi', before: { ended: false, observations: [{ asOf: '2016' }] }, after: { ended: true } });
    expect(changesOf(ended).map((c) => c.label)).toEqual(['ended']);
  });
});

describe('every action the server writes', () => {
  // The server writes audit events only through platform/audit.ts, whose entry takes an AuditAction: the contracts' list is every action it can write.
  it('has a sentence in Hebrew and in English', () => {
    for (const lng of ['he', 'en'] as const) {
      const sentences = auditMessages(lng).sentences as Record<string, Record<string, unknown>>;
      const missing = auditActions.filter((action) => {
        const [entity = '', verb = ''] = action.split('.');
        return typeof sentences[entity]?.[verb] !== 'string';
      });
      expect(missing, lng).toEqual([]);
    }
  });

  it('reads as words, as the server wrote it: no placeholder, key, field name, stored date, id, slug or unrounded figure', async () => {
    expect(new Set(recorded.events.map((e) => e.action))).toEqual(new Set(auditActions));
    const storedKeys = new Set(recorded.events.flatMap((e) => [e.before, e.after].flatMap((side) => (side && typeof side === 'object' ? Object.keys(side) : []))));
    const slugs = Object.keys(recorded.names.clusters);
    for (const lng of ['he', 'en'] as const) {
      const w = await wordsFor(lng, recorded.names);
      for (const e of recorded.events) {
        const lines = [plain(sentenceText(sentenceOf(e), w)), ...changeLines(e, w)];
        for (const line of lines) {
          const where = `${lng} ${e.action}: ${line}`;
          expect(line, where).not.toMatch(/\{\{|\}\}|sentences\.|details\.|fields\.|terms\./);
          expect(line, where).not.toMatch(/\d{4}-\d{2}(-\d{2})?/);
          expect(line, where).not.toMatch(/\b(loc|rc)-\d+/);
          expect(line, where).not.toMatch(/\d\.\d{3,}/);
          expect(line, where).not.toMatch(/github|\.xlsx|\.txt/);
          for (const slug of slugs) expect(line, where).not.toContain(slug);
          for (const key of storedKeys) if (/[A-Z_]/.test(key)) expect(line, where).not.toContain(key);
        }
      }
    }
  });

  it('names the authority a decision is given to carry out', async () => {
    const decision = event({
      action: 'body_decision.record',
      entityType: 'body_decision',
      entityId: '4',
      after: { number: '2026/1', text: 'לצאת למכרז', owner: '', ownerAuthorityId: 'loc-2710', dueOn: '2026-03-01', outcome: 'passed', bodyName: 'דירקטוריון', itemTitle: 'מכרז' },
    });
    expect(await sentence('he', decision)).toContain('באחריות טבריה');
    expect(await sentence('en', decision)).toContain('carried out by Tiberias');
    expect(changeLines(decision, await wordsFor('en', names))).toContain('Authority carrying it out: - > Tiberias');
  });

  it('words a financial report by its cluster and year, with its totals, and the regulator’s review with its remarks', async () => {
    const sent = event({ action: 'financial_report.submit', entityType: 'financial_report', entityId: '1', after: { clusterSlug: 'galil-maaravi', fiscalYear: 2024, version: 1, totals: { revenue: 50_000_000, expenses: 44_000_000 }, figures: { surplus: 6_000_000 } } });
    expect(await sentence('he', sent)).toBe('הוגש הדוח הכספי של אשכול רשויות גליל מערבי לשנת 2024: גרסה 1, סך ההכנסות: 500,000 ₪, עודף (גירעון): 60,000 ₪');
    expect(await sentence('en', sent)).toBe('The financial report of Western Galilee cluster for 2024 was submitted: version 1, total revenue: ₪500,000, surplus (deficit): ₪60,000');
    const returned = event({ action: 'financial_report.review', entityType: 'financial_report', entityId: '1', before: { state: 'submitted' }, after: { state: 'returned', remarks: 'חסר פירוט', version: 1, clusterSlug: 'galil-maaravi', fiscalYear: 2024 } });
    expect(await sentence('en', returned)).toBe('The regulator reviewed the financial report of Western Galilee cluster for 2024: returned with remarks, version 1, note: חסר פירוט');
    expect(changeLines(returned, await wordsFor('he', names))).toContain('מצב הדוח: בבדיקת הרגולטור > הוחזר לתיקון');
  });

  it('gives every field a record shows a label in both languages', async () => {
    for (const lng of ['he', 'en'] as const) {
      const fields = auditMessages(lng).fields as Record<string, unknown>;
      const w = await wordsFor(lng, recorded.names);
      for (const e of recorded.events) for (const c of changesOf(e)) expect(typeof fields[c.label], `${lng} ${c.label}`).toBe('string');
      expect(figureText({ kind: 'yesNo', value: true }, w)).toBe(lng === 'he' ? 'כן' : 'Yes');
    }
  });
});
