import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { directionOf, intlLocaleOf } from '../../../i18n/setup';
import { formatsFor } from '../../../lib/formats';
import { useMeeting } from '../api/get-meeting';
import { nameIn } from '../model/body-words';
import { attendanceByUnit } from '../model/minutes-sheet';
import { meetingWhen } from '../model/meeting-time';
import classes from './minutes-print-page.module.css';

/** The minutes are the body's record in Hebrew: the document reads in Hebrew, right to left, whatever the page's language. */
const documentLanguage = 'he';

/** The minutes as a document: the body, the day, the text, who attended for each unit, and the decisions with their votes. */
function MinutesSheet({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings', { lng: documentLanguage });
  const locale = intlLocaleOf(documentLanguage);
  const format = formatsFor(locale, t('common.unknown'));
  const when = meetingWhen(locale, meeting);
  const decided = meeting.items.flatMap((item) => (item.decision ? [{ item, decision: item.decision }] : []));
  const minutes = meeting.minutes;
  return (
    <article className={classes.sheet} lang={documentLanguage} dir={directionOf(documentLanguage)} data-testid="minutes-sheet">
      <header>
        <Title order={1} size="h2">
          {t('print.heading', { body: nameIn(meeting.body, documentLanguage) })}
        </Title>
        <Text mt={4}>{t('meeting.when', { day: when.day, from: when.from, to: when.to })}</Text>
        {meeting.place && <Text>{t('meeting.place', { place: meeting.place })}</Text>}
        <Text size="sm" mt={4}>
          {minutes?.status === 'approved'
            ? minutes.approvedBy === 'vote'
              ? t('minutes.approvedByVote', { day: format.date(minutes.approvedOn) })
              : t('minutes.approvedByChair', { day: format.date(minutes.approvedOn) })
            : t('print.draft')}
        </Text>
      </header>
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('print.text')}
      </Title>
      <pre className={classes.text} data-testid="minutes-sheet-text">
        {minutes?.text}
      </pre>
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('print.attendance')}
      </Title>
      <table className={classes.grid}>
        <thead>
          <tr>
            <th scope="col">{t('attendance.unit')}</th>
            <th scope="col">{t('print.people')}</th>
          </tr>
        </thead>
        <tbody>
          {attendanceByUnit(meeting.attendance, documentLanguage).map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{format.list(row.people.map((p) => `${p.person} (${t(`roles.${p.role}`)})`))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('print.decisions')}
      </Title>
      {decided.length === 0 ? (
        <Text>{t('print.noDecisions')}</Text>
      ) : (
        <table className={classes.grid}>
          <thead>
            <tr>
              <th scope="col">{t('register.number')}</th>
              <th scope="col">{t('register.item')}</th>
              <th scope="col">{t('register.text')}</th>
              <th scope="col">{t('register.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {decided.map(({ item, decision }) => (
              <tr key={decision.id}>
                <td>{decision.number}</td>
                <td>{item.title}</td>
                <td>{decision.text}</td>
                <td>
                  {t(`tally.outcomes.${decision.outcome}`)}
                  {' · '}
                  {t('tally.short', { for: format.number(decision.tally.counts.for), against: format.number(decision.tally.counts.against), abstain: format.number(decision.tally.counts.abstain) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={classes.signature}>
        <div>{t('print.chair')}</div>
        <div>{t('print.secretary')}</div>
      </div>
    </article>
  );
}

/** /meetings/:id/minutes/print — the minutes on A4 (the print stylesheet hides everything else), printed or saved as PDF by the browser. */
export function MinutesPrintPage() {
  const { t, i18n } = useTranslation('meetings');
  const id = Number(useParams().id ?? '');
  const meeting = useMeeting(id);
  useDocumentTitle(`${meeting.data ? t('print.heading', { body: nameIn(meeting.data.body, i18n.language) }) : t('print.title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg">
      <Group justify="space-between" className={classes.noPrint}>
        <Anchor component={Link} to={`/meetings/${id}`}>
          {t('print.back')}
        </Anchor>
        {meeting.data?.minutes && (
          <Button onClick={() => window.print()} data-testid="print">
            {t('print.print')}
          </Button>
        )}
      </Group>
      {meeting.error ? (
        <ErrorAlert error={meeting.error} />
      ) : !meeting.data ? (
        <PageLoader />
      ) : meeting.data.minutes ? (
        <MinutesSheet meeting={meeting.data} />
      ) : (
        <>
          <Title order={1}>{t('print.title')}</Title>
          <Alert variant="outline">{t('minutes.none')}</Alert>
        </>
      )}
    </Stack>
  );
}
