import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useDecideParticipation } from '../api/decide-participation';

type Props = { serviceId: number; decision: 'decline' | 'leave'; authority: { id: string; name: string; since: string | null } | null; onClose: () => void };

/** A representative declines an invitation, or takes their authority out of a service from a date; history keeps both. */
export function AnswerModal({ serviceId, decision, authority, onClose }: Props) {
  const { t } = useTranslation('services');
  const decide = useDecideParticipation();
  const [note, setNote] = useState('');
  const [leftOn, setLeftOn] = useState('');
  const [touched, setTouched] = useState(false);
  const leaving = decision === 'leave';
  const server = useServerIssues(decide.error, { leftOn: t('leave.leftOn'), note: t('answer.note') }, { codes: { PARTICIPATION_DATES_INVALID: 'leftOn' } });
  const dateError =
    touched && leaving && !leftOn ? t('forms.required') : touched && leaving && authority?.since && leftOn < authority.since ? t('leave.beforeJoin') : server.errorOf('leftOn');

  const close = () => {
    setNote('');
    setLeftOn('');
    setTouched(false);
    decide.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!authority || (leaving && (!leftOn || (authority.since && leftOn < authority.since)))) return;
    const text = note.trim() || null;
    decide.mutate(
      { serviceId, authorityId: authority.id, body: leaving ? { decision: 'leave', leftOn, note: text } : { decision: 'decline', note: text } },
      { onSuccess: close },
    );
  };

  return (
    <Modal
      opened={authority !== null}
      onClose={close}
      title={authority ? t(`${decision}.title`, { name: authority.name }) : ''}
      closeButtonProps={{ 'aria-label': t('forms.close') }}
    >
      <form onSubmit={submit} noValidate data-testid={`${decision}-form`}>
        <Stack>
          <Text size="sm">{t(`${decision}.explain`)}</Text>
          {leaving && (
            <TextInput
              label={t('leave.leftOn')}
              type="date"
              required
              min={authority?.since ?? undefined}
              value={leftOn}
              onChange={(e) => setLeftOn(e.currentTarget.value)}
              error={dateError}
              data-autofocus
            />
          )}
          <Textarea
            label={t('answer.note')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={server.errorOf('note')}
            data-autofocus={leaving ? undefined : true}
          />
          <ErrorAlert error={decide.error} title={t('answer.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={decide.isPending} data-testid={`${decision}-submit`}>
              {t(`${decision}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
