import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, useMatches } from '@mantine/core';
import { governanceLimits } from '@eshkol/contracts/governance';
import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useRecordAttendance, useRemoveAttendance } from '../api/attendance';
import { useMeetingBody } from '../api/get-meeting-bodies';
import { attendanceRoles, buildPerson, emptyPerson, type FieldError, type PersonFields } from '../model/meeting-forms';
import { meetingDay } from '../model/meeting-time';
import { personOf } from '../model/minutes-sheet';
import { unitKey, unitName } from '../model/units';
import classes from './meeting-tables.module.css';

/** Records a seat's holder present: the body's seats on the meeting's day, those not recorded yet. */
function SeatPresentForm({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const body = useMeetingBody(meeting.bodyId, meetingDay(meeting));
  const record = useRecordAttendance();
  const [seat, setSeat] = useState<string | null>(null);
  const taken = new Set(meeting.attendance.map((a) => a.seatId));
  const seats = (body.data?.seats ?? []).filter((s) => s.status === 'active' && !taken.has(s.id));
  const unitOf = (s: (typeof seats)[number]) => (s.authority ? unitName({ authorityId: s.authorityId, organisation: null, names: s.authority }, i18n.language) : (s.organisation ?? ''));
  const options = seats.map((s) => ({ value: String(s.id), label: t('attendance.seatOption', { holder: s.personName ?? s.title, role: t(`roles.${s.role}`), unit: unitOf(s) }) }));
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select label={t('attendance.seat')} data={options} value={seat} onChange={setSeat} searchable w={360} maw="100%" nothingFoundMessage={t('attendance.noSeats')} data-testid="attendance-seat" />
        <Button
          disabled={seat === null}
          loading={record.isPending}
          onClick={() => seat && record.mutate({ meetingId: meeting.id, body: { seatId: Number(seat) } }, { onSuccess: () => setSeat(null) })}
          data-testid="attendance-seat-submit"
        >
          {t('attendance.recordSeat')}
        </Button>
      </Group>
      <ErrorAlert error={body.error ?? record.error} title={t('attendance.failed')} />
    </Stack>
  );
}

/** Records someone who holds no seat (an alternate, a guest) present on behalf of an invited authority or organisation. */
function PersonPresentForm({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const record = useRecordAttendance();
  const [fields, setFields] = useState<PersonFields>(emptyPerson);
  const [errors, setErrors] = useState<Partial<Record<keyof PersonFields, FieldError>>>({});
  const server = useServerIssues(
    record.error,
    { personName: t('attendance.personName'), title: t('attendance.personTitle'), role: t('attendance.role'), authorityId: t('attendance.unit') },
    { codes: { MEETING_NOT_INVITED: 'authorityId' } },
  );
  const err = (key: keyof PersonFields) => (errors[key] ? t(`fieldErrors.${errors[key]}`) : server.errorOf(key === 'unit' ? 'authorityId' : key));
  const units = meeting.invitations.map((i) => ({ value: unitKey(i.unit), label: unitName(i.unit, i18n.language) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildPerson(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    record.mutate({ meetingId: meeting.id, body: built.body }, { onSuccess: () => setFields(emptyPerson) });
  };
  const text = (key: 'personName' | 'title') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="person-present-title" data-testid="attendance-person-form">
      <Stack gap="xs">
        <Title order={3} size="h6" id="person-present-title">
          {t('attendance.personTitleForm')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput label={t('attendance.personName')} required value={fields.personName} onChange={text('personName')} error={err('personName')} maxLength={governanceLimits.personName} />
          <TextInput label={t('attendance.personTitle')} value={fields.title} onChange={text('title')} error={err('title')} maxLength={governanceLimits.title} />
          <Select
            label={t('attendance.role')}
            data={attendanceRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={fields.role}
            onChange={(v) => setFields((f) => ({ ...f, role: attendanceRoles.find((r) => r === v) ?? f.role }))}
            allowDeselect={false}
            error={err('role')}
          />
          <Select label={t('attendance.unit')} required data={units} value={fields.unit || null} onChange={(v) => setFields((f) => ({ ...f, unit: v ?? '' }))} searchable error={err('unit')} />
        </SimpleGrid>
        <ErrorAlert error={record.error} title={t('attendance.failed')} {...server.alert} />
        <Button type="submit" variant="outline" loading={record.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('attendance.recordPerson')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * Who is present, by authority or organisation (and whether they count for the quorum); the
 * secretary records and removes. On a phone each person present is a card.
 */
export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const remove = useRemoveAttendance();
  const record = meeting.actions.includes('record');
  // A phone's finger needs a bigger button than a table's row.
  const removeSize = useMatches({ base: 'xs', sm: 'compact-xs' });
  const rows = [...meeting.attendance].sort((a, b) => unitName(a.unit, i18n.language).localeCompare(unitName(b.unit, i18n.language), i18n.language));
  return (
    <Section id="attendance-title" title={t('attendance.title')}>
      <Stack>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('attendance.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560} classNames={{ scrollContainerInner: classes.inner }}>
            <Table withTableBorder className={`${classes.stacked} ${classes.attendance}`} data-testid="attendance">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attendance.unit')}</Table.Th>
                  <Table.Th>{t('attendance.person')}</Table.Th>
                  <Table.Th>{t('attendance.role')}</Table.Th>
                  <Table.Th>{t('attendance.counts')}</Table.Th>
                  {record && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => {
                  const person = personOf(a);
                  return (
                    <Table.Tr key={a.id} data-unit={unitKey(a.unit)}>
                      <Table.Td className={classes.unit}>{unitName(a.unit, i18n.language)}</Table.Td>
                      <Table.Td className={classes.person}>{person}</Table.Td>
                      <Table.Td className={classes.role}>{t(`roles.${a.role}`)}</Table.Td>
                      <Table.Td className={classes.counts}>
                        <Badge variant="filled" color={a.counts ? 'teal.9' : 'gray.8'}>
                          {a.counts ? t('attendance.countsYes') : t('attendance.countsNo')}
                        </Badge>
                      </Table.Td>
                      {record && (
                        <Table.Td className={classes.actions}>
                          <Button
                            size={removeSize}
                            variant="outline"
                            color="red.9"
                            loading={remove.isPending && remove.variables.attendanceId === a.id}
                            onClick={() => remove.mutate({ meetingId: meeting.id, attendanceId: a.id })}
                            aria-label={t('attendance.removeNamed', { person, unit: unitName(a.unit, i18n.language) })}
                          >
                            {t('attendance.remove')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ErrorAlert error={remove.error} title={t('attendance.removeFailed')} />
        {record && (
          <>
            <SeatPresentForm meeting={meeting} />
            <PersonPresentForm meeting={meeting} />
          </>
        )}
      </Stack>
    </Section>
  );
}
