import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { useBodyMeetings } from '../api/get-body-meetings';
import { useMeetingBody } from '../api/get-meeting-bodies';
import { MeetingCrumbs } from '../components/meeting-crumbs';
import { MeetingsTable } from '../components/meetings-table';
import { ScheduleForm } from '../components/schedule-form';
import { bodyTrail, nameIn, registerPathOf } from '../model/body-words';
import { splitMeetings } from '../model/meeting-time';

/** /bodies/:id/meetings — a body's meetings, upcoming and past, and (for its managers) the form to schedule one. */
export function BodyMeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  const id = Number(useParams().id ?? '');
  const body = useMeetingBody(id);
  const meetings = useBodyMeetings(id);
  const title = body.data ? t('list.title', { body: nameIn(body.data, i18n.language) }) : t('list.titlePlain');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const error = body.error ?? meetings.error;
  if (error) return <ErrorAlert error={error} />;
  if (!body.data || !meetings.data) return <PageLoader />;
  const { upcoming, past } = splitMeetings(meetings.data.items, new Date());
  return (
    <Stack gap="xl">
      <div>
        <MeetingCrumbs trail={bodyTrail(body.data, i18n.language, t('nav.clusters'))} current={t('list.crumb')} />
        <Group justify="space-between" align="flex-end">
          <Title order={1}>{title}</Title>
          <Anchor component={Link} to={registerPathOf(body.data.clusterSlug)} data-testid="register-link">
            {t('register.link')}
          </Anchor>
        </Group>
      </div>
      {meetings.data.actions.includes('schedule') && <ScheduleForm bodyId={id} />}
      <Section id="upcoming-title" title={t('list.upcoming')}>
        <MeetingsTable meetings={upcoming} testId="upcoming-meetings" empty={t('list.none')} />
      </Section>
      <Section id="past-title" title={t('list.past')}>
        <MeetingsTable meetings={past} testId="past-meetings" empty={t('list.nonePast')} />
      </Section>
    </Stack>
  );
}
