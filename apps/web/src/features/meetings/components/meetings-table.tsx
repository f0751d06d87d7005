import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { MeetingSummary } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocaleOf } from '../../../i18n/setup';
import { meetingWhen } from '../model/meeting-time';

export const statusColor = { scheduled: 'blue.9', closed: 'gray.8', cancelled: 'red.9' } as const;

/** A body's meetings: when (in Israel's time), where, their status and their minutes'. */
export function MeetingsTable({ meetings, testId, empty }: { meetings: readonly MeetingSummary[]; testId: string; empty: string }) {
  const { t, i18n } = useTranslation('meetings');
  const locale = intlLocaleOf(i18n.language);
  if (meetings.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.when')}</Table.Th>
            <Table.Th>{t('list.place')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.minutes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => {
            const when = meetingWhen(locale, m);
            return (
              <Table.Tr key={m.id} data-meeting-id={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/meetings/${m.id}`}>
                    {t('list.at', { day: when.day, from: when.from })}
                  </Anchor>
                </Table.Td>
                <Table.Td>{m.place || (m.onlineUrl ? t('list.online') : '—')}</Table.Td>
                <Table.Td>
                  <Badge variant="filled" color={statusColor[m.status]}>
                    {t(`status.${m.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(`minutesStatus.${m.minutesStatus}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
