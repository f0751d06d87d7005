import { Box, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ClusterFinancialReports, FinancialReport } from '@eshkol/contracts/financial-reports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { ReportStateBadge } from './report-state-badge';

type Year = ClusterFinancialReports['years'][number];
type Props = { years: readonly Year[]; onView: (r: FinancialReport) => void; onResubmit: (r: FinancialReport) => void };

/** The most recent years shown before the reader asks for every year. */
const recentYears = 3;

/** What the reader may do with a year's report: read its versions, send a new one, review it. */
function YearActions({ report, onView, onResubmit }: { report: FinancialReport | null } & Omit<Props, 'years'>) {
  const { t } = useTranslation('financial-reports');
  if (!report) return null;
  const year = String(report.fiscalYear);
  return (
    <Group gap={4} wrap="wrap">
      {report.actions.includes('review') ? (
        <Button size="compact-sm" onClick={() => onView(report)} aria-label={t('years.reviewYear', { year })}>
          {t('years.review')}
        </Button>
      ) : (
        report.versions.length > 0 && (
          <Button size="compact-sm" variant="light" onClick={() => onView(report)} aria-label={t('years.viewYear', { year })}>
            {t('years.view')}
          </Button>
        )
      )}
      {report.actions.includes('resubmit') && (
        <Button size="compact-sm" onClick={() => onResubmit(report)} aria-label={t('years.resubmitYear', { year })} data-testid="report-resubmit">
          {t('years.resubmit')}
        </Button>
      )}
    </Group>
  );
}

/** A cluster's years, the latest first: each with its due day, its report's state and versions; a table, cards on a phone. */
export function YearsTable({ years, onView, onResubmit }: Props) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const [all, setAll] = useState(false);
  const shown = all ? years : years.filter((y, i) => i < recentYears || y.report !== null);
  const versions = (r: FinancialReport | null) => (r ? t('years.versionCount', { count: r.versions.length, n: format.number(r.versions.length) }) : '—');
  return (
    <Stack gap="xs">
      <Box visibleFrom="sm">
        <Table withTableBorder striped data-testid="years-table">
          <Table.Caption>{t('years.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('years.year')}</Table.Th>
              <Table.Th>{t('years.dueOn')}</Table.Th>
              <Table.Th>{t('years.state')}</Table.Th>
              <Table.Th>{t('years.versions')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('years.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((y) => (
              <Table.Tr key={y.fiscalYear} data-year={y.fiscalYear} data-state={y.report?.state ?? 'none'}>
                <Table.Th scope="row">{y.fiscalYear}</Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(y.dueOn)}</Table.Td>
                <Table.Td>
                  <ReportStateBadge state={y.report?.state ?? null} />
                </Table.Td>
                <Table.Td>{versions(y.report)}</Table.Td>
                <Table.Td>
                  <YearActions report={y.report} onView={onView} onResubmit={onResubmit} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="sm" data-testid="years-cards">
        {shown.map((y) => (
          <Paper key={y.fiscalYear} withBorder p="sm" component="article" aria-label={t('years.cardLabel', { year: String(y.fiscalYear) })} data-year={y.fiscalYear}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700}>{y.fiscalYear}</Text>
              <ReportStateBadge state={y.report?.state ?? null} />
            </Group>
            <Text size="sm" mt={4}>
              {t('years.due', { date: format.date(y.dueOn) })}
              {y.report ? ` · ${versions(y.report)}` : ''}
            </Text>
            <Box mt={y.report ? 'xs' : 0}>
              <YearActions report={y.report} onView={onView} onResubmit={onResubmit} />
            </Box>
          </Paper>
        ))}
      </Stack>
      {years.length > shown.length || all ? (
        <Button variant="subtle" size="compact-sm" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? t('years.showRecent') : t('years.showAll', { count: years.length, n: format.number(years.length) })}
        </Button>
      ) : null}
    </Stack>
  );
}
