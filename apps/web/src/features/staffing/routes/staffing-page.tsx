import { Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { StaffingQueue } from '@eshkol/contracts/staffing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AccessGate } from '../../../components/access-gate';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useStaffingQueue } from '../api/get-staffing-queue';
import { RequestDetail } from '../components/request-detail';
import { usePositionName } from '../components/staffing-words';

type Item = StaffingQueue['items'][number];

/** /staffing — the requests of the clusters' staff waiting for the regulator, the oldest first; one opened with its versions and, for the regulator, the decision. */
export function StaffingPage() {
  return (
    <AccessGate need="staffing.readQueue">
      <Queue />
    </AccessGate>
  );
}

function AgeBadge({ days }: { days: number }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  return (
    <Badge variant="filled" color={days > 30 ? 'red.9' : 'gray.8'} tt="none" style={{ flexShrink: 0 }}>
      {t('queue.age', { count: days, n: format.number(days) })}
    </Badge>
  );
}

function Queue() {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const names = useNames();
  const queue = useStaffingQueue();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(`${t('page.title')} · ${t('app.name')}`);
  const items = queue.data?.items ?? [];
  const clusterOf = (i: Pick<Item, 'clusterSlug' | 'clusterNameHe' | 'clusterNameEn'>) => names.cluster({ slug: i.clusterSlug, nameHe: i.clusterNameHe, nameEn: i.clusterNameEn });
  const positionName = usePositionName();
  const positionOf = (i: Item) => positionName({ kind: i.positionKind, title: i.positionTitle });
  const [focusOpened, setFocusOpened] = useState(false);
  const openId = Number(params.get('request'));
  const openSlug = params.get('cluster') ?? '';
  const opened = Number.isInteger(openId) && openId > 0 && openSlug !== '' ? { id: openId, slug: openSlug } : null;
  const open = (i: Item) => {
    setFocusOpened(true);
    setParams({ request: String(i.id), cluster: i.clusterSlug });
  };
  const openButton = (i: Item) => (
    <Button
      size="xs"
      variant={opened?.id === i.id ? 'filled' : 'default'}
      onClick={() => open(i)}
      aria-label={t('queue.openFor', { kind: t(`requestKinds.${i.kind}`), position: positionOf(i), cluster: clusterOf(i) })}
      aria-pressed={opened?.id === i.id}
      data-testid="staffing-open"
    >
      {t('queue.open')}
    </Button>
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('page.title')}</Title>
        <Text size="sm" mt="xs">
          {t('page.intro')}
        </Text>
      </div>
      <ErrorAlert error={queue.error} />
      {!queue.data ? (
        !queue.error && <PageLoader />
      ) : (
        <>
          <Text size="sm" role="status">
            {t('page.asOf', { date: format.date(queue.data.asOf), count: items.length, n: format.number(items.length) })}
          </Text>
          {items.length > 0 && (
            <>
              <Box visibleFrom="md">
                <Table withTableBorder striped data-testid="staffing-queue">
                  <Table.Caption>{t('queue.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('queue.columns.age')}</Table.Th>
                      <Table.Th>{t('queue.columns.cluster')}</Table.Th>
                      <Table.Th>{t('queue.columns.kind')}</Table.Th>
                      <Table.Th>{t('queue.columns.position')}</Table.Th>
                      <Table.Th>{t('queue.columns.submitted')}</Table.Th>
                      <Table.Th>{t('common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((i) => (
                      <Table.Tr key={i.id} data-request={i.id} data-cluster={i.clusterSlug}>
                        <Table.Td>
                          <AgeBadge days={i.ageDays} />
                        </Table.Td>
                        <Table.Th scope="row" fw={500}>
                          <Anchor component={Link} to={`/clusters/${i.clusterSlug}#staffing-title`}>
                            {clusterOf(i)}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>{t(`requestKinds.${i.kind}`)}</Table.Td>
                        <Table.Td>{positionOf(i)}</Table.Td>
                        <Table.Td>{t('queue.submitted', { date: format.dateTime(i.waitingSince), version: format.number(i.version) })}</Table.Td>
                        <Table.Td>{openButton(i)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Box>
              <Stack hiddenFrom="md" gap="sm" data-testid="staffing-queue-cards">
                {items.map((i) => (
                  <Paper key={i.id} withBorder p="sm" component="article" aria-label={`${t(`requestKinds.${i.kind}`)}: ${positionOf(i)}`} data-request={i.id}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Text fw={700}>
                        {t(`requestKinds.${i.kind}`)}: {positionOf(i)}
                      </Text>
                      <AgeBadge days={i.ageDays} />
                    </Group>
                    <Anchor component={Link} to={`/clusters/${i.clusterSlug}#staffing-title`} size="sm">
                      {clusterOf(i)}
                    </Anchor>
                    <Text size="xs">{t('queue.submitted', { date: format.dateTime(i.waitingSince), version: format.number(i.version) })}</Text>
                    <Group mt="xs">{openButton(i)}</Group>
                  </Paper>
                ))}
              </Stack>
            </>
          )}
          {opened && (
            <RequestDetail
              key={opened.id}
              requestId={opened.id}
              clusterSlug={opened.slug}
              today={queue.data.asOf}
              focusOnOpen={focusOpened}
              onClose={() => setParams({})}
            />
          )}
        </>
      )}
    </Stack>
  );
}
