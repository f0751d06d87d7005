import { Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { focusFirstRefused, useNumberRefusals } from '../../../components/number-refusals';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useCreateProgramme } from '../api/create-programme';
import { AmountField } from '../../../components/amount-field';
import { budgetAmountRule, buildProgramme, periodErrors, type FieldError, type ProgrammeFields } from '../model/budget-forms';

const empty: ProgrammeFields = { nameHe: '', total: null, startsOn: '', endsOn: '' };

/** The ministry sets up an incentive programme: its name, total and period. */
export function ProgrammeForm({ onCreated }: { onCreated?: (id: number) => void }) {
  const { t } = useTranslation('budget');
  const create = useCreateProgramme();
  const [fields, setFields] = useState<ProgrammeFields>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof ProgrammeFields, FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const set = (key: 'nameHe' | 'startsOn' | 'endsOn') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const server = useServerIssues(create.error, {
    nameHe: t('programmeForm.name'),
    total: t('programmeForm.total'),
    startsOn: t('programmeForm.startsOn'),
    endsOn: t('programmeForm.endsOn'),
  });
  // A day is checked as it is typed; the other fields when saving.
  const typed = periodErrors(fields);
  const err = (key: keyof ProgrammeFields) => {
    const error = (key === 'startsOn' || key === 'endsOn' ? typed[key] : undefined) ?? errors[key];
    return error ? t(`fieldErrors.${error}`) : server.errorOf(key);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildProgramme(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    create.mutate(built.body, {
      onSuccess: (p) => {
        setFields(empty);
        onCreated?.(p.id);
      },
    });
  };
  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="programme-form-title" data-testid="programme-form">
      <Stack>
        <Title order={2} size="h4" id="programme-form-title">
          {t('programmeForm.title')}
        </Title>
        <Text size="sm">{t('programmeForm.explain')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('programmeForm.name')} required value={fields.nameHe} onChange={set('nameHe')} error={err('nameHe')} maxLength={200} />
          <AmountField rule={budgetAmountRule} label={t('programmeForm.total')} value={fields.total} onValue={(total) => setFields((f) => ({ ...f, total }))} error={err('total')} report={refusals.report} testId="programme-total" />
          <TextInput label={t('programmeForm.startsOn')} type="date" required value={fields.startsOn} onChange={set('startsOn')} error={err('startsOn')} />
          <TextInput label={t('programmeForm.endsOn')} type="date" required value={fields.endsOn} onChange={set('endsOn')} error={err('endsOn')} />
        </SimpleGrid>
        <ErrorAlert error={create.error} title={t('programmeForm.failed')} {...server.alert} />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('programmeForm.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
