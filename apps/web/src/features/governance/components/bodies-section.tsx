import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { Section } from '../../../components/section';
import { useNames } from '../../../lib/names';
import { ErrorAlert } from '../../../components/error-alert';
import { useClusterSettings, useSetBoardApproval } from '../api/cluster-settings';
import { BodiesList } from './bodies-list';

/** The cluster page's bodies: its board, heads' forum and professional forums. */
export function BodiesSection({ slug }: { slug: string }) {
  const { t } = useTranslation('governance');
  const names = useNames();
  const cluster = useCluster(slug).data;
  return (
    <Section id="bodies-title" title={t('bodies.title')}>
      <Text size="sm" mb="sm">
        {t('bodies.explain')}
      </Text>
      <BodiesList clusterSlug={slug} caption={t('bodies.caption', { cluster: cluster ? names.cluster(cluster) : '' })} />
      <BoardApproval slug={slug} />
    </Section>
  );
}

/** Whether a submission to the professional committee needs the board's approving decision first: a switch for the cluster's staff, a sentence for others. */
function BoardApproval({ slug }: { slug: string }) {
  const { t } = useTranslation('governance');
  const settings = useClusterSettings(slug);
  const set = useSetBoardApproval(slug);
  if (!settings.data) return null;
  const required = settings.data.boardApprovalRequired;
  if (!settings.data.actions.includes('manage')) return required ? <Text mt="sm">{t('settings.required')}</Text> : null;
  return (
    <>
      <Switch
        mt="md"
        label={t('settings.boardApproval')}
        description={t('settings.boardApprovalHint')}
        checked={required}
        disabled={set.isPending}
        onChange={(e) => set.mutate(e.currentTarget.checked)}
        data-testid="board-approval-required"
      />
      <ErrorAlert error={set.error} title={t('settings.failed')} />
    </>
  );
}
