import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import type { Submission } from '@eshkol/contracts/reviews';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

/** The request as submitted: who, when, how much, for which study version, and the cover letter. */
export function SubmissionFacts({ submission, clusterName }: { submission: Submission; clusterName: string }) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const { package: pkg } = submission;
  // A void study (frozen before every figure had its range) has no figure to show.
  const money = (shekels: number | undefined) => (shekels === undefined ? format.unknown : format.shekels(Math.round(shekels * 100)));
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} data-testid="submission-facts">
        <Figure label={t('fields.cluster')}>
          <Anchor component={Link} to={`/clusters/${submission.clusterSlug}`}>
            {clusterName}
          </Anchor>
        </Figure>
        <Figure label={t('fields.kind')}>{t(`kinds.${submission.serviceKind}`)}</Figure>
        <Figure label={t('fields.submittedAt')} note={t('fields.by', { name: submission.submittedBy })}>
          {format.dateTime(submission.submittedAt)}
        </Figure>
        <Figure label={t('fields.requestedGrant')} testId="requested-grant">
          {format.shekels(submission.requestedGrantAgorot)}
        </Figure>
        <Figure label={t('fields.studyVersion')}>{t('package.version', { version: pkg.study.version })}</Figure>
        <Figure label={t('fields.participants')}>{format.number(pkg.participants.filter((p) => p.status === 'joined').length)}</Figure>
        <Figure label={t('fields.total')}>{money(pkg.study.result?.total)}</Figure>
        <Figure label={t('fields.saving')}>{money(pkg.study.result?.saving)}</Figure>
      </SimpleGrid>
      <Text fw={600} mt="md" size="sm">
        {t('fields.cover')}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="cover-letter">
        {pkg.cover || t('package.noCover')}
      </Text>
    </Paper>
  );
}
