import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

type Messages = { meta: { name: string; intlLocale: string } } & Record<string, unknown>;

/**
 * Words live in `locales/<language>/<namespace>.json`. The shared namespace (`common`: the shell
 * and the words every page uses) is in the first bundle, and so are the home page's words (`home`),
 * as its code is: most visits start there, and its key figures then wait for no second fetch.
 * Every other namespace is its own chunk, fetched when a page that uses it opens. A language is a
 * folder: adding one is adding files.
 */
export const sharedNamespace = 'common';
const firstPageNamespace = 'home';

const sharedFiles = import.meta.glob<Messages>('./locales/*/common.json', { eager: true, import: 'default' });
const firstPageFiles = import.meta.glob<ResourceKey>('./locales/*/home.json', { eager: true, import: 'default' });
const lazyFiles = import.meta.glob<ResourceKey>(['./locales/*/*.json', '!./locales/*/common.json', '!./locales/*/home.json'], { import: 'default' });

const languageOfPath = (path: string) => path.replace(/^.*\/([^/]+)\/[^/]+\.json$/, '$1');

/** The shared words of every language under ./locales, keyed by its code (the folder name). */
const catalogs: Record<string, Messages> = Object.fromEntries(Object.entries(sharedFiles).map(([path, messages]) => [languageOfPath(path), messages]));

/** Reads a namespace's chunk when i18next first needs it in a language. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = lazyFiles[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no ${namespace} words in ${language}`), false);
    load().then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export const defaultLanguage = 'he';
export const languages = Object.keys(catalogs).sort((a, b) =>
  a === defaultLanguage ? -1 : b === defaultLanguage ? 1 : a.localeCompare(b),
);
const storageKey = 'eshkol.language';

const rtlLanguages = ['he', 'ar', 'fa', 'ur'];

export type Direction = 'rtl' | 'ltr';

/** The writing direction of a language, from Intl when the browser knows it. */
export function directionOf(lng: string): Direction {
  try {
    const locale = new Intl.Locale(lng) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // An invalid tag falls through to the list below.
  }
  return rtlLanguages.includes(lng.split('-')[0] ?? lng) ? 'rtl' : 'ltr';
}

export function languageName(lng: string): string {
  return catalogs[lng]?.meta.name ?? lng;
}

/** The BCP 47 locale used for numbers and dates in a language (he → he-IL). */
export function intlLocaleOf(lng: string): string {
  return catalogs[lng]?.meta.intlLocale ?? lng;
}

function initialLanguage(): string {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (stored && languages.includes(stored)) return stored;
  } catch {
    // Storage may be unavailable (private mode); the default applies.
  }
  return defaultLanguage;
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

export function rememberLanguage(lng: string): void {
  try {
    window.localStorage.setItem(storageKey, lng);
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}

const lng = initialLanguage();
applyToDocument(lng);

void i18n.use(chunkBackend).use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(catalogs).map(([code, messages]) => [code, { [sharedNamespace]: messages, [firstPageNamespace]: firstPageFiles[`./locales/${code}/home.json`] ?? {} }]),
  ),
  partialBundledLanguages: true,
  ns: [sharedNamespace, firstPageNamespace],
  defaultNS: sharedNamespace,
  // A feature's words may use the shared ones without naming their namespace (forms.cancel, nav.home …).
  fallbackNS: sharedNamespace,
  lng,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (next) => {
  applyToDocument(next);
  rememberLanguage(next);
});

/**
 * Loads a page's namespaces (in the current language and its fallback) before it renders, so it
 * never shows a raw key; a component that uses a namespace not loaded yet suspends until it is.
 */
export function loadNamespaces(...namespaces: string[]): Promise<void> {
  return i18n.loadNamespaces(namespaces);
}

export { i18n };
