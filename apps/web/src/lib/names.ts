import { useTranslation } from 'react-i18next';

type Named = { nameHe: string | null; nameEn?: string | null };

/** The name to show in a language: Hebrew for Hebrew, otherwise English when known, else Hebrew. */
export function pickName(item: Named, lng: string): string | null {
  const he = item.nameHe ?? null;
  const en = item.nameEn ?? null;
  return lng === 'he' ? (he ?? en) : (en ?? he);
}

export function useNames() {
  const { t, i18n } = useTranslation();
  return {
    authority: (a: Named) => pickName(a, i18n.language) ?? t('common.unknown'),
    cluster: (c: Named & { slug: string; otherNames?: string[] }) =>
      pickName(c, i18n.language) ?? c.otherNames?.[0] ?? t('clusterNames.unnamed'),
    district: (d: string | null) => (d ? t(`districts.${d}`, { defaultValue: d }) : t('common.unknown')),
  };
}
