import { Anchor, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCluster } from '../../../api/get-cluster';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { ApiError } from '../../../lib/api-client';
import { useNames } from '../../../lib/names';
import { useServices } from '../api/get-services';
import { ServicesTable } from './services-table';

/** The cluster page's list of shared services, with a link to the full page and its matrix. */
export function ServicesSection({ slug }: { slug: string }) {
  const { t } = useTranslation('services');
  const names = useNames();
  const cluster = useCluster(slug).data;
  const services = useServices(slug);
  // Those not allowed to see the services get no section rather than an error.
  if (services.error instanceof ApiError && [401, 403].includes(services.error.status)) return null;
  const items = services.data?.items ?? [];

  return (
    <section aria-labelledby="services-title" data-testid="services-section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="services-title">
          {services.data ? t('sectionTitle', { n: items.length }) : t('title')}
        </Title>
        <Anchor component={Link} to={`/clusters/${slug}/services`} data-testid="services-page-link">
          {t('allServicesLink')}
        </Anchor>
      </Group>
      {services.error ? (
        <ErrorAlert error={services.error} />
      ) : !services.data ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        <ServicesTable services={items} caption={t('caption', { cluster: cluster ? names.cluster(cluster) : slug })} />
      )}
    </section>
  );
}
