import fs from 'node:fs';
import { methodFailureCodes, type MethodFailure } from '@eshkol/contracts/cost-sharing';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { failureText } from './failure-text';

const catalogue = (lng: string) => JSON.parse(fs.readFileSync(new URL(`../../i18n/locales/${lng}/cost-model.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

async function toolsFor(lng: 'he' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { 'cost-model': catalogue(lng) } }, interpolation: { escapeValue: false } });
  return { t: i18n.t, number: (n: number) => new Intl.NumberFormat(lng).format(n) };
}

const failure = (code: MethodFailure['code'], params: MethodFailure['params'] = {}): MethodFailure => ({ method: 'nucleolus', code, params, message: { en: 'English', he: 'עברית' } });

describe('why a method was not computed, in the reader’s language', () => {
  it('gives the participant limit and count, in Hebrew and in English', async () => {
    const tooMany = failure('TOO_MANY_PLAYERS', { computation: 'nucleolus', players: 1200, limit: 16 });
    expect(failureText(tooMany, await toolsFor('he'))).toBe('החישוב אפשרי עד 16 משתתפים, וכאן יש 1,200. בחרו שיטה אחרת או פחות רשויות.');
    expect(failureText(tooMany, await toolsFor('en'))).toBe('computed for up to 16 participants, and there are 1,200. Choose another method or fewer authorities.');
  });

  it('has its own words for every code, never the engine’s sentence', async () => {
    for (const lng of ['he', 'en'] as const) {
      const tools = await toolsFor(lng);
      for (const code of methodFailureCodes) {
        const text = failureText(failure(code, { players: 17, limit: 16, status: 'time-limit' }), tools);
        expect(text, `${lng} ${code}`).not.toContain('failures.');
        expect(text).not.toMatch(/English|עברית/);
      }
    }
  });
});
