import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { financialReportLimits, type FinancialReport } from '@eshkol/contracts/financial-reports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useReport, useReviewReport } from '../api/financial-reports';
import { ReportStateBadge } from './report-state-badge';
import { VersionCard } from './version-card';

/** The regulator's review of the version waiting: accept it, or return it with remarks (which it needs). */
function ReviewForm({ report, onDone }: { report: FinancialReport; onDone: () => void }) {
  const { t } = useTranslation('financial-reports');
  const review = useReviewReport();
  const [remarks, setRemarks] = useState('');
  const [missing, setMissing] = useState(false);
  const server = useServerIssues(review.error, { remarks: t('review.remarks') });
  const decide = (decision: 'accept' | 'return') => {
    const text = remarks.trim();
    if (decision === 'return' && text.length < 2) return setMissing(true);
    setMissing(false);
    review.mutate({ id: report.id, body: { decision, remarks: text } }, { onSuccess: onDone });
  };
  return (
    <Stack gap="xs" data-testid="report-review">
      <Textarea
        label={t('review.remarks')}
        description={t('review.remarksHint')}
        autosize
        minRows={2}
        maxLength={financialReportLimits.remarks}
        value={remarks}
        onChange={(e) => setRemarks(e.currentTarget.value)}
        error={missing ? t('review.remarksRequired') : server.errorOf('remarks')}
        data-autofocus
      />
      <ErrorAlert error={review.error} title={t('review.failed')} {...server.alert} />
      <Group>
        <Button color="teal.9" loading={review.isPending && review.variables?.body.decision === 'accept'} onClick={() => decide('accept')} data-testid="report-accept">
          {t('review.accept')}
        </Button>
        <Button variant="outline" color="#8f3f00" loading={review.isPending && review.variables?.body.decision === 'return'} onClick={() => decide('return')} data-testid="report-return">
          {t('review.return')}
        </Button>
      </Group>
    </Stack>
  );
}

type Props = { reportId: number; onClose: () => void };

/** A report's every version the reader may read, side by side on a wide screen (the newest first), with the review where the reader may give it. */
export function ReportModal({ reportId, onClose }: Props) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const report = useReport(reportId);
  const r = report.data;
  const names = useNames();
  const cluster = useCluster(r?.clusterSlug ?? '').data;
  const clusterName = cluster ? names.cluster(cluster) : '';
  return (
    <Modal opened onClose={onClose} size="xl" title={r ? t('report.title', { year: String(r.fiscalYear), cluster: clusterName }) : t('report.loading')} data-testid="report-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <Stack>
        <ErrorAlert error={report.error} />
        {!r && !report.error && <PageLoader />}
        {r && (
          <>
            <Group gap="xs">
              <ReportStateBadge state={r.state} />
              <Text size="sm">
                {t('report.dates', { due: format.date(r.dueOn), first: format.date(r.firstSubmittedOn) })}
                {r.acceptedOn ? ` ${t('report.acceptedOn', { date: format.date(r.acceptedOn) })}` : ''}
              </Text>
            </Group>
            {r.actions.includes('review') && <ReviewForm report={r} onDone={onClose} />}
            <SimpleGrid cols={{ base: 1, md: r.versions.length > 1 ? 2 : 1 }} spacing="sm">
              {r.versions.map((v, i) => (
                <VersionCard key={v.version} v={v} previous={r.versions[i + 1]} />
              ))}
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Modal>
  );
}
