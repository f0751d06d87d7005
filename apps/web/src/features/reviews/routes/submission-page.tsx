import { Alert, Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClusters } from '../../../api/get-clusters';
import { AccessGate } from '../../../components/access-gate';
import { ResultsSummary } from '../../../components/cost-sharing/results-summary';
import { SharesTable } from '../../../components/cost-sharing/shares-table';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCan } from '../../../lib/auth/get-me';
import { useNames } from '../../../lib/names';
import { useSubmission } from '../api/get-submission';
import { DecisionForm } from '../components/decision-form';
import { DecisionHistory } from '../components/decision-history';
import { OtherSubmissions } from '../components/other-submissions';
import { PackageParticipants } from '../components/package-participants';
import { ServiceStateBadge } from '../components/review-badges';
import { Section } from '../../../components/section';
import { SubmissionFacts } from '../components/submission-facts';

function SubmissionReview({ id }: { id: number }) {
  const { t } = useTranslation(['reviews', 'cost-model']);
  const names = useNames();
  const can = useCan();
  const submission = useSubmission(id);
  const clusters = useClusters();
  const s = submission.data;
  useDocumentTitle(`${s ? s.serviceNameHe : t('submission.title')} · ${t('app.name')}`);
  if (submission.error) {
    return (
      <Stack>
        <Title order={1}>{t('submission.title')}</Title>
        <ErrorAlert error={submission.error} />
      </Stack>
    );
  }
  if (!s) return <PageLoader />;

  const cluster = clusters.data?.items.find((c) => c.slug === s.clusterSlug);
  const clusterName = cluster ? names.cluster(cluster) : s.clusterSlug;
  const participantNames = new Map(s.package.participants.map((p) => [p.authorityId, names.authority(p)]));
  const nameOf = (authorityId: string) => participantNames.get(authorityId) ?? authorityId;
  const study = s.package.study;

  return (
    <Stack gap="xl">
      <div>
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs mb="xs">
            {can('reviews.readAgenda') ? (
              <Anchor component={Link} to="/committee">
                {t('committee.title')}
              </Anchor>
            ) : (
              <Anchor component={Link} to={`/services/${s.serviceId}`}>
                {s.serviceNameHe}
              </Anchor>
            )}
            <Text span>{t('submission.crumb', { id: s.id })}</Text>
          </Breadcrumbs>
        </nav>
        <Group gap="sm">
          <Title order={1}>{t('submission.heading', { service: s.serviceNameHe })}</Title>
          <ServiceStateBadge state={s.serviceState} />
        </Group>
        <Group gap="md" mt="xs">
          <Text size="sm">{s.pending ? t('submission.pending') : t('submission.decided')}</Text>
          <Anchor component={Link} to={`/services/${s.serviceId}`} size="sm">
            {t('submission.servicePage')}
          </Anchor>
        </Group>
      </div>
      <Section id="request-title" title={t('submission.request')}>
        <SubmissionFacts submission={s} clusterName={clusterName} />
      </Section>
      <Section id="study-title" title={t('submission.study', { version: study.version })}>
        {study.input && study.result ? (
          <Stack>
            <Text size="sm">
              {t('submission.studyFrozen', { method: t(`cost-model:methods.${study.input.proposedMethod}`) })}
            </Text>
            <ResultsSummary result={study.result} nameOf={nameOf} />
            <SharesTable result={study.result} nameOf={nameOf} />
            {study.input.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600}>
                  {t('submission.studyNotes')}:{' '}
                </Text>
                {study.input.notes}
              </Text>
            )}
          </Stack>
        ) : (
          <Alert color="#8f3f00" variant="outline" title={t('submission.studyVoidTitle')} data-testid="package-study-void">
            {t('submission.studyVoid')}
          </Alert>
        )}
      </Section>
      <Section id="participants-title" title={t('submission.participants')}>
        <PackageParticipants participants={s.package.participants} />
      </Section>
      <Section id="history-title" title={t('submission.history')}>
        <DecisionHistory submissionId={s.id} decisions={s.decisions} canMarkMet={s.actions.includes('mark_condition_met')} />
      </Section>
      <Section id="others-title" title={t('submission.others')}>
        <OtherSubmissions serviceId={s.serviceId} currentId={s.id} />
      </Section>
      {s.actions.includes('decide') && <DecisionForm submission={s} />}
    </Stack>
  );
}

export function SubmissionPage() {
  const id = Number(useParams().id);
  return (
    <AccessGate>
      <SubmissionReview id={id} />
    </AccessGate>
  );
}
