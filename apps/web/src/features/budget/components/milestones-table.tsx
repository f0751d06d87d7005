import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Milestone } from '@eshkol/contracts/budget';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useApprovePayment } from '../api/approve-payment';
import { useMarkMilestoneDone } from '../api/mark-milestone-done';
import { MilestoneStateBadge } from './milestone-state-badge';
import { ProgressReportModal, ReportStateBadge } from './progress-report-modal';

/** What the reader does next with a milestone's report: report on it, review it, or only read it. */
function nextStep(m: Milestone, canReport: boolean, canReview: boolean): 'report' | 'review' | 'open' {
  if (canReview && m.report?.state === 'submitted') return 'review';
  if (canReport && m.state !== 'paid' && (m.report === null || m.report.state === 'returned')) return 'report';
  return 'open';
}

type Props = {
  milestones: Milestone[];
  /** The project's cluster staff mark planned milestones done and report on their progress. */
  canMarkDone: boolean;
  canReport: boolean;
  /** The ministry reviews the progress reports and approves payment of done milestones whose report it approved. */
  canReview: boolean;
  canPay: boolean;
  caption: string;
};

/** A project's milestones: what, when, how much, its state, its progress report, and the next step for whoever takes it. */
export function MilestonesTable({ milestones, canMarkDone, canReport, canReview, canPay, caption }: Props) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const done = useMarkMilestoneDone();
  const pay = useApprovePayment();
  const [open, setOpen] = useState<Milestone | null>(null);
  if (milestones.length === 0) return <Text c="dimmed" size="sm">{t('milestones.none')}</Text>;
  const sorted = [...milestones].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.id - b.id);
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder data-testid="milestones-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('milestones.title')}</Table.Th>
              <Table.Th>{t('milestones.plannedOn')}</Table.Th>
              <Table.Th>{t('milestones.amount')}</Table.Th>
              <Table.Th>{t('milestones.deliverable')}</Table.Th>
              <Table.Th>{t('milestones.state')}</Table.Th>
              <Table.Th>{t('progress.column')}</Table.Th>
              {(canMarkDone || canPay) && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((m) => (
              <Table.Tr key={m.id} data-milestone-id={m.id}>
                <Table.Th scope="row">{m.title}</Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(m.plannedOn)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.shekels(m.amountAgorot)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{m.deliverable}</Table.Td>
                <Table.Td>
                  <MilestoneStateBadge state={m.state} />
                  {m.doneAt && m.state === 'done' && <Text size="xs">{format.dateTime(m.doneAt)}</Text>}
                  {m.paidAt && <Text size="xs">{format.dateTime(m.paidAt)}</Text>}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    {m.report ? <ReportStateBadge state={m.report.state} /> : <Text size="sm">{t('progress.noneShort')}</Text>}
                    {m.report && <Text size="xs">{t('progress.spentOf', { spent: format.shekels(m.report.spentAgorot), amount: format.shekels(m.amountAgorot) })}</Text>}
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setOpen(m)}
                      aria-label={t(`progress.${nextStep(m, canReport, canReview)}For`, { title: m.title })}
                      data-testid="progress-open"
                    >
                      {t(`progress.${nextStep(m, canReport, canReview)}`)}
                    </Button>
                  </Stack>
                </Table.Td>
                {(canMarkDone || canPay) && (
                  <Table.Td>
                    {canMarkDone && m.state === 'planned' && (
                      <Button size="compact-sm" variant="outline" loading={done.isPending && done.variables === m.id} onClick={() => done.mutate(m.id)} aria-label={t('milestones.markDoneFor', { title: m.title })}>
                        {t('milestones.markDone')}
                      </Button>
                    )}
                    {canPay && m.state === 'done' && m.report?.state !== 'approved' && <Text size="xs">{t('progress.awaitingApproval')}</Text>}
                    {canPay && m.state === 'done' && m.report?.state === 'approved' && (
                      <Button size="compact-sm" loading={pay.isPending && pay.variables === m.id} onClick={() => pay.mutate(m.id)} aria-label={t('milestones.payFor', { title: m.title, amount: format.shekels(m.amountAgorot) })}>
                        {t('milestones.pay')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={done.error ?? pay.error} />
      {open && <ProgressReportModal milestone={milestones.find((m) => m.id === open.id) ?? open} canReport={canReport} canReview={canReview} onClose={() => setOpen(null)} />}
    </>
  );
}
