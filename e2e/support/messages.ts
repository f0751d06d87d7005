import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eshkol-server';

type Catalogue = Record<string, unknown>;

const localeDir = path.join(repoRoot, 'apps/web/src/i18n/locales');
const catalogues = new Map<string, Catalogue>();

function load(lng: string, ns: string): Catalogue {
  const id = `${lng}/${ns}`;
  if (!catalogues.has(id)) {
    const file = path.join(localeDir, lng, `${ns}.json`);
    if (!fs.existsSync(file)) throw new Error(`no namespace "${ns}" in ${lng}`);
    catalogues.set(id, JSON.parse(fs.readFileSync(file, 'utf8')) as Catalogue);
  }
  return catalogues.get(id)!;
}

/**
 * A UI text as the locale files have it, so locators use the very words users read. Keys are
 * written as the web writes them: `services:create.title` in a feature's namespace, `nav.home` in
 * the shared one. Interpolation follows i18next's `{{name}}`; a missing key throws rather than
 * matching nothing.
 */
export function text(lng: 'he' | 'en', key: string, vars: Record<string, string | number> = {}): string {
  const [ns, name] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  const value = name.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalogue)[part] : undefined), load(lng, ns));
  if (typeof value !== 'string') throw new Error(`no text "${key}" in ${lng}/${ns}.json`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, v: string) => {
    if (!(v in vars)) throw new Error(`text "${key}" needs {{${v}}}`);
    return String(vars[v]);
  });
}

/** Hebrew, the default language of the UI. */
export const he = (key: string, vars?: Record<string, string | number>) => text('he', key, vars);
export const en = (key: string, vars?: Record<string, string | number>) => text('en', key, vars);

/** A name from the data as a sentence of the UI holds it: kept in its own writing direction (U+2068 … U+2069). */
export const isolated = (name: string) => `\u2068${name}\u2069`;
