import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../../../i18n/setup';
import { calendarPath } from '../api/get-meeting';
import { meetingWhen } from '../model/meeting-time';
import { statusColor } from './meetings-table';

/** When (in words, in Israel's time), where and how to join, whether public, and the calendar file. */
export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const when = meetingWhen(intlLocaleOf(i18n.language), meeting);
  return (
    <Stack gap={6} data-testid="meeting-facts">
      <Group gap="xs">
        <Badge variant="filled" color={statusColor[meeting.status]} data-testid="meeting-status">
          {t(`status.${meeting.status}`)}
        </Badge>
        <Badge variant="outline" color={meeting.public ? 'teal.9' : 'gray.8'}>
          {meeting.public ? t('meeting.public') : t('meeting.notPublic')}
        </Badge>
      </Group>
      <Text fw={600} data-testid="meeting-when">
        {t('meeting.when', { day: when.day, from: when.from, to: when.to })}
      </Text>
      {meeting.place && <Text>{t('meeting.place', { place: meeting.place })}</Text>}
      {meeting.onlineUrl && (
        <Text>
          {t('meeting.online')}{' '}
          <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer" dir="ltr">
            {meeting.onlineUrl}
          </Anchor>
        </Text>
      )}
      <Group>
        <Button component="a" href={calendarPath(meeting.id)} download variant="outline" size="xs" data-testid="calendar-download">
          {t('meeting.calendar')}
        </Button>
      </Group>
    </Stack>
  );
}
