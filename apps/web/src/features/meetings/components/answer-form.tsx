import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { answerKinds } from '@eshkol/contracts/meetings';
import { governanceLimits } from '@eshkol/contracts/governance';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useAnswerInvitation } from '../api/answer-invitation';
import { buildAnswer, emptyAnswer, type AnswerFields, type FieldError } from '../model/meeting-forms';

/** The answer for one unit the reader may answer for: attending, sending an alternate (named), or excused. */
export function AnswerForm({ meetingId, unit, unitLabel }: { meetingId: number; unit: string; unitLabel: string }) {
  const { t } = useTranslation('meetings');
  const answer = useAnswerInvitation();
  const [fields, setFields] = useState<AnswerFields>(emptyAnswer);
  const [errors, setErrors] = useState<Partial<Record<keyof AnswerFields, FieldError>>>({});
  const server = useServerIssues(answer.error, { answer: t('answer.label'), alternateName: t('answer.alternateName'), note: t('answer.note') });
  const err = (key: keyof AnswerFields) => (errors[key] ? t(`fieldErrors.${errors[key]}`) : server.errorOf(key));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildAnswer(unit, fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    answer.mutate({ meetingId, body: built.body }, { onSuccess: () => setFields(emptyAnswer) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('answer.formLabel', { unit: unitLabel })} data-testid="answer-form">
      <Stack gap="xs">
        <Radio.Group label={t('answer.label')} value={fields.answer ?? ''} onChange={(v) => setFields((f) => ({ ...f, answer: answerKinds.find((k) => k === v) ?? null }))} error={err('answer')}>
          <Group mt={4}>
            {answerKinds.map((k) => (
              <Radio key={k} value={k} label={t(`answer.kinds.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
        {fields.answer === 'alternate' && (
          <TextInput
            label={t('answer.alternateName')}
            required
            value={fields.alternateName}
            onChange={(e) => {
              const alternateName = e.currentTarget.value;
              setFields((f) => ({ ...f, alternateName }));
            }}
            error={err('alternateName')}
            maxLength={governanceLimits.personName}
          />
        )}
        <TextInput
          label={t('answer.note')}
          value={fields.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            setFields((f) => ({ ...f, note }));
          }}
          error={err('note')}
          maxLength={governanceLimits.note}
        />
        <ErrorAlert error={answer.error} title={t('answer.failed')} {...server.alert} />
        <Button type="submit" size="xs" loading={answer.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('answer.submit')}
        </Button>
      </Stack>
    </form>
  );
}
