import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../i18n/setup';
import { formatsFor } from './formats';

export type { Format } from './formats';

/** Formatters for the current language; null values come out as the translated "unknown". */
export function useFormat() {
  const { t, i18n } = useTranslation();
  return formatsFor(intlLocaleOf(i18n.language), t('common.unknown'));
}
