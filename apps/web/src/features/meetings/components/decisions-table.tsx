import { Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { Decision } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocaleOf } from '../../../i18n/setup';
import { useFormat } from '../../../lib/format';
import { nameIn, ownerOf } from '../model/body-words';
import { meetingWhen } from '../model/meeting-time';

export const decisionStatusColor = { open: 'blue.9', in_progress: '#8f3f00', done: 'teal.9', cancelled: 'gray.8' } as const;

type Props = { decisions: readonly Decision[]; onFollowUp: (d: Decision) => void };

/** Whether the server lets the reader move the decision's follow-up on. */
const mayFollowUp = (d: Decision) => d.actions.includes('followUp');


/** A decision's follow-up: its status, flagged when overdue, and the note of what was done. */
function FollowUpStatus({ d }: { d: Decision }) {
  const { t } = useTranslation('meetings');
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={4}>
        <Badge variant="filled" color={decisionStatusColor[d.status]}>
          {t(`decisionStatus.${d.status}`)}
        </Badge>
        {d.overdue && (
          <Badge color="red.9" variant="filled" data-testid="overdue">
            {t('register.overdue')}
          </Badge>
        )}
      </Group>
      {d.statusNote && <Text size="xs">{d.statusNote}</Text>}
    </Stack>
  );
}

/** The outcome of a decision's vote and its counts by unit. */
function Outcome({ d }: { d: Decision }) {
  const { t } = useTranslation('meetings');
  const format = useFormat();
  const c = d.tally.counts;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t(`tally.outcomes.${d.outcome}`)}
      </Text>
      <Text size="xs">{t('tally.short', { for: format.number(c.for), against: format.number(c.against), abstain: format.number(c.abstain) })}</Text>
    </Stack>
  );
}

function MeetingLink({ d }: { d: Decision }) {
  const { i18n } = useTranslation('meetings');
  return (
    <Anchor component={Link} to={`/meetings/${d.meetingId}`}>
      {meetingWhen(intlLocaleOf(i18n.language), { startsAt: d.meetingStartsAt, durationMinutes: 0 }).short}
    </Anchor>
  );
}

/** On a phone: one card a decision, its fields named. */
function DecisionCards({ decisions, onFollowUp }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  return (
    <Stack gap="sm" data-testid="decisions-cards">
      {decisions.map((d) => (
        <Paper key={d.id} withBorder p="sm" component="article" aria-label={t('decision.number', { number: d.number })} data-decision-id={d.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start">
              <Text fw={700}>{t('decision.number', { number: d.number })}</Text>
              <FollowUpStatus d={d} />
            </Group>
            <Text size="sm">
              {nameIn(d.body, i18n.language)} · <MeetingLink d={d} />
            </Text>
            <Text size="sm" fw={600}>
              {d.itemTitle}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{d.text}</Text>
            <Outcome d={d} />
            <Text size="sm">{t('decision.ownerDue', { owner: ownerOf(d, i18n.language) || t('decision.noOwner'), due: d.dueOn ? format.date(d.dueOn) : t('decision.noDue') })}</Text>
            {mayFollowUp(d) && (
              <Button size="compact-sm" variant="light" onClick={() => onFollowUp(d)} style={{ alignSelf: 'flex-start' }} aria-label={t('followUp.openNamed', { number: d.number })}>
                {t('followUp.open')}
              </Button>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The register's rows: each decision with its body, meeting, item, text, vote, owner, due day and follow-up (overdue ones flagged). */
export function DecisionsTable(props: Props) {
  return (
    <>
      <Box visibleFrom="md">
        <DecisionRows {...props} />
      </Box>
      <Box hiddenFrom="md">
        <DecisionCards {...props} />
      </Box>
    </>
  );
}

function DecisionRows({ decisions, onFollowUp }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  const anyAction = decisions.some(mayFollowUp);
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table withTableBorder striped verticalSpacing="xs" data-testid="decisions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('register.number')}</Table.Th>
            <Table.Th>{t('register.body')}</Table.Th>
            <Table.Th>{t('register.meeting')}</Table.Th>
            <Table.Th>{t('register.item')}</Table.Th>
            <Table.Th>{t('register.text')}</Table.Th>
            <Table.Th>{t('register.outcome')}</Table.Th>
            <Table.Th>{t('register.owner')}</Table.Th>
            <Table.Th>{t('register.dueOn')}</Table.Th>
            <Table.Th>{t('register.status')}</Table.Th>
            {anyAction && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((d) => (
            <Table.Tr key={d.id} data-decision-id={d.id} data-overdue={d.overdue}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.number}</Table.Td>
              <Table.Td>{nameIn(d.body, i18n.language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <MeetingLink d={d} />
              </Table.Td>
              <Table.Td>{d.itemTitle}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', minWidth: 220 }}>{d.text}</Table.Td>
              <Table.Td>
                <Outcome d={d} />
              </Table.Td>
              <Table.Td>{ownerOf(d, i18n.language) || '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.dueOn ? format.date(d.dueOn) : '—'}</Table.Td>
              <Table.Td>
                <FollowUpStatus d={d} />
              </Table.Td>
              {anyAction && (
                <Table.Td>
                  {mayFollowUp(d) && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onFollowUp(d)} aria-label={t('followUp.openNamed', { number: d.number })}>
                      {t('followUp.open')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
