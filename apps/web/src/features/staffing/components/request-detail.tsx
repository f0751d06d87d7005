import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { StaffingRequest } from '@eshkol/contracts/staffing';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCluster } from '../../../api/get-cluster';
import { ErrorAlert } from '../../../components/error-alert';
import { Figure } from '../../../components/figure';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useClusterStaffing } from '../api/get-cluster-staffing';
import { RequestVersions } from './request-versions';
import { useRequestTitle } from './requests-list';
import { ReviewForm } from './review-form';
import { RequestStateBadge, PositionStateBadge } from './staffing-words';

/** `focusOnOpen`: the reader opened it from the list, so the focus moves to it (not when the page opens on it). */
type Props = { requestId: number; clusterSlug: string; today: string; focusOnOpen: boolean; onClose: () => void };

/**
 * One request as its reviewer reads it: its cluster, the position as it stands now, every version
 * with its remarks, and — when the reader may review it — the decision. Read from the cluster's
 * establishment, which the regulator and the ministry read whole.
 */
export function RequestDetail({ requestId, clusterSlug, today, focusOnOpen, onClose }: Props) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const titleOf = useRequestTitle();
  const view = useClusterStaffing(clusterSlug);
  const cluster = useCluster(clusterSlug);
  const names = useNames();
  const [decided, setDecided] = useState<StaffingRequest['state'] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const request = view.data?.requests?.find((r) => r.id === requestId);
  // Opening a request moves the reader to it, as a link to a part of a page would.
  const found = request?.id;
  useEffect(() => {
    if (found !== undefined && focusOnOpen) heading.current?.focus();
  }, [found, focusOnOpen]);
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data) return <PageLoader />;
  const position = view.data.positions.find((p) => p.id === request?.positionId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="staffing-request-title" data-testid="staffing-request-detail">
      <Stack>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} size="h3" id="staffing-request-title" ref={heading} tabIndex={-1}>
              {request ? titleOf(request, position) : t('detail.notFound')}
            </Title>
            <Anchor component={Link} to={`/clusters/${clusterSlug}#staffing-title`} size="sm">
              {cluster.data ? names.cluster(cluster.data) : clusterSlug}
            </Anchor>
          </div>
          {request && <RequestStateBadge state={request.state} />}
        </Group>
        {request && position && request.kind !== 'open_position' && (
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('detail.position')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" data-testid="detail-position">
              <Figure label={t('terms.scope')}>{format.percent(position.scopePercent / 100)}</Figure>
              <Figure label={t('terms.funding')}>{t(`fundingSources.${position.funding}`)}</Figure>
              <Figure label={t('terms.gross')}>{position.grossAgorot === null ? t('hidden') : format.shekels(position.grossAgorot)}</Figure>
              <Figure label={t('positions.columns.filled')}>{t('positions.filled', { count: position.headcount, n: format.number(position.headcount), percent: format.percent(position.filledPercent / 100) })}</Figure>
              <Figure label={t('positions.columns.state')}>
                <PositionStateBadge state={position.state} />
              </Figure>
            </SimpleGrid>
          </div>
        )}
        {/* The versions are the detail's own part, beside its position (h3), never under it. */}
        {request && <RequestVersions request={request} headingOrder={3} />}
        {decided && (
          <Text role="status" c="teal.9" fw={500} data-testid="staffing-decided">
            {t('review.done', { outcome: t(`requestStates.${decided}`) })}
          </Text>
        )}
        {request?.actions.includes('review') && <ReviewForm request={request} today={today} onDecided={setDecided} />}
        {request && !request.actions.includes('review') && request.state === 'submitted' && <Text size="sm">{t('detail.readOnly')}</Text>}
        <Button variant="default" onClick={onClose} style={{ alignSelf: 'flex-start' }}>
          {t('detail.close')}
        </Button>
      </Stack>
    </Paper>
  );
}
