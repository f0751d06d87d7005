import { Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import type { Decision } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useCluster } from '../../../api/get-cluster';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { decisionsWorkbookPath, useDecisions } from '../api/decisions';
import { useScopeBodies } from '../api/get-meeting-bodies';
import { DecisionsTable } from '../components/decisions-table';
import { FollowUpModal } from '../components/follow-up-modal';
import { MeetingCrumbs } from '../components/meeting-crumbs';
import { RegisterFiltersBar } from '../components/register-filters';
import { nameIn } from '../model/body-words';
import { filtersOf, paramsOf, registerQuery, type RegisterFilters } from '../model/register-query';

/**
 * A decision register: a cluster's (its bodies' decisions) or the programme's (its committees'),
 * with filters kept in the address, an Excel download of what is shown, and the follow-up for
 * those who manage the decision's body (as the server says of each body).
 */
function Register({ clusterSlug, title, crumbs }: { clusterSlug: string | null; title: string; crumbs: { to: string; label: string }[] }) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [q] = useDebouncedValue(filters.q, 300);
  const query = registerQuery(clusterSlug ?? 'programme', { ...filters, q });
  const decisions = useDecisions(query);
  const bodies = useScopeBodies(clusterSlug);
  const [following, setFollowing] = useState<Decision | null>(null);
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const change = (next: RegisterFilters) => setParams(paramsOf(next), { replace: true });
  const items = decisions.data?.items ?? [];
  return (
    <Stack gap="lg">
      <div>
        <MeetingCrumbs trail={crumbs} current={t('register.crumb')} />
        <Group justify="space-between" align="flex-end">
          <Title order={1}>{title}</Title>
          <DownloadButton href={decisionsWorkbookPath(query)} label={t('register.export')} testId="register-export" />
        </Group>
        <Text size="sm" mt="xs">
          {t('register.intro')}
        </Text>
      </div>
      <RegisterFiltersBar filters={filters} bodies={(bodies.data?.items ?? []).map((b) => ({ value: String(b.id), label: nameIn(b, i18n.language) }))} onChange={change} />
      <ErrorAlert error={decisions.error ?? bodies.error} />
      {!decisions.data ? (
        !decisions.error && <PageLoader />
      ) : (
        <>
          <Text size="sm" role="status" data-testid="register-count">
            {t('register.count', { count: items.length, n: format.number(items.length) })}
          </Text>
          {items.length > 0 && <DecisionsTable decisions={items} onFollowUp={setFollowing} />}
        </>
      )}
      {following && <FollowUpModal decision={following} onClose={() => setFollowing(null)} />}
    </Stack>
  );
}

/** /clusters/:slug/decisions — the cluster's decision register. */
export function ClusterDecisionsPage() {
  const { t } = useTranslation('meetings');
  const names = useNames();
  const slug = useParams().slug ?? '';
  const cluster = useCluster(slug);
  if (cluster.error) return <ErrorAlert error={cluster.error} />;
  if (!cluster.data) return <PageLoader />;
  const name = names.cluster(cluster.data);
  return (
    <Register
      key={slug}
      clusterSlug={slug}
      title={t('register.clusterTitle', { cluster: name })}
      crumbs={[
        { to: '/clusters', label: t('nav.clusters') },
        { to: `/clusters/${slug}`, label: name },
      ]}
    />
  );
}

/** /governance/decisions — the programme's register: the steering committee's and the professional committee's decisions. */
export function ProgrammeDecisionsPage() {
  const { t } = useTranslation('meetings');
  return <Register clusterSlug={null} title={t('register.programmeTitle')} crumbs={[{ to: '/', label: t('nav.home') }]} />;
}
