import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useClusters } from '../../../api/get-clusters';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCan } from '../../../lib/auth/get-me';
import { ClustersTable } from '../components/clusters-table';
import { CreateClusterForm } from '../components/create-cluster-form';

export function ClustersPage() {
  const { t } = useTranslation('clusters');
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  const clusters = useClusters();
  const can = useCan();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text mt="xs">{t('intro')}</Text>
      </div>
      {clusters.error ? <ErrorAlert error={clusters.error} /> : clusters.data ? <ClustersTable clusters={clusters.data.items} /> : <PageLoader />}
      {can('clusters.manage') && <CreateClusterForm />}
    </Stack>
  );
}
