import { Anchor, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Position, StaffingRequest } from '@eshkol/contracts/staffing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { isolate } from '../../../lib/problems/problem-words';
import { RequestVersions } from './request-versions';
import { RequestStateBadge, usePositionName } from './staffing-words';

/** What a request is about: its kind and its position (a requested one by the name it asks for). */
export function useRequestTitle() {
  const { t } = useTranslation('staffing');
  const positionName = usePositionName();
  return (request: StaffingRequest, position: Position | undefined) => {
    const params = { kind: t(`requestKinds.${request.kind}`), position: position ? positionName(position) : t('flags.unlistedPosition') };
    const latest = request.versions[0]?.proposal;
    // A salary is told apart from another in the same position by its person.
    return latest?.kind === 'salary' ? t('requests.headingPerson', { ...params, person: isolate(latest.personName) }) : t('requests.heading', params);
  };
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
          <Versions request={r} />
          {r.actions.includes('resubmit') && (
            <Button variant="filled" mt="sm" onClick={() => onResubmit(r)} data-testid="staffing-resubmit">
              {t('requests.resubmit')}
            </Button>
          )}
          {r.actions.includes('review') && (
            <Anchor component={Link} to={`/staffing?request=${r.id}&cluster=${encodeURIComponent(r.clusterSlug)}`} size="sm" mt="sm" display="inline-block" data-testid="staffing-review-link">
              {t('requests.review')}
            </Anchor>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** An open request shows its versions; a decided one keeps them behind a button, so the open ones stand out. */
function Versions({ request }: { request: StaffingRequest }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const decided = request.state === 'approved' || request.state === 'rejected';
  const [shown, setShown] = useState(!decided);
  const id = `staffing-request-${request.id}-versions`;
  return (
    <>
      {decided && (
        <Button variant="subtle" size="compact-sm" mt={4} px={0} onClick={() => setShown((s) => !s)} aria-expanded={shown} aria-controls={id} data-testid="staffing-versions-toggle">
          {t(shown ? 'requests.hideVersions' : 'requests.showVersions', { count: request.versions.length, n: format.number(request.versions.length) })}
        </Button>
      )}
      <Collapse expanded={shown} id={id} mt="sm">
        <RequestVersions request={request} headingOrder={5} />
      </Collapse>
    </>
  );
}
