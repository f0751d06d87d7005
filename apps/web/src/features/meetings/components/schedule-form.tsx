import { Button, Checkbox, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { meetingLimits, type MeetingDetail } from '@eshkol/contracts/meetings';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useScheduleMeeting, useUpdateMeeting } from '../api/schedule-meeting';
import { buildSchedule, durationRule, emptySchedule, scheduleTypingErrors, type FieldError, type ScheduleFields } from '../model/meeting-forms';

/** A meeting's fields as they are, to change them. */
const fieldsOf = (m: MeetingDetail): ScheduleFields => ({
  startsAt: m.startsAtLocal.slice(0, 10),
  time: m.startsAtLocal.slice(11, 16),
  durationMinutes: m.durationMinutes,
  place: m.place,
  onlineUrl: m.onlineUrl ?? '',
  public: m.public,
});

/**
 * The body's manager schedules a meeting at a day and hour in Israel; the invitations go out when
 * it is saved. Given a meeting still to be held, the same form moves it or changes its place.
 */
export function ScheduleForm({ bodyId, meeting, onDone }: { bodyId: number; meeting?: MeetingDetail; onDone?: () => void }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const create = useScheduleMeeting();
  const update = useUpdateMeeting();
  const schedule = meeting ? update : create;
  const [fields, setFields] = useState<ScheduleFields>(() => (meeting ? fieldsOf(meeting) : emptySchedule));
  const [errors, setErrors] = useState<Partial<Record<keyof ScheduleFields, FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const server = useServerIssues(
    schedule.error,
    { startsAt: t('schedule.day'), time: t('schedule.time'), durationMinutes: t('schedule.duration'), place: t('schedule.place'), onlineUrl: t('schedule.onlineUrl'), public: t('schedule.public') },
    { codes: { MEETING_IN_PAST: 'startsAt', MEETING_TOO_FAR: 'startsAt' } },
  );
  const typing = scheduleTypingErrors(fields);
  const err = (key: keyof ScheduleFields) => {
    const error = typing[key] ?? errors[key];
    return error ? t(`fieldErrors.${error}`) : server.errorOf(key);
  };
  const set = (key: 'startsAt' | 'time' | 'place' | 'onlineUrl') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildSchedule(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    if (meeting) update.mutate({ meetingId: meeting.id, body: built.body }, { onSuccess: () => onDone?.() });
    else create.mutate({ bodyId, body: built.body }, { onSuccess: (made) => void navigate(`/meetings/${made.id}`) });
  };
  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="schedule-title" data-testid={meeting ? 'reschedule-form' : 'schedule-form'}>
      <NumberRefusals report={refusals.report}>
        <Stack>
          <Title order={2} size="h4" id="schedule-title">
            {meeting ? t('schedule.editTitle') : t('schedule.title')}
          </Title>
          <Text size="sm">{meeting ? t('schedule.editHint') : t('schedule.hint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('schedule.day')} type="date" required value={fields.startsAt} onChange={set('startsAt')} error={err('startsAt')} />
            <TextInput label={t('schedule.time')} description={t('schedule.timeHint')} type="time" required value={fields.time} onChange={set('time')} error={err('time')} />
            <NumberField
              label={t('schedule.duration')}
              description={t('schedule.durationHint')}
              rule={durationRule}
              value={fields.durationMinutes}
              onValue={(durationMinutes) => setFields((f) => ({ ...f, durationMinutes }))}
              requireValue={errors.durationMinutes !== undefined}
              error={server.errorOf('durationMinutes')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('schedule.place')} value={fields.place} onChange={set('place')} error={err('place')} maxLength={meetingLimits.place} />
            <TextInput label={t('schedule.onlineUrl')} type="url" dir="ltr" value={fields.onlineUrl} onChange={set('onlineUrl')} error={err('onlineUrl')} maxLength={meetingLimits.url} />
          </SimpleGrid>
          <Checkbox
            label={t('schedule.public')}
            description={t('schedule.publicHint')}
            checked={fields.public}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setFields((f) => ({ ...f, public: checked }));
            }}
          />
          <ErrorAlert error={schedule.error} title={t('schedule.failed')} {...server.alert} />
          <Button type="submit" loading={schedule.isPending} style={{ alignSelf: 'flex-start' }} data-testid="schedule-submit">
            {meeting ? t('schedule.editSubmit') : t('schedule.submit')}
          </Button>
        </Stack>
      </NumberRefusals>
    </Paper>
  );
}
