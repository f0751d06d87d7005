import { Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { authorityListQuerySchema, authorityOffsetLimit, authorityPageLimit, type AuthorityListQuery } from '@eshkol/contracts/authorities';
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
import { pageFromParam, pageOf } from '../model/list-pages';

const filterKeys = ['cluster', 'type', 'district', 'q'] as const;

/** Filters and the page live in the address, so a filtered list can be shared; a new filter starts again at the first page. */
function useFilters(): [AuthorityListQuery, number, (next: AuthorityListQuery, page?: number) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const raw = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) || undefined]));
    const parsed = authorityListQuerySchema.safeParse(raw);
    return parsed.success ? parsed.data : {};
  }, [params]);
  const page = pageFromParam(params.get('page'), Math.floor(authorityOffsetLimit / authorityPageLimit) + 1);
  const set = useCallback(
    (next: AuthorityListQuery, nextPage = 1) => {
      const search = new URLSearchParams();
      for (const k of filterKeys) if (next[k]) search.set(k, String(next[k]));
      if (nextPage > 1) search.set('page', String(nextPage));
      setParams(search, { replace: true });
    },
    [setParams],
  );
  return [filters, page, set];
}

export function AuthoritiesPage() {
  const { t } = useTranslation('authorities');
  const format = useFormat();
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  const [filters, page, setFilters] = useFilters();
  const list = useAuthorities({ ...filters, offset: (page - 1) * authorityPageLimit });
  const paged = list.data ? pageOf(page, { limit: authorityPageLimit, total: list.data.total, shown: list.data.items.length }) : null;

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
            {paged && paged.pages > 1 && paged.shown
              ? t('range', { from: format.number(paged.shown.from), to: format.number(paged.shown.to), n: format.number(list.data.total) })
              : t('total', { n: format.number(list.data.total), count: list.data.total })}
          </Text>
          {list.data.items.length === 0 ? <Text>{t('empty')}</Text> : <AuthoritiesTable items={list.data.items} />}
          {paged && paged.pages > 1 && (
            <Pagination
              total={paged.pages}
              value={Math.min(page, paged.pages)}
              onChange={(next) => setFilters(filters, next)}
              getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
              getItemProps={(n) => ({ 'aria-label': t('pagination.page', { n: format.number(n) }) })}
              data-testid="authorities-pages"
            />
          )}
        </>
      )}
    </Stack>
  );
}
