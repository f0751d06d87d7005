import { Anchor, Badge, Button, Divider, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { progressReportLimits, type Milestone, type ProgressReport, type ProgressReportState } from '@eshkol/contracts/budget';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentPath } from '../../../api/upload-document';
import { DocumentsField, type AttachedDocument } from '../../../components/documents-field';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useMilestoneReports, useReviewProgressReport, useSubmitProgressReport } from '../api/progress-reports';
import { buildProgressReport, spentRule, type FieldError } from '../model/budget-forms';

const stateColors: Record<ProgressReportState, string> = { submitted: 'blue.9', returned: '#8f3f00', approved: 'teal.9' };

export function ReportStateBadge({ state }: { state: ProgressReportState }) {
  const { t } = useTranslation('budget');
  return (
    <Badge color={stateColors[state]} variant="filled" data-report-state={state}>
      {t(`progress.states.${state}`)}
    </Badge>
  );
}

/** One version of the report: what was done, what it cost, its evidence and the ministry's remarks. */
function Version({ r, amountAgorot }: { r: ProgressReport; amountAgorot: number }) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  return (
    <Paper withBorder p="sm" data-testid="progress-version" data-version={r.version}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={700}>{t('progress.version', { version: format.number(r.version), date: format.dateTime(r.submittedAt) })}</Text>
          <ReportStateBadge state={r.state} />
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.narrative}</Text>
        <Text size="sm">{t('progress.spentOf', { spent: format.shekels(r.spentAgorot), amount: format.shekels(amountAgorot) })}</Text>
        {r.spentAgorot > amountAgorot && (
          <Text size="sm" c="red.9">
            {t('progress.overBudget')}
          </Text>
        )}
        {r.documents.map((d) => (
          <Anchor key={d.id} href={documentPath(d.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {d.fileName || t('progress.document')}
          </Anchor>
        ))}
        {r.remarks && <Text size="sm">{t('progress.remarks', { remarks: r.remarks })}</Text>}
      </Stack>
    </Paper>
  );
}

/** The cluster's report on the milestone: what was done, what it cost so far, and its evidence. */
function ReportForm({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation('budget');
  const submit = useSubmitProgressReport();
  const [narrative, setNarrative] = useState('');
  const [spent, setSpent] = useState<number | null>(null);
  const [documents, setDocuments] = useState<AttachedDocument[]>([]);
  const [errors, setErrors] = useState<Partial<Record<'narrative' | 'spent', FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const server = useServerIssues(submit.error, { narrative: t('progress.narrative'), spent: t('progress.spent'), documentIds: t('progress.evidence') });
  const err = (key: 'narrative' | 'spent') => (errors[key] ? t(`fieldErrors.${errors[key]}`) : server.errorOf(key));
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildProgressReport({ narrative, spent, documentIds: documents.map((d) => d.id) });
    setErrors(built.ok ? {} : built.errors);
    if (built.ok) submit.mutate({ milestoneId: milestone.id, body: built.body });
  };
  return (
    <form ref={form} onSubmit={send} noValidate data-testid="progress-form">
      <Stack>
        <Textarea label={t('progress.narrative')} required autosize minRows={3} maxLength={progressReportLimits.narrative} value={narrative} onChange={(e) => setNarrative(e.currentTarget.value)} error={err('narrative')} data-autofocus />
        <NumberRefusals report={refusals.report}>
          <NumberField label={t('progress.spent')} description={t('progress.spentHint')} required leftSection="₪" value={spent} rule={spentRule} onValue={setSpent} error={err('spent')} data-testid="progress-spent" />
        </NumberRefusals>
        <DocumentsField value={documents} onChange={setDocuments} max={progressReportLimits.documents} label={t('progress.evidence')} />
        <ErrorAlert error={submit.error} title={t('progress.submitFailed')} {...server.alert} />
        <Button type="submit" loading={submit.isPending} style={{ alignSelf: 'flex-start' }} data-testid="progress-submit">
          {t('progress.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The ministry's review of the version waiting for it: approve it, or return it with remarks. */
function ReviewForm({ report }: { report: ProgressReport }) {
  const { t } = useTranslation('budget');
  const review = useReviewProgressReport();
  const [remarks, setRemarks] = useState('');
  const [missing, setMissing] = useState(false);
  const server = useServerIssues(review.error, { remarks: t('progress.reviewRemarks') });
  const decide = (decision: 'approve' | 'return') => {
    if (decision === 'return' && remarks.trim().length < 2) return setMissing(true);
    setMissing(false);
    review.mutate({ reportId: report.id, body: decision === 'approve' ? { decision, remarks: remarks.trim() } : { decision, remarks: remarks.trim() } });
  };
  return (
    <Stack data-testid="progress-review">
      <Textarea
        label={t('progress.reviewRemarks')}
        description={t('progress.reviewRemarksHint')}
        autosize
        minRows={2}
        maxLength={progressReportLimits.remarks}
        value={remarks}
        onChange={(e) => setRemarks(e.currentTarget.value)}
        error={missing ? t('progress.remarksRequired') : server.errorOf('remarks')}
      />
      <ErrorAlert error={review.error} title={t('progress.reviewFailed')} {...server.alert} />
      <Group>
        <Button color="teal.9" loading={review.isPending && review.variables?.body.decision === 'approve'} onClick={() => decide('approve')} data-testid="progress-approve">
          {t('progress.approve')}
        </Button>
        <Button variant="outline" loading={review.isPending && review.variables?.body.decision === 'return'} onClick={() => decide('return')} data-testid="progress-return">
          {t('progress.return')}
        </Button>
      </Group>
    </Stack>
  );
}

type Props = { milestone: Milestone; canReport: boolean; canReview: boolean; onClose: () => void };

/** A milestone's progress reports, every version, with the cluster's next report or the ministry's review where the reader may give it. */
export function ProgressReportModal({ milestone, canReport, canReview, onClose }: Props) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const reports = useMilestoneReports(milestone.id);
  const items = reports.data?.items ?? [];
  const latest = items[0];
  const mayReport = canReport && milestone.state !== 'paid' && (!latest || latest.state === 'returned');
  const mayReview = canReview && latest?.state === 'submitted';
  return (
    <Modal opened onClose={onClose} title={t('progress.title', { milestone: milestone.title })} size="lg" data-testid="progress-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <Stack>
        <Text size="sm">{t('progress.intro', { amount: format.shekels(milestone.amountAgorot) })}</Text>
        <ErrorAlert error={reports.error} />
        {!reports.data && !reports.error && <PageLoader />}
        {reports.data && items.length === 0 && <Text size="sm">{t('progress.none')}</Text>}
        {mayReview && latest && <ReviewForm report={latest} />}
        {mayReport && <ReportForm milestone={milestone} />}
        {items.length > 0 && <Divider label={t('progress.history')} />}
        {items.map((r) => (
          <Version key={r.id} r={r} amountAgorot={milestone.amountAgorot} />
        ))}
      </Stack>
    </Modal>
  );
}
