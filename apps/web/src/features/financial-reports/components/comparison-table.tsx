import { Badge, Box, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { FinancialComparison } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { Figure } from '../../../components/figure';
import { PageLoader } from '../../../components/page-loader';
import { SourceList } from '../../../components/source-list';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { comparisonWorkbookPath, useComparison } from '../api/financial-reports';
import { ReportStateBadge } from './report-state-badge';

type Row = FinancialComparison['clusters'][number];
type Props = { fiscalYear: number; years: number[]; onYear: (year: number) => void };

/** The operating clusters for a year, per resident: revenue, expenses and accumulated balance divided by their residents (with the population's year and source); unknown where the population is. */
export function ComparisonTable({ fiscalYear, years, onYear }: Props) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const names = useNames();
  const comparison = useComparison(fiscalYear, true);
  const rows = comparison.data?.clusters ?? [];
  const nameOf = (r: Row) => names.cluster({ slug: r.clusterSlug, nameHe: r.nameHe, nameEn: r.nameEn });
  const residents = (r: Row) =>
    r.population.residents === null ? t('comparison.residentsUnknown') : t('comparison.residents', { n: format.number(r.population.residents), year: r.population.year === null ? format.unknown : String(r.population.year) });
  // A cluster without figures for the year has nothing to show; one with figures but no known population, an unknown.
  const money = (r: Row, agorot: number | undefined) => (r.totals === null ? '—' : format.shekels(agorot));
  const cell = { style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="comparison-title" data-testid="comparison">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h4" id="comparison-title">
          {t('comparison.title')}
        </Title>
        <Group gap="xs" align="flex-end">
          <Select label={t('comparison.year')} data={years.map((y) => ({ value: String(y), label: String(y) }))} value={String(fiscalYear)} onChange={(v) => v && onYear(Number(v))} allowDeselect={false} w={120} data-testid="comparison-year" />
          <DownloadButton href={comparisonWorkbookPath(fiscalYear)} label={t('comparison.export')} testId="comparison-export" />
        </Group>
      </Group>
      <Text size="sm" mb="sm">
        {t('comparison.intro')}
      </Text>
      <ErrorAlert error={comparison.error} />
      {!comparison.data && !comparison.error && <PageLoader />}
      <Box visibleFrom="md">
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder striped data-testid="comparison-table">
            <Table.Caption>{t('comparison.caption', { year: String(fiscalYear) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('comparison.cluster')}</Table.Th>
                <Table.Th>{t('comparison.state')}</Table.Th>
                <Table.Th>{t('comparison.population')}</Table.Th>
                <Table.Th>{t('comparison.revenuePerResident')}</Table.Th>
                <Table.Th>{t('comparison.expensesPerResident')}</Table.Th>
                <Table.Th>{t('comparison.balancePerResident')}</Table.Th>
                <Table.Th>{t('totals.revenue')}</Table.Th>
                <Table.Th>{t('totals.expenses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.clusterSlug} data-cluster={r.clusterSlug}>
                  <Table.Th scope="row">{nameOf(r)}</Table.Th>
                  <Table.Td>
                    <ReportStateBadge state={r.state} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {residents(r)}
                      </Text>
                      {r.population.sources.length > 0 && <SourceList sources={r.population.sources} />}
                    </Group>
                  </Table.Td>
                  <Table.Td {...cell}>{money(r, r.perResident?.revenue)}</Table.Td>
                  <Table.Td {...cell}>{money(r, r.perResident?.expenses)}</Table.Td>
                  <Table.Td {...cell}>{money(r, r.perResident?.accumulatedBalance)}</Table.Td>
                  <Table.Td {...cell}>{money(r, r.totals?.revenue)}</Table.Td>
                  <Table.Td {...cell}>{money(r, r.totals?.expenses)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack hiddenFrom="md" gap="sm" data-testid="comparison-cards">
        {rows.map((r) => (
          <Paper key={r.clusterSlug} withBorder p="sm" component="article" aria-label={nameOf(r)} data-cluster={r.clusterSlug}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
              <Text fw={700}>{nameOf(r)}</Text>
              <ReportStateBadge state={r.state} />
            </Group>
            <Text size="sm" mb="xs">
              {residents(r)}
            </Text>
            {r.perResident ? (
              <SimpleGrid cols={3} spacing="xs">
                <Figure label={t('comparison.revenueShort')}>{format.shekels(r.perResident.revenue)}</Figure>
                <Figure label={t('comparison.expensesShort')}>{format.shekels(r.perResident.expenses)}</Figure>
                <Figure label={t('comparison.balanceShort')}>{format.shekels(r.perResident.accumulatedBalance)}</Figure>
              </SimpleGrid>
            ) : (
              <Badge variant="outline" color="gray.8" tt="none">
                {r.totals ? t('comparison.perResidentUnknown') : t('comparison.noFigures')}
              </Badge>
            )}
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}
