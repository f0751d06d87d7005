import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useFormat } from '../../../lib/format';
import { pickName } from '../../../lib/names';
import { useServiceDecisions } from '../api/get-decisions';

/** A service's page: the decisions its cluster's bodies took about it, with the vote by authority and the follow-up. */
export function ServiceDecisions({ clusterSlug, serviceId }: { clusterSlug: string; serviceId: number }) {
  const { t, i18n } = useTranslation('governance');
  const format = useFormat();
  const decisions = useServiceDecisions(clusterSlug, serviceId);
  if (decisions.error) return <ErrorAlert error={decisions.error} />;
  const items = decisions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section id="service-decisions-title" title={t('serviceDecisions.title')}>
      <Stack gap="sm" data-testid="service-decisions">
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
      </Stack>
    </Section>
  );
}
