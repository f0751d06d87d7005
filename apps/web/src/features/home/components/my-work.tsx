import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkItem } from '@eshkol/contracts/work';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useMyWork } from '../api/get-my-work';

type Of<K extends WorkItem['kind']> = Extract<WorkItem, { kind: K }>;

/** The signed-in reader's own work, first on the home page: each item worded and linked to where it is done. */
export function MyWork() {
  const { t } = useTranslation(['home', 'cost-model']);
  const format = useFormat();
  const work = useMyWork(true);
  if (work.error) return <ErrorAlert error={work.error} />;
  if (!work.data) return <PageLoader />;
  const items = work.data.items;
  const of = <K extends WorkItem['kind']>(kind: K) => items.filter((i): i is Of<K> => i.kind === kind);
  const newService = of('newService')[0];
  const services = of('service');
  const answers = of('answer');
  const shares = of('share');
  const queue = of('queue')[0];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-work-title" data-testid="my-work">
      <Stack>
        <Group justify="space-between">
          <Title order={2} id="my-work-title">
            {t('work.title')}
          </Title>
          {newService && (
            <Button component={Link} to={`/clusters/${newService.clusterSlug}/services?new=1`} data-testid="work-new-service">
              {t('work.newService')}
            </Button>
          )}
        </Group>
        {items.filter((i) => i.kind !== 'newService').length === 0 && <Text>{t('work.nothing')}</Text>}
        {answers.length > 0 && (
          <WorkList title={t('work.answersTitle')} testId="work-answers">
            {answers.map((a) => (
              <List.Item key={a.serviceId}>
                <Anchor component={Link} to={`/services/${a.serviceId}`}>
                  {a.name}
                </Anchor>
                {' — '}
                {t('work.answer')}
              </List.Item>
            ))}
          </WorkList>
        )}
        {services.length > 0 && (
          <WorkList title={t('work.servicesTitle')} testId="work-services">
            {services.map((s) => (
              <List.Item key={s.serviceId} data-waits-for={s.waitsFor}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/services/${s.serviceId}`}>
                    {s.name}
                  </Anchor>
                  <Badge variant="outline" color="gray.8">
                    {t(`work.state.${s.state}`)}
                  </Badge>
                  <Text span size="sm">
                    {t(`work.waitsFor.${s.waitsFor}`, { count: s.pendingAnswers, n: format.number(s.pendingAnswers) })}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </WorkList>
        )}
        {shares.length > 0 && (
          <WorkList title={t('work.sharesTitle')} testId="work-shares">
            {shares.map((s) => (
              <List.Item key={s.serviceId}>
                <Anchor component={Link} to={`/services/${s.serviceId}`}>
                  {s.name}
                </Anchor>
                {': '}
                {t(s.savingAgorot >= 0 ? 'work.share' : 'work.shareLoss', {
                  share: format.shekels(s.shareAgorot),
                  saving: format.shekels(Math.abs(s.savingAgorot)),
                  percent: s.savingPercent === null ? format.unknown : format.percent(Math.abs(s.savingPercent) / 100),
                  method: t(`cost-model:methods.${s.method}`),
                })}
              </List.Item>
            ))}
          </WorkList>
        )}
        {queue && (
          <Group justify="space-between" data-testid="work-queue">
            <Text>{t('work.queue', { count: queue.pending, n: format.number(queue.pending) })}</Text>
            <Button component={Link} to="/committee" variant="outline">
              {queue.decides ? t('work.decide') : t('work.openQueue')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function WorkList({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List spacing={4}>{children}</List>
    </Stack>
  );
}
