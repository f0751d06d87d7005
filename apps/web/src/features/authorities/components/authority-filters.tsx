import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { authorityTypes, type AuthorityListQuery } from '@eshkol/contracts/authorities';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthorities } from '../../../api/get-authorities';
import { useClusters } from '../../../api/get-clusters';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

type Props = { filters: AuthorityListQuery; onChange: (next: AuthorityListQuery) => void };

export function AuthorityFilters({ filters, onChange }: Props) {
  const { t } = useTranslation('authorities');
  const names = useNames();
  const format = useFormat();
  const clusters = useClusters().data?.items ?? [];
  const all = useAuthorities().data?.items ?? [];
  const [q, setQ] = useState(filters.q ?? '');

  useEffect(() => setQ((current) => (current.trim() === (filters.q ?? '') ? current : (filters.q ?? ''))), [filters.q]);
  useEffect(() => {
    const handle = window.setTimeout(() => {
      if ((filters.q ?? '') !== q.trim()) onChange({ ...filters, q: q.trim() || undefined });
    }, 300);
    return () => window.clearTimeout(handle);
  }, [q, filters, onChange]);

  const districts = [...new Set(all.map((a) => a.district).filter((d): d is string => !!d))]
    .map((d) => ({ value: d, label: names.district(d) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} data-testid="authority-filters">
      <TextInput label={t('filters.q')} placeholder={t('filters.qPlaceholder')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" />
      <Select
        label={t('filters.cluster')}
        placeholder={t('filters.all')}
        data={clusters.map((c) => ({ value: c.slug, label: names.cluster(c) }))}
        value={filters.cluster ?? null}
        onChange={(v) => onChange({ ...filters, cluster: v ?? undefined })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
      />
      <Select
        label={t('filters.type')}
        placeholder={t('filters.all')}
        data={authorityTypes.map((type) => ({ value: type, label: t(`authorityType.${type}`) }))}
        value={filters.type ?? null}
        onChange={(v) => onChange({ ...filters, type: (v as AuthorityListQuery['type']) ?? undefined })}
        clearable
      />
      <Select
        label={t('filters.district')}
        placeholder={t('filters.all')}
        data={districts}
        value={filters.district ?? null}
        onChange={(v) => onChange({ ...filters, district: v ?? undefined })}
        clearable
      />
    </SimpleGrid>
  );
}
