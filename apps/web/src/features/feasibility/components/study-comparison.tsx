import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useStudyComparison } from '../api/compare-studies';
import { changeOf } from '../model/comparison';
import { useShekels } from './use-shekels';

type Props = { serviceId: number; versions: number[]; nameOf: (id: string) => string };

/** Two versions side by side: each authority's share under each version's proposed method, and the change. */
export function StudyComparison({ serviceId, versions, nameOf }: Props) {
  const { t } = useTranslation('feasibility');
  const format = useFormat();
  const money = useShekels();
  const sorted = [...versions].sort((a, b) => b - a);
  const [from, setFrom] = useState<number | null>(sorted[1] ?? null);
  const [to, setTo] = useState<number | null>(sorted[0] ?? null);
  const comparison = useStudyComparison(serviceId, from, to);
  const options = sorted.map((v) => ({ value: String(v), label: t('versions.versionN', { version: v }) }));

  // The sign follows the locale's own rules, so that it reads right in both directions.
  const signed = (n: number | null) => (n === null ? '—' : money(n, { signDisplay: 'exceptZero' }));
  const percent = (p: number | null) => (p === null ? '' : ` (${format.number(p, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })})`);
  const colour = (n: number | null) => (n === null || n === 0 ? undefined : n > 0 ? 'red.9' : 'teal.9');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compare-title" data-testid="study-comparison">
      <Stack>
        <Title order={3} size="h4" id="compare-title">
          {t('compare.title')}
        </Title>
        <Group align="flex-end">
          <Select label={t('compare.from')} data={options} value={from === null ? null : String(from)} onChange={(v) => setFrom(v ? Number(v) : null)} w={180} allowDeselect={false} />
          <Select label={t('compare.to')} data={options} value={to === null ? null : String(to)} onChange={(v) => setTo(v ? Number(v) : null)} w={180} allowDeselect={false} />
        </Group>
        {from !== null && from === to && <Text c="dimmed">{t('compare.same')}</Text>}
        {comparison.error && <ErrorAlert error={comparison.error} />}
        {comparison.isFetching && !comparison.data && <PageLoader />}
        {comparison.data && from !== to && (
          <Table.ScrollContainer minWidth={600} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table withTableBorder striped data-testid="comparison-table">
              <Table.Caption>{t('compare.caption', { from: comparison.data.from, to: comparison.data.to })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('authority.name')}</Table.Th>
                  <Table.Th scope="col">{t('compare.shareIn', { version: comparison.data.from })}</Table.Th>
                  <Table.Th scope="col">{t('compare.shareIn', { version: comparison.data.to })}</Table.Th>
                  <Table.Th scope="col">{t('compare.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.data.rows.map((r) => {
                  const c = changeOf(r);
                  return (
                    <Table.Tr key={r.authorityId} data-authority-id={r.authorityId}>
                      <Table.Th scope="row" fw={400}>
                        {nameOf(r.authorityId)}
                      </Table.Th>
                      <Table.Td>{r.from === null ? t('compare.absent') : money(r.from)}</Table.Td>
                      <Table.Td>{r.to === null ? t('compare.absent') : money(r.to)}</Table.Td>
                      <Table.Td c={colour(c.change)}>
                        {c.change === null ? '—' : `${signed(c.change)}${percent(c.percent)}`}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('compare.total')}</Table.Th>
                  <Table.Td>{money(comparison.data.total.from)}</Table.Td>
                  <Table.Td>{money(comparison.data.total.to)}</Table.Td>
                  {(() => {
                    const c = changeOf(comparison.data.total);
                    return (
                      <Table.Td c={colour(c.change)}>
                        {`${signed(c.change)}${percent(c.percent)}`}
                      </Table.Td>
                    );
                  })()}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
