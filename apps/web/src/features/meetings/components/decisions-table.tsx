import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { Decision } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocaleOf } from '../../../i18n/setup';
import { useFormat } from '../../../lib/format';
import { nameIn } from '../model/body-words';
import { meetingWhen } from '../model/meeting-time';

export const decisionStatusColor = { open: 'blue', in_progress: 'yellow', done: 'green', cancelled: 'gray' } as const;

type Props = { decisions: readonly Decision[]; mayFollowUp: (d: Decision) => boolean; onFollowUp: (d: Decision) => void };

/** The register's rows: each decision with its body, meeting, item, text, vote, owner, due day and follow-up (overdue ones flagged). */
export function DecisionsTable({ decisions, mayFollowUp, onFollowUp }: Props) {
  const { t, i18n } = useTranslation('meetings');
  const format = useFormat();
  const locale = intlLocaleOf(i18n.language);
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
                <Anchor component={Link} to={`/meetings/${d.meetingId}`}>
                  {meetingWhen(locale, { startsAt: d.meetingStartsAt, durationMinutes: 0 }).short}
                </Anchor>
              </Table.Td>
              <Table.Td>{d.itemTitle}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', minWidth: 220 }}>{d.text}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {t(`tally.outcomes.${d.outcome}`)}
                  </Text>
                  <Text size="xs">{t('tally.short', { for: format.number(d.tally.counts.for), against: format.number(d.tally.counts.against), abstain: format.number(d.tally.counts.abstain) })}</Text>
                </Stack>
              </Table.Td>
              <Table.Td>{d.owner || '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.dueOn ? format.date(d.dueOn) : '—'}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Badge variant="light" color={decisionStatusColor[d.status]}>
                    {t(`decisionStatus.${d.status}`)}
                  </Badge>
                  {d.overdue && (
                    <Badge color="red" variant="filled" data-testid="overdue">
                      {t('register.overdue')}
                    </Badge>
                  )}
                  {d.statusNote && <Text size="xs">{d.statusNote}</Text>}
                </Stack>
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
