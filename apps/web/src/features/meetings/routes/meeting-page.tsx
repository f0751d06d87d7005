import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { useMeeting } from '../api/get-meeting';
import { AttendanceSection } from '../components/attendance-section';
import { CloseMeeting } from '../components/close-meeting';
import { InvitationsSection } from '../components/invitations-section';
import { ItemCard } from '../components/item-card';
import { ItemForm } from '../components/item-form';
import { MeetingCrumbs } from '../components/meeting-crumbs';
import { MeetingFacts } from '../components/meeting-facts';
import { MinutesSection } from '../components/minutes-section';
import { QuorumBanner } from '../components/quorum-banner';
import { ScheduleForm } from '../components/schedule-form';
import { nameIn, registerPathOf } from '../model/body-words';

/**
 * /meetings/:id — a body's meeting: when and where, the quorum by authorities present, the agenda
 * with each item's vote and decision, the invitations and their answers, the attendance, closing,
 * and the minutes. A closed meeting reads only.
 */
export function MeetingPage() {
  const { t, i18n } = useTranslation('meetings');
  const id = Number(useParams().id ?? '');
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const body = meeting.data ? nameIn(meeting.data.body, i18n.language) : null;
  const title = body ? t('meeting.title', { body }) : t('meeting.titlePlain');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  if (meeting.error) return <ErrorAlert error={meeting.error} />;
  if (!meeting.data) return <PageLoader />;
  const m = meeting.data;
  const manage = m.actions.includes('manage');
  // A committee's submissions on the agenda read as the committee's agenda page lays them out.
  const submissionIds = m.items.flatMap((i) => (i.link?.kind === 'submission' ? [i.link.id] : []));
  return (
    <Stack gap="xl">
      <div>
        <MeetingCrumbs
          trail={[
            { to: `/bodies/${m.bodyId}`, label: body ?? '' },
            { to: `/bodies/${m.bodyId}/meetings`, label: t('list.crumb') },
          ]}
          current={t('meeting.crumb')}
        />
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1}>{title}</Title>
            <Text>
              <Anchor component={Link} to={`/bodies/${m.bodyId}`} data-testid="body-link">
                {body}
              </Anchor>
            </Text>
          </div>
          <Group gap="sm">
            <Anchor component={Link} to={registerPathOf(m.clusterSlug)}>
              {t('register.link')}
            </Anchor>
            {m.actions.includes('close') && <CloseMeeting meetingId={m.id} />}
          </Group>
        </Group>
      </div>
      <MeetingFacts meeting={m} />
      {manage && m.startsAt > new Date().toISOString() && (
        <Group>
          <Button variant="subtle" onClick={() => setEditing((e) => !e)} aria-expanded={editing} data-testid="reschedule">
            {t('schedule.edit')}
          </Button>
        </Group>
      )}
      {editing && manage && <ScheduleForm bodyId={m.bodyId} meeting={m} onDone={() => setEditing(false)} />}
      {m.status === 'closed' && <Text c="dimmed">{t('meeting.closedNote')}</Text>}
      <QuorumBanner meeting={m} />
      <AttendanceSection meeting={m} />
      <Section id="agenda-title" title={t('agenda.title')}>
        <Stack>
          {m.items.length === 0 && <Text c="dimmed">{t('agenda.none')}</Text>}
          {m.items.map((item, i) => (
            <ItemCard key={item.id} meeting={m} item={item} index={i} />
          ))}
          {submissionIds.length > 0 && (
            <Anchor component={Link} to={`/committee/agenda?ids=${submissionIds.join(',')}`} data-testid="committee-agenda">
              {t('agenda.submissions', { count: submissionIds.length })}
            </Anchor>
          )}
          {manage && <ItemForm meetingId={m.id} clusterSlug={m.clusterSlug} committee={m.body.kind === 'professional_committee'} />}
        </Stack>
      </Section>
      <InvitationsSection meeting={m} />
      <MinutesSection meeting={m} />
    </Stack>
  );
}
