import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useNames } from '../../../lib/names';
import { participationPath, useParticipation } from '../api/get-participation';
import { ParticipationMatrix } from './participation-matrix';

/** The cluster's participation matrix, for its staff, national roles and its members' representatives. */
export function ParticipationSection({ slug }: { slug: string }) {
  const { t } = useTranslation('participation');
  const names = useNames();
  const cluster = useCluster(slug).data;
  const allowed = !!cluster?.actions.includes('read_participation');
  const matrix = useParticipation(slug, allowed);
  if (!allowed || !cluster) return null;

  return (
    <section aria-labelledby="participation-title" data-testid="participation-section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="participation-title">
          {t('title')}
        </Title>
        <DownloadButton href={`${participationPath(slug)}.xlsx`} label={t('export')} testId="export-participation" />
      </Group>
      <Text size="sm" mb="sm">
        {t('intro')}
      </Text>
      {matrix.error ? (
        <ErrorAlert error={matrix.error} />
      ) : !matrix.data ? (
        <PageLoader />
      ) : matrix.data.rows.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <ParticipationMatrix matrix={matrix.data} caption={t('caption', { cluster: names.cluster(cluster) })} />
      )}
    </section>
  );
}
