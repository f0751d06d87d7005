import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useFormat } from '../../../lib/format';
import { pickName } from '../../../lib/names';
import { useMeetingsOfBodies, usePutOnAgenda } from '../api/agenda';
import { useBodies } from '../api/get-bodies';
import { useServiceDecisions } from '../api/get-decisions';

/** A service's page: the decisions its cluster's bodies took about it, with the vote by authority and the follow-up. */
export function ServiceDecisions({ clusterSlug, serviceId, serviceName }: { clusterSlug: string; serviceId: number; serviceName: string }) {
  const { t, i18n } = useTranslation('governance');
  const format = useFormat();
  const decisions = useServiceDecisions(clusterSlug, serviceId);
  const bodies = useBodies(clusterSlug);
  const manage = bodies.data?.actions.includes('create') ?? false;
  if (decisions.error) return <ErrorAlert error={decisions.error} />;
  const items = decisions.data?.items ?? [];
  if (items.length === 0 && !manage) return null;
  return (
    <Section id="service-decisions-title" title={t('serviceDecisions.title')}>
      <Stack gap="sm" data-testid="service-decisions">
        {items.length === 0 && <Text size="sm">{t('serviceDecisions.none')}</Text>}
        {items.map((d) => (
          <Paper key={d.id} withBorder p="sm" data-outcome={d.outcome}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>
                {t('serviceDecisions.heading', { number: d.number, body: pickName(d.body, i18n.language), date: format.israelDate(d.meetingStartsAt) })}
              </Text>
              <Badge variant="outline" color={d.outcome === 'passed' ? 'teal.9' : 'red.9'}>
                {t(`serviceDecisions.outcome.${d.outcome}`)}
              </Badge>
            </Group>
            <Text size="sm" mt={4}>
              {d.text}
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('serviceDecisions.votes', { for: d.tally.counts.for, against: d.tally.counts.against, abstain: d.tally.counts.abstain })}
              {' · '}
              {t(`serviceDecisions.status.${d.status}`)}
              {d.overdue && ` · ${t('serviceDecisions.overdue')}`}
            </Text>
            <Anchor component={Link} to={`/meetings/${d.meetingId}`} size="sm">
              {t('serviceDecisions.openMeeting')}
            </Anchor>
          </Paper>
        ))}
        {manage && bodies.data && <PutOnAgenda bodies={bodies.data.items} serviceId={serviceId} serviceName={serviceName} />}
      </Stack>
    </Section>
  );
}

/** The cluster's staff put the service on a coming meeting of one of its bodies, as an item the body votes on. */
function PutOnAgenda({ bodies, serviceId, serviceName }: { bodies: readonly { id: number; nameHe: string; nameEn: string | null }[]; serviceId: number; serviceName: string }) {
  const { t, i18n } = useTranslation('governance');
  const format = useFormat();
  const meetings = useMeetingsOfBodies(bodies.map((b) => b.id));
  const put = usePutOnAgenda();
  const [chosen, setChosen] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const now = new Date().toISOString();
  const options = bodies.flatMap((b, i) =>
    (meetings[i]?.data?.items ?? [])
      .filter((m) => m.status === 'scheduled' && m.startsAt > now)
      .map((m) => ({ value: String(m.id), label: t('serviceDecisions.meetingOption', { body: pickName(b, i18n.language), when: format.israelDateTime(m.startsAt) }) })),
  );
  if (options.length === 0) return <Text size="sm" c="dimmed">{t('serviceDecisions.noMeeting')}</Text>;
  return (
    <Group align="flex-end" wrap="wrap">
      <Select label={t('serviceDecisions.putOn')} data={options} value={chosen} onChange={setChosen} w={420} maw="100%" data-testid="agenda-meeting" />
      <Button
        variant="outline"
        disabled={chosen === null}
        loading={put.isPending}
        onClick={() => chosen && put.mutate({ meetingId: Number(chosen), title: serviceName, serviceId }, { onSuccess: () => setAdded(Number(chosen)) })}
        data-testid="put-on-agenda"
      >
        {t('serviceDecisions.add')}
      </Button>
      {added !== null && (
        <Anchor component={Link} to={`/meetings/${added}`} data-testid="added-to-agenda">
          {t('serviceDecisions.added')}
        </Anchor>
      )}
      <ErrorAlert error={put.error} title={t('serviceDecisions.failed')} />
    </Group>
  );
}
