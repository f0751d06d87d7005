import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Programme } from '@eshkol/contracts/budget';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusters } from '../../../api/get-clusters';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useAllocate } from '../api/allocate';
import { buildAllocation, type AllocationFields, type FieldError } from '../model/budget-forms';

const empty: AllocationFields = { clusterSlug: '', amount: '', note: '' };

/** The ministry allocates part of the programme to a cluster; the server refuses more than is unallocated. */
export function AllocationForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const clusters = useClusters();
  const allocate = useAllocate();
  const [fields, setFields] = useState<AllocationFields>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof AllocationFields, FieldError>>>({});
  const [done, setDone] = useState<string | null>(null);
  const err = (key: keyof AllocationFields) => (errors[key] ? t(`budget.fieldErrors.${errors[key]}`) : undefined);
  const options = (clusters.data?.items ?? []).map((c) => ({ value: c.slug, label: names.cluster(c) })).sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const built = buildAllocation(fields);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    const label = options.find((o) => o.value === built.body.clusterSlug)?.label ?? built.body.clusterSlug;
    allocate.mutate(
      { programmeId: programme.id, body: built.body },
      {
        onSuccess: () => {
          setFields(empty);
          setDone(t('budget.allocationForm.done', { cluster: label, amount: format.shekels(Math.round(built.body.amount * 100)) }));
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="allocation-form-title" data-testid="allocation-form">
      <Stack>
        <Title order={3} size="h4" id="allocation-form-title">
          {t('budget.allocationForm.title')}
        </Title>
        <Text size="sm">{t('budget.allocationForm.unallocated', { amount: format.shekels(programme.unallocated) })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('budget.allocationForm.cluster')}
            placeholder={t('budget.allocationForm.clusterPlaceholder')}
            data={options}
            value={fields.clusterSlug || null}
            onChange={(v) => setFields((f) => ({ ...f, clusterSlug: v ?? '' }))}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
            error={err('clusterSlug')}
          />
          <TextInput
            label={t('budget.allocationForm.amount')}
            required
            inputMode="decimal"
            dir="ltr"
            leftSection="₪"
            value={fields.amount}
            onChange={(e) => {
              const amount = e.currentTarget.value;
              setFields((f) => ({ ...f, amount }));
            }}
            error={err('amount')}
          />
          <TextInput
            label={t('budget.allocationForm.note')}
            value={fields.note}
            maxLength={1000}
            onChange={(e) => {
              const note = e.currentTarget.value;
              setFields((f) => ({ ...f, note }));
            }}
          />
        </SimpleGrid>
        <ErrorAlert error={allocate.error} title={t('budget.allocationForm.failed')} />
        {done && (
          <Text role="status" c="teal.9" fw={500}>
            {done}
          </Text>
        )}
        <Button type="submit" loading={allocate.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('budget.allocationForm.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
