import { Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useCreateProgramme } from '../api/create-programme';
import { buildProgramme, type FieldError, type ProgrammeFields } from '../model/budget-forms';

const empty: ProgrammeFields = { nameHe: '', total: '', startsOn: '', endsOn: '' };

/** The ministry sets up an incentive programme: its name, total and period. */
export function ProgrammeForm({ onCreated }: { onCreated?: (id: number) => void }) {
  const { t } = useTranslation('budget');
  const create = useCreateProgramme();
  const [fields, setFields] = useState<ProgrammeFields>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof ProgrammeFields, FieldError>>>({});
  const set = (key: keyof ProgrammeFields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const server = useServerIssues(create.error, {
    nameHe: t('programmeForm.name'),
    total: t('programmeForm.total'),
    startsOn: t('programmeForm.startsOn'),
    endsOn: t('programmeForm.endsOn'),
  });
  const err = (key: keyof ProgrammeFields) => (errors[key] ? t(`fieldErrors.${errors[key]}`) : server.errorOf(key));
  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="programme-form-title" data-testid="programme-form">
      <Stack>
        <Title order={2} size="h4" id="programme-form-title">
          {t('programmeForm.title')}
        </Title>
        <Text size="sm">{t('programmeForm.explain')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('programmeForm.name')} required value={fields.nameHe} onChange={set('nameHe')} error={err('nameHe')} maxLength={200} />
          <TextInput label={t('programmeForm.total')} required inputMode="decimal" dir="ltr" leftSection="₪" value={fields.total} onChange={set('total')} error={err('total')} />
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
