import fs from 'node:fs';
import { modelFaults, weightFaults } from '@eshkol/contracts/cost-sharing';
import { errorCodes, issueCodes, type Problem, type ProblemIssue } from '@eshkol/contracts/errors';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, ContractError } from '../api-client';
import { costSharingRefusals, issueText, problemText } from './problem-words';

// The API client reads the page's language; these tests run without a page.
vi.mock('../../i18n/setup', () => ({ i18n: { language: 'he' } }));

const shared = (lng: string) =>
  JSON.parse(fs.readFileSync(new URL(`../../i18n/locales/${lng}/common.json`, import.meta.url), 'utf8')) as { errors: Record<string, Record<string, string>> };

async function tFor(lng: 'he' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, ns: ['common'], defaultNS: 'common', resources: { [lng]: { common: shared(lng) } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const problem = (code: Problem['code'], issues?: ProblemIssue[]): Problem => ({ type: 'about:blank', title: 'English title', status: 400, code, detail: 'Server prose', issues });
const issue = (code: ProblemIssue['code'], params?: ProblemIssue['params'], path = 'body.x'): ProblemIssue => ({ path, code, params, message: 'English message' });

describe('problems in the reader’s language', () => {
  for (const lng of ['he', 'en'] as const) {
    it(`${lng} words every error code of the contracts`, () => {
      expect(errorCodes.filter((c) => !shared(lng).errors.codes?.[c]?.trim())).toEqual([]);
    });

    it(`${lng} words every issue code of the contracts`, () => {
      expect(issueCodes.filter((c) => !shared(lng).errors.issues?.[c]?.trim())).toEqual([]);
    });

    it(`${lng} words every cost-sharing refusal it names`, () => {
      expect(costSharingRefusals.filter((c) => !shared(lng).errors.costSharing?.[c]?.trim())).toEqual([]);
    });

    it(`${lng} words every reason the engine gives for a model or weights it refuses`, () => {
      expect(modelFaults.filter((f) => !shared(lng).errors.costSharingModel?.[f]?.trim())).toEqual([]);
      expect(weightFaults.filter((f) => !shared(lng).errors.costSharingWeights?.[f]?.trim())).toEqual([]);
    });
  }

  it('words a problem from its code, never from the server’s detail', async () => {
    const t = await tFor('he');
    expect(problemText(t, new ApiError(409, problem('BUDGET_EXCEEDS_PROGRAMME')))).toBe('הסכום חורג מיתרת התוכנית שטרם הוקצתה');
    expect(problemText(t, new ApiError(502, null))).toBe('הבקשה נכשלה (HTTP 502).');
    expect(problemText(t, new ContractError('/api', []))).toBe('תשובת השרת לא הייתה במבנה הצפוי.');
    expect(problemText(t, new TypeError('Failed to fetch'))).toBe('אין קשר עם השרת. בדקו את החיבור ונסו שוב.');
  });

  it('words a problem with its figures', async () => {
    const [he, en] = await Promise.all([tFor('he'), tFor('en')]);
    const quota = new ApiError(429, { ...problem('DOCUMENT_QUOTA_DAILY'), status: 429, params: { limitMb: 200 } });
    expect(problemText(en, quota)).toBe('This upload would exceed your upload quota of 200 MB for 24 hours. Try again later');
    expect(problemText(he, quota)).toContain('200 MB');
  });

  it('words an issue from its code and figures, in each language', async () => {
    const [he, en] = await Promise.all([tFor('he'), tFor('en')]);
    expect(issueText(en, issue('too_big', { origin: 'number', maximum: 1_000_000_000, inclusive: true }))).toBe('Too large: at most 1,000,000,000');
    expect(issueText(he, issue('too_big', { origin: 'string', maximum: 200, inclusive: true }))).toBe('הטקסט ארוך מדי: עד 200 תווים');
    expect(issueText(he, issue('too_small', { origin: 'string', minimum: 1, inclusive: true }))).toBe('שדה חובה');
    expect(issueText(en, issue('invalid_format', { origin: 'string', format: 'email' }))).toBe('The email address is not valid');
    expect(issueText(en, issue('invalid_format', { origin: 'string', format: 'uuid' }))).toBe('The value is not in the expected format');
    expect(issueText(he, issue('duplicate_row', { line: 2 }))).toBe('אותה רשות כמו בשורה 2; כל רשות מופיעה בקובץ פעם אחת');
  });

  it('names an authority by its name where one is given', async () => {
    const t = await tFor('en');
    const nameOf = (id: string) => (id === 'loc-1' ? 'Ma’alot' : id);
    expect(issueText(t, issue('not_cluster_member', { authorityId: 'loc-1' }, 'invited'), { nameOf })).toBe('\u2068Ma’alot\u2069 is not currently a member of the cluster');
    expect(issueText(t, issue('not_cluster_member', { authorityId: 'loc-9' }, 'invited'))).toBe('\u2068loc-9\u2069 is not currently a member of the cluster');
  });

  it("words the engine's reason for refusing a model or weights in the page's language, not the engine's English", async () => {
    const he = await tFor('he');
    const refused = (code: string, params: Record<string, string>) => issue('cost_sharing', { code, ...params }, 'body.model');
    expect(issueText(he, refused('INVALID_MODEL', { reason: 'exponent-not-positive' }))).toBe('מודל העלות אינו תקין: המעריך חייב להיות גדול מאפס');
    const nameOf = (id: string) => (id === 'loc-4' ? 'טבריה' : id);
    expect(issueText(he, refused('INVALID_WEIGHTS', { reason: 'weight-missing', player: 'loc-4' }), { nameOf })).toBe('לחלוקה היחסית חסר המשקל של \u2068טבריה\u2069');
    // A reason this page does not know reads as the refusal's own sentence.
    expect(issueText(he, refused('INVALID_MODEL', { reason: 'the exponent must be positive' }))).toBe(shared('he').errors.costSharing!.INVALID_MODEL);
  });

  it("words a source's date as the page formats dates, never as 2025-10", async () => {
    const t = await tFor('he');
    const asOf = (v: string | null) => (v === '2025-10' ? 'אוקטובר 2025' : 'לא ידוע');
    const text = issueText(t, issue('in_other_cluster', { name: 'טבריה', cluster: 'אשכול כנרת והעמקים', asOf: '2025-10' }), { asOf });
    expect(text).toContain('אוקטובר 2025');
    expect(text).not.toContain('2025-10');
    expect(issueText(t, issue('in_other_cluster', { name: 'טבריה', cluster: 'אשכול כנרת והעמקים', asOf: null }), { asOf })).toContain('לא ידוע');
  });

  it('keeps a value of the data in its own direction inside the sentence', async () => {
    const t = await tFor('he');
    expect(issueText(t, { path: 'population', line: 3, code: 'not_a_number', params: { value: 'abc', whole: true }, message: 'x' })).toBe('"\u2068abc\u2069" אינו מספר תקין לעמודה זו');
  });

  it('words the engine’s refusal of a cost-sharing game, and any other in general', async () => {
    const t = await tFor('he');
    expect(issueText(t, issue('cost_sharing', { code: 'MISSING_COALITION' }, 'MISSING_COALITION'))).toBe('חסרה עלות לאחת מקבוצות הרשויות: לכל קבוצה נדרשת עלות');
    expect(issueText(t, issue('cost_sharing', { code: 'SOMETHING_NEW' }, 'SOMETHING_NEW'))).toBe('לא ניתן לחשב את החלוקה עבור נתונים אלה');
  });
});
