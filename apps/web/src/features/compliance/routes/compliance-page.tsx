import { Anchor, Box, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ClusterCompliance, Obligation } from '@eshkol/contracts/compliance';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AccessGate } from '../../../components/access-gate';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { intlLocaleOf } from '../../../i18n/setup';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { overviewWorkbookPath, useComplianceOverview } from '../api/compliance';
import { Desk } from '../components/desk';
import { ObligationsList, StatusBadge } from '../components/obligations';
import { RulesPanel } from '../components/rules-panel';
import { sortClusters, type SortKey } from '../model/obligations';

const sortKeys: readonly SortKey[] = ['status', 'overdue', 'name'];
const boardThisYear = (c: ClusterCompliance, year: number) => c.obligations.find((o): o is Extract<Obligation, { kind: 'board_meetings' }> => o.kind === 'board_meetings' && o.year === year);
const reportOf = (c: ClusterCompliance, fiscalYear: number) => c.obligations.find((o) => o.kind === 'financial_report' && o.fiscalYear === fiscalYear);
const positionsOf = (c: ClusterCompliance) => c.obligations.find((o) => o.kind === 'positions_approved');

/** /compliance — every operating cluster's light, the steering committee's year, the rules, and the Excel of it all. */
export function CompliancePage() {
  return (
    <AccessGate need="compliance.readOverview">
      <Overview />
    </AccessGate>
  );
}

function Overview() {
  const { t, i18n } = useTranslation('compliance');
  const format = useFormat();
  const names = useNames();
  const overview = useComplianceOverview();
  const [params, setParams] = useSearchParams();
  const sort = sortKeys.find((k) => k === params.get('sort')) ?? 'status';
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  const data = overview.data;
  const year = data ? Number(data.asOf.slice(0, 4)) : 0;
  const nameOf = (c: ClusterCompliance) => names.cluster({ slug: c.clusterSlug, nameHe: c.nameHe, nameEn: c.nameEn });
  const rows = data ? sortClusters(data.clusters, sort, nameOf, intlLocaleOf(i18n.language)) : [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text size="sm" mt="xs">
            {t('intro')}
          </Text>
        </div>
        <DownloadButton href={overviewWorkbookPath} label={t('export')} testId="compliance-export" />
      </Group>
      <Desk />
      <ErrorAlert error={overview.error} />
      {!data ? (
        !overview.error && <PageLoader />
      ) : (
        <>
          <Paper withBorder p="md" data-testid="programme-obligations">
            <Title order={2} size="h4" mb="xs">
              {t('programme')}
            </Title>
            <ObligationsList obligations={data.programme} />
          </Paper>
          <Group justify="space-between" align="center">
            <Text size="sm" role="status">
              {t('asOf', { date: format.date(data.asOf), count: rows.length, n: format.number(rows.length) })}
            </Text>
            <SegmentedControl
              aria-label={t('sort.label')}
              value={sort}
              onChange={(v) => setParams(v === 'status' ? {} : { sort: v }, { replace: true })}
              data={sortKeys.map((k) => ({ value: k, label: t(`sort.${k}`) }))}
            />
          </Group>
          <Box visibleFrom="md">
            <Table withTableBorder striped data-testid="compliance-table">
              <Table.Caption>{t('caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.cluster')}</Table.Th>
                  <Table.Th>{t('columns.status')}</Table.Th>
                  <Table.Th>{t('columns.overdue')}</Table.Th>
                  <Table.Th>{t('columns.dueSoon')}</Table.Th>
                  <Table.Th>{t('columns.board', { year: String(year) })}</Table.Th>
                  <Table.Th>{t('columns.financial', { year: String(year - 1) })}</Table.Th>
                  <Table.Th>{t('columns.positions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => {
                  const board = boardThisYear(c, year);
                  const report = reportOf(c, year - 1);
                  const positions = positionsOf(c);
                  return (
                    <Table.Tr key={c.clusterSlug} data-cluster={c.clusterSlug} data-status={c.status}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/clusters/${c.clusterSlug}#compliance-title`}>
                          {nameOf(c)}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>
                        <StatusBadge status={c.status} />
                      </Table.Td>
                      <Table.Td>{format.number(c.counts.overdue ?? 0)}</Table.Td>
                      <Table.Td>{format.number(c.counts.due_soon ?? 0)}</Table.Td>
                      <Table.Td>
                        {board && board.status !== 'unknown' ? t('heldOf', { held: format.number(board.held), required: format.number(board.required) }) : t('status.unknown')}
                      </Table.Td>
                      <Table.Td data-testid="financial-report-cell" data-status={report?.status}>
                        {report && <StatusBadge status={report.status} />}
                      </Table.Td>
                      <Table.Td data-testid="positions-cell" data-status={positions?.status}>
                        {positions && <StatusBadge status={positions.status} />}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Box>
          <Stack hiddenFrom="md" gap="sm" data-testid="compliance-cards">
            {rows.map((c) => (
              <Paper key={c.clusterSlug} withBorder p="sm" component="article" aria-label={nameOf(c)} data-cluster={c.clusterSlug}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/clusters/${c.clusterSlug}#compliance-title`} fw={700}>
                    {nameOf(c)}
                  </Anchor>
                  <StatusBadge status={c.status} />
                </Group>
                <Text size="sm" mt={4}>
                  {t('cardCounts', { overdue: format.number(c.counts.overdue ?? 0), dueSoon: format.number(c.counts.due_soon ?? 0) })}
                </Text>
                <CardLight label={t('columns.financial', { year: String(year - 1) })} status={reportOf(c, year - 1)?.status} />
                <CardLight label={t('columns.positions')} status={positionsOf(c)?.status} />
              </Paper>
            ))}
          </Stack>
        </>
      )}
      <RulesPanel />
    </Stack>
  );
}

/** One obligation's light on a cluster's card (phones). */
function CardLight({ label, status }: { label: string; status: ClusterCompliance['status'] | undefined }) {
  if (!status) return null;
  return (
    <Group justify="space-between" wrap="nowrap" mt={4} gap="xs">
      <Text size="sm">{label}</Text>
      <StatusBadge status={status} />
    </Group>
  );
}
