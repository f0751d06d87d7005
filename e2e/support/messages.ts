import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eshkol-server';

type Catalogue = Record<string, unknown>;

function load(lng: string): Catalogue {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'apps/web/src/i18n/locales', `${lng}.json`), 'utf8')) as Catalogue;
}

const catalogues: Record<string, Catalogue> = { he: load('he'), en: load('en') };

/**
 * A UI text as the locale file has it, so locators use the very words users read. Interpolation
 * follows i18next's `{{name}}`; a missing key throws rather than matching nothing.
 */
export function text(lng: 'he' | 'en', key: string, vars: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalogue)[part] : undefined), catalogues[lng]);
  if (typeof value !== 'string') throw new Error(`no text "${key}" in ${lng}.json`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`text "${key}" needs {{${name}}}`);
    return String(vars[name]);
  });
}

/** Hebrew, the default language of the UI. */
export const he = (key: string, vars?: Record<string, string | number>) => text('he', key, vars);
export const en = (key: string, vars?: Record<string, string | number>) => text('en', key, vars);
