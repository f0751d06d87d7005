import fs from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { endReasonText } from './membership-words';

async function tFor(lng: 'he' | 'en') {
  const common = JSON.parse(fs.readFileSync(new URL(`../i18n/locales/${lng}/common.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const i18n = i18next.createInstance();
  await i18n.init({ lng, ns: ['common'], defaultNS: 'common', resources: { [lng]: { common } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const words = { asOf: (v: string) => (v === '2025-10' ? 'אוקטובר 2025' : v), cluster: (c: { slug: string; nameHe: string | null }) => c.nameHe ?? 'אשכול ללא שם' };
const kinneret = { slug: 'kinneret-vehaamakim', nameHe: 'אשכול כנרת והעמקים', nameEn: 'Kinneret and the Valleys' };

describe('why a membership ended at an unknown date', () => {
  it('names the cluster a later source places the authority in, and the source’s date, never its slug nor an ISO date', async () => {
    const t = await tFor('he');
    const text = endReasonText(t, words, { kind: 'moved', cluster: kinneret, asOf: '2025-10' });
    expect(text).toBe('מקור שתאריכו אוקטובר 2025 מציב אותה באשכול כנרת והעמקים');
    expect(text).not.toContain('kinneret-vehaamakim');
    expect(text).not.toContain('2025-10');
    expect(endReasonText(t, words, { kind: 'moved', cluster: kinneret, asOf: null })).toBe('מקור אחר מציב אותה באשכול כנרת והעמקים');
  });

  it('says a complete list left it out, as of its date, in each language', async () => {
    expect(endReasonText(await tFor('he'), words, { kind: 'not_listed', asOf: '2025-10' })).toBe('אינה ברשימת החברים המלאה של האשכול, שתאריכה אוקטובר 2025');
    expect(endReasonText(await tFor('en'), { ...words, asOf: () => 'October 2025' }, { kind: 'not_listed', asOf: '2025-10' })).toBe("Not on the cluster's complete list of members as of October 2025");
  });
});
