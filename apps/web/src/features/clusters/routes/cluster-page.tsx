import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuthorities } from '../../../api/get-authorities';
import { clusterPath, useCluster } from '../../../api/get-cluster';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useNames } from '../../../lib/names';
import { AddMemberForm } from '../components/add-member-form';
import { ClusterFacts } from '../components/cluster-facts';
import { Discrepancies } from '../components/discrepancies';
import { EditClusterForm } from '../components/edit-cluster-form';
import { EndMembershipModal } from '../components/end-membership-modal';
import { MembersTable } from '../components/members-table';
import { MembershipHistory } from '../components/membership-history';
import { MixCharts } from '../components/mix-charts';
import { Section } from '../../../components/section';

type Props = { slug: string; participation?: ReactNode; services?: ReactNode };

export function ClusterPage({ slug, participation, services }: Props) {
  const { t } = useTranslation('clusters');
  const names = useNames();
  const cluster = useCluster(slug);
  const authorities = useAuthorities();
  const [ending, setEnding] = useState<{ id: string; name: string } | null>(null);
  const title = cluster.data ? names.cluster(cluster.data) : t('cluster.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);

  const nameById = new Map((authorities.data?.items ?? []).map((a) => [a.id, names.authority(a)]));

  if (cluster.error) return <ErrorAlert error={cluster.error} />;
  if (!cluster.data) return <PageLoader />;
  const c = cluster.data;
  const admin = c.actions.includes('manage');

  return (
    <Stack gap="xl">
      <div>
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs mb="xs">
            <Anchor component={Link} to="/clusters">
              {t('title')}
            </Anchor>
            <Text span>{title}</Text>
          </Breadcrumbs>
        </nav>
        <Title order={1}>{title}</Title>
      </div>
      <ClusterFacts cluster={c} />
      <Discrepancies items={c.discrepancies} />
      <Section
        id="members-title"
        title={t('cluster.membersTitle', { n: c.members.length })}
        actions={<DownloadButton href={`${clusterPath(c.slug)}/members.xlsx`} label={t('cluster.exportMembers')} testId="export-members" />}
      >
        {c.members.length === 0 ? (
          <Text>{t('cluster.noMembers')}</Text>
        ) : (
          <MembersTable members={c.members} onEnd={admin ? (m) => setEnding({ id: m.id, name: names.authority(m) }) : undefined} />
        )}
      </Section>
      {c.members.length > 0 && (
        <Section id="mix-title" title={t('cluster.mixTitle')}>
          <MixCharts cluster={c} />
        </Section>
      )}
      {participation}
      {services}
      <Section id="history-title" title={t('cluster.historyTitle')}>
        <Text size="sm" mb="sm">
          {t('cluster.historyIntro')}
        </Text>
        <MembershipHistory history={c.history} nameOf={(id) => nameById.get(id) ?? id} />
      </Section>
      {admin && (
        <Section id="admin-title" title={t('clusterAdmin.title')}>
          <Stack>
            <EditClusterForm cluster={c} />
            <AddMemberForm cluster={c} />
          </Stack>
        </Section>
      )}
      <EndMembershipModal slug={c.slug} member={ending} onClose={() => setEnding(null)} />
    </Stack>
  );
}
