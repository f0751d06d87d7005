import { Button, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { focusFirstRefused, useNumberRefusals } from '../../../components/number-refusals';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useCreateMilestone } from '../api/create-milestone';
import { AmountField } from '../../../components/amount-field';
import { budgetAmountRule, buildMilestone, plannedOnError, type FieldError, type MilestoneFields } from '../model/budget-forms';

const empty: MilestoneFields = { title: '', plannedOn: '', amount: null, deliverable: '' };

/** The cluster plans a milestone of an approved project; the server keeps their sum within the grant. */
export function MilestoneForm({ serviceId }: { serviceId: number }) {
  const { t } = useTranslation('budget');
  const create = useCreateMilestone();
  const [fields, setFields] = useState<MilestoneFields>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof MilestoneFields, FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const set = (key: 'title' | 'plannedOn' | 'deliverable') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };
  const server = useServerIssues(
    create.error,
    { title: t('milestones.title'), plannedOn: t('milestones.plannedOn'), amount: t('milestones.amount'), deliverable: t('milestones.deliverable') },
    { codes: { MILESTONES_EXCEED_GRANT: 'amount' } },
  );
  // The day is checked as it is typed; the other fields when saving.
  const err = (key: keyof MilestoneFields) => {
    const error = (key === 'plannedOn' ? plannedOnError(fields.plannedOn) : null) ?? errors[key];
    return error ? t(`fieldErrors.${error}`) : server.errorOf(key);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildMilestone(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    create.mutate({ serviceId, body: built.body }, { onSuccess: () => setFields(empty) });
  };
  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="milestone-form-title" data-testid="milestone-form">
      <Stack>
        <Title order={3} size="h5" id="milestone-form-title">
          {t('milestones.formTitle')}
        </Title>
        <Text size="sm">{t('milestones.formHint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('milestones.title')} required value={fields.title} onChange={set('title')} error={err('title')} maxLength={200} />
          <TextInput label={t('milestones.plannedOn')} type="date" required value={fields.plannedOn} onChange={set('plannedOn')} error={err('plannedOn')} />
          <AmountField rule={budgetAmountRule} label={t('milestones.amount')} value={fields.amount} onValue={(amount) => setFields((f) => ({ ...f, amount }))} error={err('amount')} report={refusals.report} />
        </SimpleGrid>
        <Textarea label={t('milestones.deliverable')} required autosize minRows={2} maxLength={2000} value={fields.deliverable} onChange={set('deliverable')} error={err('deliverable')} />
        <ErrorAlert error={create.error} title={t('milestones.createFailed')} {...server.alert} />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('milestones.create')}
        </Button>
      </Stack>
    </Paper>
  );
}
