import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

type Messages = { meta: { name: string; intlLocale: string } } & Record<string, unknown>;

const files = import.meta.glob<{ default: Messages }>('./locales/*.json', { eager: true });

/** Every locale file under ./locales, keyed by its language code (the file name). */
const catalogs: Record<string, Messages> = Object.fromEntries(
  Object.entries(files).map(([path, mod]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), mod.default]),
);

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

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(catalogs).map(([code, messages]) => [code, { translation: messages }])),
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

export { i18n };
