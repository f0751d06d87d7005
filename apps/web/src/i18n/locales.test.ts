import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, 'locales');
const catalogs = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>]),
);

/** Every leaf key, with i18next plural suffixes folded so languages with other plural forms still match. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('locale files', () => {
  const reference = new Set(keysOf(catalogs.he));

  it('include Hebrew and English', () => {
    expect(Object.keys(catalogs)).toEqual(expect.arrayContaining(['he', 'en']));
  });

  for (const [code, messages] of Object.entries(catalogs)) {
    it(`${code} has every key of the Hebrew file and no other`, () => {
      const keys = new Set(keysOf(messages));
      expect([...reference].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys].filter((k) => !reference.has(k))).toEqual([]);
    });

    it(`${code} gives every plural form its language needs`, () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const leaves = (v: unknown, prefix = ''): string[] =>
        typeof v === 'object' && v !== null ? Object.entries(v).flatMap(([k, c]) => leaves(c, prefix ? `${prefix}.${k}` : k)) : [prefix];
      const all = new Set(leaves(messages));
      const plurals = new Set([...all].filter((k) => /_other$/.test(k)).map((k) => k.replace(/_other$/, '')));
      const missing = [...plurals].flatMap((base) => categories.filter((c) => !all.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
      expect(missing).toEqual([]);
    });

    it(`${code} keeps every {{placeholder}} of the Hebrew text`, () => {
      const placeholders = (v: unknown, path: string[]): string[] => {
        const text = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], v);
        return typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort() : [];
      };
      const leafPaths = (v: unknown, path: string[] = []): string[][] =>
        typeof v === 'object' && v !== null ? Object.entries(v).flatMap(([k, c]) => leafPaths(c, [...path, k])) : [path];
      for (const path of leafPaths(messages)) {
        if (!path.at(-1)?.match(/_(zero|one|two|few|many|other)$/)) expect(placeholders(messages, path), path.join('.')).toEqual(placeholders(catalogs.he, path));
      }
    });
  }
});
