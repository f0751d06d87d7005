import { Anchor, Button, Group, Paper, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { meetingLimits, type MeetingDetail } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useFormat } from '../../../lib/format';
import { intlLocaleOf } from '../../../i18n/setup';
import { useDecisions } from '../api/decisions';
import { useApproveMinutes, useEditMinutes, useGenerateMinutes } from '../api/meeting-minutes';
import { meetingWhen } from '../model/meeting-time';

/** Approves draft minutes: by the chair, or by a decision a later meeting of the body passed. */
function ApproveMinutes({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const approve = useApproveMinutes();
  const [by, setBy] = useState<'chair' | 'vote'>('chair');
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const later = useDecisions({ scope: meeting.clusterSlug ?? 'programme', body: String(meeting.bodyId) }, by === 'vote');
  const locale = intlLocaleOf(i18n.language);
  const options = (later.data?.items ?? [])
    .filter((d) => d.outcome === 'passed' && Date.parse(d.meetingStartsAt) > Date.parse(meeting.startsAt))
    .map((d) => ({ value: String(d.id), label: t('minutes.decisionOption', { number: d.number, day: meetingWhen(locale, { startsAt: d.meetingStartsAt, durationMinutes: 0 }).short, item: d.itemTitle }) }));
  const send = () => approve.mutate({ meetingId: meeting.id, body: by === 'chair' ? { by: 'chair' } : { by: 'vote', decisionId: Number(decisionId) } });
  return (
    <Paper withBorder p="md" data-testid="approve-minutes">
      <Stack gap="xs">
        <Radio.Group label={t('minutes.approveBy')} value={by} onChange={(v) => setBy(v === 'vote' ? 'vote' : 'chair')}>
          <Group mt={4}>
            <Radio value="chair" label={t('minutes.byChair')} />
            <Radio value="vote" label={t('minutes.byVote')} />
          </Group>
        </Radio.Group>
        {by === 'vote' && (
          <Select
            label={t('minutes.decision')}
            data={options}
            value={decisionId}
            onChange={setDecisionId}
            nothingFoundMessage={t('minutes.noDecisions')}
            placeholder={options.length === 0 ? t('minutes.noDecisions') : undefined}
            maw={520}
          />
        )}
        <ErrorAlert error={later.error ?? approve.error} title={t('minutes.approveFailed')} />
        <Button onClick={send} loading={approve.isPending} disabled={by === 'vote' && decisionId === null} style={{ alignSelf: 'flex-start' }} data-testid="approve-minutes-submit">
          {t('minutes.approve')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** Edits draft minutes in place; saved as a whole. */
function MinutesEditor({ meeting, text }: { meeting: MeetingDetail; text: string }) {
  const { t } = useTranslation('meetings');
  const edit = useEditMinutes();
  const [draft, setDraft] = useState(text);
  return (
    <Stack gap="xs">
      <Textarea label={t('minutes.text')} autosize minRows={12} maxRows={40} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} maxLength={meetingLimits.minutes} dir="auto" data-testid="minutes-text" />
      <ErrorAlert error={edit.error} title={t('minutes.saveFailed')} />
      <Button variant="outline" onClick={() => edit.mutate({ meetingId: meeting.id, text: draft })} loading={edit.isPending} disabled={draft === text} style={{ alignSelf: 'flex-start' }} data-testid="minutes-save">
        {t('minutes.save')}
      </Button>
    </Stack>
  );
}

/** The minutes: written from the closed meeting, edited while a draft, approved, then frozen; with their print page. */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const format = useFormat();
  const generate = useGenerateMinutes();
  const minutes = meeting.minutes;
  const canWrite = meeting.actions.includes('minutes');
  return (
    <Section
      id="minutes-title"
      title={t('minutes.title')}
      actions={
        minutes && (
          <Anchor component={Link} to={`/meetings/${meeting.id}/minutes/print`} data-testid="minutes-print-link">
            {t('minutes.printLink')}
          </Anchor>
        )
      }
    >
      <Stack>
        {!minutes && <Text c="dimmed">{meeting.status === 'closed' ? t('minutes.none') : t('minutes.afterClose')}</Text>}
        {!minutes && canWrite && (
          <Button onClick={() => generate.mutate(meeting.id)} loading={generate.isPending} style={{ alignSelf: 'flex-start' }} data-testid="minutes-generate">
            {t('minutes.generate')}
          </Button>
        )}
        <ErrorAlert error={generate.error} title={t('minutes.generateFailed')} />
        {minutes?.status === 'draft' && <Text size="sm">{t('minutes.draft')}</Text>}
        {minutes?.status === 'approved' && (
          <Text fw={600} data-testid="minutes-approved">
            {minutes.approvedBy === 'vote' ? t('minutes.approvedByVote', { day: format.date(minutes.approvedOn) }) : t('minutes.approvedByChair', { day: format.date(minutes.approvedOn) })}
          </Text>
        )}
        {minutes && minutes.status === 'draft' && canWrite ? (
          <MinutesEditor key={minutes.text} meeting={meeting} text={minutes.text} />
        ) : (
          minutes && (
            <Paper withBorder p="md" dir="auto" style={{ whiteSpace: 'pre-wrap', unicodeBidi: 'plaintext' }} data-testid="minutes-read">
              {minutes.text}
            </Paper>
          )
        )}
        {meeting.actions.includes('approveMinutes') && <ApproveMinutes meeting={meeting} />}
      </Stack>
    </Section>
  );
}
