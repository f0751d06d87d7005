import fs from 'node:fs';
import type { BodyRules } from '@eshkol/contracts/governance';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { rulesInWords } from './rules-words';

type Language = 'he' | 'en';
const messages = (lng: Language, ns: string) => JSON.parse(fs.readFileSync(new URL(`../../../i18n/locales/${lng}/${ns}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

async function tFor(lng: Language) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, ns: ['common', 'governance'], defaultNS: 'governance', fallbackNS: 'common', resources: { [lng]: { common: messages(lng, 'common'), governance: messages(lng, 'governance') } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const simple: BodyRules = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };

describe("a body's rules in words", () => {
  it('words the usual rules as the programme says them', async () => {
    const he = rulesInWords(simple, await tFor('he'));
    expect(he).toEqual({ quorum: 'מניין: יותר ממחצית הרשויות החברות', majority: 'החלטה: רוב רגיל של המצביעים', weights: 'קול אחד לכל רשות', tie: 'בתיקו ההצעה אינה מתקבלת' });
    const en = rulesInWords({ ...simple, chairBreaksTie: true }, await tFor('en'));
    expect(en).toEqual({ quorum: 'Quorum: more than half of the member authorities', majority: 'Decision: a simple majority of the votes cast', weights: 'One vote per authority', tie: "A tie is decided by the chair's authority" });
  });

  it('words two thirds, unanimity, a majority of all members and figures it has no word for', async () => {
    const t = await tFor('he');
    expect(rulesInWords({ ...simple, majority: { of: 'present', fraction: [2, 3], strict: false } }, t).majority).toBe('החלטה: לפחות שני שלישים מהרשויות הנוכחות');
    expect(rulesInWords({ ...simple, majority: { of: 'present', fraction: [1, 1], strict: false } }, t).majority).toBe('החלטה: כל הרשויות הנוכחות');
    expect(rulesInWords({ ...simple, majority: { of: 'members', fraction: [1, 2], strict: true } }, t).majority).toBe('החלטה: יותר ממחצית הרשויות החברות');
    expect(rulesInWords({ ...simple, majority: { of: 'cast', fraction: [3, 5], strict: true } }, t).majority).toBe('החלטה: יותר מ־3 חלקי 5 מהמצביעים');
    expect(rulesInWords({ ...simple, weights: 'population' }, t).weights).toBe('קול כל רשות משוקלל לפי מספר תושביה');
  });

  it('counts a quorum of authorities with the Hebrew dual and the English plural', async () => {
    const he = await tFor('he');
    const en = await tFor('en');
    expect([1, 2, 5].map((count) => rulesInWords({ ...simple, quorum: { count } }, he).quorum)).toEqual(['מניין: לפחות רשות אחת נוכחת', 'מניין: לפחות שתי רשויות נוכחות', 'מניין: לפחות 5 רשויות נוכחות']);
    expect([1, 3].map((count) => rulesInWords({ ...simple, quorum: { count } }, en).quorum)).toEqual(['Quorum: at least one authority present', 'Quorum: at least 3 authorities present']);
  });
});
