import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCluster } from '../../../api/get-cluster';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { ApiError } from '../../../lib/api-client';
import { useNames } from '../../../lib/names';
import { serviceMatrixPath, useServiceMatrix } from '../api/get-service-matrix';
import { useServices } from '../api/get-services';
import { CreateServiceModal } from '../components/create-service-modal';
import { ServiceMatrix } from '../components/service-matrix';
import { ServicesTable } from '../components/services-table';

/** /clusters/:slug/services — the cluster's shared services, who takes part in what, and a new service for its staff. */
export function ServicesPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('services');
  const names = useNames();
  const cluster = useCluster(slug);
  const services = useServices(slug);
  const matrix = useServiceMatrix(slug);
  const [params, setParams] = useSearchParams();
  const clusterName = cluster.data ? names.cluster(cluster.data) : t('common.loading');
  useDocumentTitle(`${t('pageTitle', { cluster: clusterName })} · ${t('app.name')}`);

  if (cluster.error) return <ErrorAlert error={cluster.error} />;
  if (!cluster.data) return <PageLoader />;
  const staff = cluster.data.actions.includes('manage_services');
  const items = services.data?.items ?? [];
  // The matrix is for signed-in users; others see the list only.
  const hideMatrix = matrix.error instanceof ApiError && [401, 403].includes(matrix.error.status);

  return (
    <Stack gap="xl">
      <div>
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs mb="xs">
            <Anchor component={Link} to="/clusters">
              {t('nav.clusters')}
            </Anchor>
            <Anchor component={Link} to={`/clusters/${slug}`}>
              {clusterName}
            </Anchor>
            <Text span>{t('title')}</Text>
          </Breadcrumbs>
        </nav>
        <Group justify="space-between" align="flex-end">
          <Title order={1}>{t('pageTitle', { cluster: clusterName })}</Title>
          {staff && (
            <Button onClick={() => setParams({ new: '1' })} data-testid="new-service">
              {t('create.open')}
            </Button>
          )}
        </Group>
        <Text mt="xs">{t('intro')}</Text>
      </div>

      <section aria-labelledby="services-list-title">
        <Title order={2} size="h3" id="services-list-title" mb="sm">
          {services.data ? t('sectionTitle', { n: items.length }) : t('title')}
        </Title>
        {services.error ? (
          <ErrorAlert error={services.error} />
        ) : !services.data ? (
          <PageLoader />
        ) : items.length === 0 ? (
          <Text>{staff ? t('emptyForStaff') : t('empty')}</Text>
        ) : (
          <ServicesTable services={items} caption={t('caption', { cluster: clusterName })} />
        )}
      </section>

      {!hideMatrix && (
        <section aria-labelledby="service-matrix-title" data-testid="service-matrix-section">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="service-matrix-title">
              {t('matrix.title')}
            </Title>
            {matrix.data && matrix.data.services.length > 0 && (
              <DownloadButton href={`${serviceMatrixPath(slug)}.xlsx`} label={t('matrix.export')} testId="export-service-matrix" />
            )}
          </Group>
          <Text size="sm" mb="sm">
            {t('matrix.intro')}
          </Text>
          {matrix.error ? (
            <ErrorAlert error={matrix.error} />
          ) : !matrix.data ? (
            <PageLoader />
          ) : matrix.data.services.length === 0 || matrix.data.rows.length === 0 ? (
            <Text>{t('matrix.empty')}</Text>
          ) : (
            <ServiceMatrix matrix={matrix.data} caption={t('matrix.caption', { cluster: clusterName })} />
          )}
        </section>
      )}

      {staff && <CreateServiceModal cluster={cluster.data} opened={params.get('new') === '1'} onClose={() => setParams({}, { replace: true })} />}
    </Stack>
  );
}
