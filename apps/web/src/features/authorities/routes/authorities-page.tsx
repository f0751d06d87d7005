import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { authorityListQuerySchema, type AuthorityListQuery } from '@eshkol/contracts/authorities';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { authoritiesPath, useAuthorities } from '../../../api/get-authorities';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { withQuery } from '../../../lib/api-client';
import { useFormat } from '../../../lib/format';
import { AuthoritiesTable } from '../components/authorities-table';
import { AuthorityFilters } from '../components/authority-filters';

const filterKeys = ['cluster', 'type', 'district', 'q'] as const;

/** Filters live in the address, so a filtered list can be shared. */
function useFilters(): [AuthorityListQuery, (next: AuthorityListQuery) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const raw = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) || undefined]));
    const parsed = authorityListQuerySchema.safeParse(raw);
    return parsed.success ? parsed.data : {};
  }, [params]);
  const set = useCallback(
    (next: AuthorityListQuery) => {
      const search = new URLSearchParams();
      for (const k of filterKeys) if (next[k]) search.set(k, String(next[k]));
      setParams(search, { replace: true });
    },
    [setParams],
  );
  return [filters, set];
}

export function AuthoritiesPage() {
  const { t } = useTranslation('authorities');
  const format = useFormat();
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  const [filters, setFilters] = useFilters();
  const list = useAuthorities(filters);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text mt="xs">{t('intro')}</Text>
        </div>
        <DownloadButton href={withQuery(`${authoritiesPath}/export.xlsx`, filters)} label={t('export')} testId="export-authorities" />
      </Group>
      <AuthorityFilters filters={filters} onChange={setFilters} />
      {list.error ? (
        <ErrorAlert error={list.error} />
      ) : !list.data ? (
        <PageLoader />
      ) : (
        <>
          <Text role="status" data-testid="authorities-total">
            {t('total', { n: format.number(list.data.total), count: list.data.total })}
          </Text>
          {list.data.items.length === 0 ? <Text>{t('empty')}</Text> : <AuthoritiesTable items={list.data.items} />}
        </>
      )}
    </Stack>
  );
}
