import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { BodyDetail } from '@eshkol/contracts/governance';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useSetRules } from '../api/set-rules';
import { buildRules, rulesFields, type FieldError, type RulesFields } from '../model/governance-forms';
import { fieldErrorText, RulesFieldset } from './rules-fields';

/** New voting rules of a body from a day on; the rules before stay in its history. */
export function RulesForm({ body, onDone }: { body: BodyDetail; onDone: () => void }) {
  const { t } = useTranslation('governance');
  const save = useSetRules();
  const [fields, setFields] = useState<RulesFields>(() => rulesFields(body.rules?.rules ?? null, body.on));
  const [errors, setErrors] = useState<Partial<Record<keyof RulesFields, FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const server = useServerIssues(save.error, { validFrom: t('rulesForm.validFrom'), rules: t('rules.title'), note: t('rulesForm.note') });
  const errorOf = (key: keyof RulesFields) => fieldErrorText(t, errors[key]) ?? (key === 'validFrom' || key === 'note' ? server.errorOf(key) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildRules(fields);
    setErrors(built.ok ? {} : built.errors);
    if (built.ok) save.mutate({ bodyId: body.id, body: built.body }, { onSuccess: onDone });
  };
  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="rules-form-title" data-testid="rules-form">
      <NumberRefusals report={refusals.report}>
        <Stack>
          <Title order={3} size="h5" id="rules-form-title">
            {t('rulesForm.title')}
          </Title>
          <Text size="sm">{t('rulesForm.hint')}</Text>
          <RulesFieldset fields={fields} onChange={(patch) => setFields((f) => ({ ...f, ...patch }))} errorOf={errorOf} />
          <TextInput label={t('rulesForm.note')} value={fields.note} onChange={(e) => setFields((f) => ({ ...f, note: e.currentTarget.value }))} maxLength={1000} error={errorOf('note')} />
          <ErrorAlert error={save.error} title={t('rulesForm.failed')} {...server.alert} />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('rulesForm.submit')}
          </Button>
        </Stack>
      </NumberRefusals>
    </Paper>
  );
}
