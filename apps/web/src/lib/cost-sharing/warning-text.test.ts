import fs from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { warningText } from './warning-text';

const catalogue = (lng: string) => JSON.parse(fs.readFileSync(new URL(`../../i18n/locales/${lng}/cost-model.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

const names: Record<string, string> = { 'loc-1': 'תפן', 'loc-2': 'מעלות' };

async function toolsFor(lng: 'he' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { 'cost-model': catalogue(lng) } }, interpolation: { escapeValue: false } });
  return {
    t: i18n.t,
    number: (n: number) => new Intl.NumberFormat(lng).format(n),
    list: (items: string[]) => new Intl.ListFormat(lng, { type: 'conjunction' }).format(items),
    nameOf: (id: string) => names[id] ?? id,
  };
}

describe('a result warning in the reader’s language', () => {
  it('names the authorities whose population is unknown, in Hebrew', async () => {
    const text = warningText({ code: 'WEIGHTS_FROM_QUANTITIES', values: { authorities: ['loc-1', 'loc-2'] }, message: 'English' }, await toolsFor('he'));
    expect(text).toBe('החלוקה היחסית היא לפי הכמויות, כי מספר התושבים של תפן ומעלות אינו ידוע.');
  });

  it('formats the figures of a sampled Shapley value, in English', async () => {
    const text = warningText({ code: 'SHAPLEY_SAMPLED', values: { percent: 0.5, max: 25 }, message: 'English' }, await toolsFor('en'));
    expect(text).toBe('The Shapley value is estimated from random orders, each share to within 0.5% of the average share (more than 25 participants).');
  });

  it('shows a warning kept as a sentence only as it is', async () => {
    expect(warningText('The core was not examined.', await toolsFor('he'))).toBe('The core was not examined.');
  });
});
