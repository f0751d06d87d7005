import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useCan, useMe } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { useClusterCompliance } from '../api/compliance';
import { CalendarFeed } from './calendar-feed';
import { ObligationsList, StatusBadge } from './obligations';

/** The cluster page's obligations, for the national readers and the cluster's own staff: its light and each obligation. */
export function ComplianceSection({ slug }: { slug: string }) {
  const { t } = useTranslation('compliance');
  const format = useFormat();
  const can = useCan();
  const user = useMe().data?.user ?? null;
  const readable = can('compliance.readOverview') || (user?.role === 'cluster_staff' && user.clusterSlug === slug);
  const view = useClusterCompliance(slug, readable);
  if (!readable) return null;
  return (
    <Section id="compliance-title" title={t('section.title')}>
      <ErrorAlert error={view.error} />
      {view.data && (
        <>
          <Text size="sm" mb="sm">
            {t('section.intro', { date: format.date(view.data.asOf) })} <StatusBadge status={view.data.cluster.status} />
          </Text>
          <ObligationsList obligations={view.data.cluster.obligations} />
          {user?.role === 'cluster_staff' && <CalendarFeed slug={slug} />}
        </>
      )}
    </Section>
  );
}
