import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `locales/<language>/<namespace>.json`: every language a folder, every namespace a file. */
const dir = join(import.meta.dirname, 'locales');
const reference = 'he';
const shared = 'common';

type Messages = Record<string, unknown>;
const catalogs: Record<string, Record<string, Messages>> = Object.fromEntries(
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [
      d.name,
      Object.fromEntries(
        readdirSync(join(dir, d.name))
          .filter((f) => f.endsWith('.json'))
          .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, d.name, f), 'utf8')) as Messages]),
      ),
    ]),
);
const namespaces = Object.keys(catalogs[reference] ?? {}).sort();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

const leafPaths = (v: unknown, path: string[] = []): string[][] =>
  typeof v === 'object' && v !== null ? Object.entries(v).flatMap(([k, c]) => leafPaths(c, [...path, k])) : [path];

/** Every leaf key, with i18next plural suffixes folded so languages with other plural forms still match. */
const keysOf = (messages: unknown) => new Set(leafPaths(messages).map((p) => p.join('.').replace(pluralSuffix, '')));

const textAt = (messages: unknown, path: string[]) => path.reduce<unknown>((o, k) => (o as Messages | undefined)?.[k], messages);

describe('locale files', () => {
  it('include Hebrew and English, and the shared namespace', () => {
    expect(Object.keys(catalogs)).toEqual(expect.arrayContaining(['he', 'en']));
    expect(namespaces).toContain(shared);
  });

  it('name every language and its number and date locale in the shared namespace', () => {
    for (const [code, byNs] of Object.entries(catalogs)) {
      expect(textAt(byNs[shared], ['meta', 'name']), code).toEqual(expect.any(String));
      expect(textAt(byNs[shared], ['meta', 'intlLocale']), code).toEqual(expect.any(String));
    }
  });

  // A feature's words fall back to the shared namespace; a key in both would hide the shared one.
  it('give no feature namespace a key that the shared namespace has', () => {
    const sharedKeys = keysOf(catalogs[reference]![shared]);
    for (const ns of namespaces.filter((n) => n !== shared)) {
      expect([...keysOf(catalogs[reference]![ns])].filter((k) => sharedKeys.has(k)), ns).toEqual([]);
    }
  });

  for (const [code, byNs] of Object.entries(catalogs)) {
    it(`${code} has every namespace of Hebrew and no other`, () => {
      expect(Object.keys(byNs).sort()).toEqual(namespaces);
    });

    for (const ns of namespaces) {
      const messages = byNs[ns];
      const hebrew = catalogs[reference]![ns];

      it(`${code}/${ns} has every key of Hebrew and no other`, () => {
        const keys = keysOf(messages);
        const expected = keysOf(hebrew);
        expect([...expected].filter((k) => !keys.has(k))).toEqual([]);
        expect([...keys].filter((k) => !expected.has(k))).toEqual([]);
      });

      it(`${code}/${ns} gives every plural form its language needs`, () => {
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
        const all = new Set(leafPaths(messages).map((p) => p.join('.')));
        const plurals = new Set([...all].filter((k) => /_other$/.test(k)).map((k) => k.replace(/_other$/, '')));
        const missing = [...plurals].flatMap((base) => categories.filter((c) => !all.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
        expect(missing).toEqual([]);
      });

      it(`${code}/${ns} keeps every {{placeholder}} (and {{value, format}}) of the Hebrew text`, () => {
        const placeholders = (v: unknown, path: string[]): string[] => {
          const text = textAt(v, path);
          return typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)(?:, *\w+)?\}\}/g)].map((m) => m[1]!).sort() : [];
        };
        for (const path of leafPaths(messages)) {
          if (!pluralSuffix.test(path.at(-1) ?? '')) expect(placeholders(messages, path), path.join('.')).toEqual(placeholders(hebrew, path));
        }
      });
    }
  }
});
