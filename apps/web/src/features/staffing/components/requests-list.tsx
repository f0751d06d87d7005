import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Position, StaffingRequest } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { RequestVersions } from './request-versions';
import { RequestStateBadge, usePositionName } from './staffing-words';

/** What a request is about: its kind and its position (a requested one by the name it asks for). */
export function useRequestTitle() {
  const { t } = useTranslation('staffing');
  const positionName = usePositionName();
  return (request: StaffingRequest, position: Position | undefined) =>
    t('requests.heading', { kind: t(`requestKinds.${request.kind}`), position: position ? positionName(position) : t('flags.unlistedPosition') });
}

/** The cluster's requests to the regulator, the newest first, each with every version and remarks; a returned one offers its staff to resubmit. */
export function RequestsList({ requests, positions, onResubmit }: { requests: readonly StaffingRequest[]; positions: readonly Position[]; onResubmit: (r: StaffingRequest) => void }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const titleOf = useRequestTitle();
  if (requests.length === 0) return <Text size="sm">{t('requests.none')}</Text>;
  const byId = new Map(positions.map((p) => [p.id, p]));
  return (
    <Stack gap="sm" data-testid="staffing-requests">
      {requests.map((r) => (
        <Paper key={r.id} withBorder p="md" component="article" aria-labelledby={`staffing-request-${r.id}`} data-request={r.id} data-state={r.state}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div>
              <Title order={4} size="h5" id={`staffing-request-${r.id}`}>
                {titleOf(r, byId.get(r.positionId))}
              </Title>
              <Text size="xs">
                {r.state === 'submitted' ? t('requests.waiting', { date: format.dateTime(r.waitingSince) }) : t('requests.created', { date: format.dateTime(r.createdAt) })}
              </Text>
            </div>
            <RequestStateBadge state={r.state} />
          </Group>
          <Stack gap="xs" mt="sm">
            <RequestVersions request={r} headingOrder={5} />
            {r.actions.includes('resubmit') && (
              <Button variant="filled" onClick={() => onResubmit(r)} style={{ alignSelf: 'flex-start' }} data-testid="staffing-resubmit">
                {t('requests.resubmit')}
              </Button>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
