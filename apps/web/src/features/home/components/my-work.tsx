import { Anchor, Badge, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { WorkItem } from '@eshkol/contracts/work';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useMyWork } from '../api/get-my-work';

type Of<K extends WorkItem['kind']> = Extract<WorkItem, { kind: K }>;

/** The signed-in reader's own work, first on the home page: each item worded and linked to where it is done. */
export function MyWork() {
  const { t } = useTranslation(['home', 'cost-model']);
  const format = useFormat();
  const names = useNames();
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
  const budget = of('budget')[0];
  const payments = of('payments')[0];
  const steering = of('steering')[0];
  const meetings = of('meeting');
  const decisions = of('decisions')[0];

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
        {items.filter((i) => i.kind !== 'newService').length === 0 && <Text>{newService ? t('work.firstService') : t('work.nothing')}</Text>}
        {meetings.length > 0 && (
          <WorkList title={t('work.meetingsTitle')} testId="work-meetings">
            {meetings.map((m) => (
              <List.Item key={m.meetingId}>
                <Anchor component={Link} to={`/meetings/${m.meetingId}`}>
                  {t('work.meeting', { body: names.authority(m.body), when: format.israelDateTime(m.startsAt) })}
                </Anchor>
                {m.answer && (
                  <Text span size="sm" c="orange.9" fw={500}>
                    {' — '}
                    {t('work.meetingAnswer')}
                  </Text>
                )}
              </List.Item>
            ))}
          </WorkList>
        )}
        {decisions && (
          <Group justify="space-between" data-testid="work-decisions">
            <Text>
              {t('work.decisions', { count: decisions.open, n: format.number(decisions.open) })}
              {decisions.overdue > 0 && ` ${t('work.decisionsOverdue', { count: decisions.overdue, n: format.number(decisions.overdue) })}`}
            </Text>
            <Button component={Link} to={`/clusters/${decisions.clusterSlug}/decisions`} variant="outline">
              {t('work.openRegister')}
            </Button>
          </Group>
        )}
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
        {budget && <BudgetState item={budget} />}
        {steering && (
          <Group justify="space-between" data-testid="work-steering" data-met={steering.metThisYear}>
            <Stack gap={2}>
              <Text fw={500}>
                {steering.metThisYear
                  ? t('work.steeringMet', { when: format.israelDate(steering.lastMetAt) })
                  : steering.lastMetAt
                    ? t('work.steeringNotMetSince', { when: format.israelDate(steering.lastMetAt) })
                    : t('work.steeringNeverMet')}
              </Text>
              <Text size="sm">
                {steering.nextMeeting ? t('work.steeringNext', { when: format.israelDateTime(steering.nextMeeting.startsAt) }) : t('work.steeringNoNext')}
                {' · '}
                {t('work.steeringDecisions', { count: steering.openDecisions, n: format.number(steering.openDecisions) })}
                {steering.overdueDecisions > 0 && ` ${t('work.decisionsOverdue', { count: steering.overdueDecisions, n: format.number(steering.overdueDecisions) })}`}
              </Text>
            </Stack>
            <Button component={Link} to={`/bodies/${steering.bodyId}`} variant="outline">
              {t('work.openSteering')}
            </Button>
          </Group>
        )}
        {payments && (
          <Group justify="space-between" data-testid="work-payments">
            <Text>
              {payments.pending === 0
                ? t('work.paymentsNone')
                : t('work.payments', { count: payments.pending, n: format.number(payments.pending), amount: format.shekels(payments.amountAgorot) })}
            </Text>
            {payments.pending > 0 && (
              <Button component={Link} to="/budget" variant="outline">
                {payments.decides ? t('work.approvePayments') : t('work.openBudget')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The programme running today: what of its total is paid, committed to projects and allocated to clusters, as a bar and in words. */
function BudgetState({ item }: { item: Of<'budget'> }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  const p = item.programme;
  if (!p)
    return (
      <Group justify="space-between" data-testid="work-budget">
        <Text>{t('work.noProgramme')}</Text>
        {item.manages && (
          <Button component={Link} to="/budget" variant="outline">
            {t('work.createProgramme')}
          </Button>
        )}
      </Group>
    );
  const part = (agorot: number) => (p.totalAgorot > 0 ? (100 * agorot) / p.totalAgorot : 0);
  const committedUnpaid = Math.max(0, p.committedAgorot - p.paidAgorot);
  const allocatedUncommitted = Math.max(0, p.allocatedAgorot - p.committedAgorot);
  return (
    <Stack gap={6} data-testid="work-budget">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('work.budgetTitle', { name: p.name, until: format.date(p.endsOn) })}
        </Title>
        <Anchor component={Link} to="/budget">
          {t('work.openBudget')}
        </Anchor>
      </Group>
      <Progress.Root size="lg" aria-hidden>
        <Progress.Section value={part(p.paidAgorot)} color="teal.8" />
        <Progress.Section value={part(committedUnpaid)} color="blue.7" />
        <Progress.Section value={part(allocatedUncommitted)} color="gray.5" />
      </Progress.Root>
      <Text size="sm">
        {t('work.budget', {
          total: format.shekels(p.totalAgorot),
          allocated: format.shekels(p.allocatedAgorot),
          committed: format.shekels(p.committedAgorot),
          paid: format.shekels(p.paidAgorot),
        })}
      </Text>
    </Stack>
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
