import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Programme } from '@eshkol/contracts/budget';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusters } from '../../../api/get-clusters';
import { ErrorAlert } from '../../../components/error-alert';
import { focusFirstRefused, useNumberRefusals } from '../../../components/number-refusals';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useAllocate } from '../api/allocate';
import { useWithdraw } from '../api/withdraw';
import { AmountField } from '../../../components/amount-field';
import { budgetAmountRule, buildAllocation, type AllocationFields, type FieldError } from '../model/budget-forms';

const empty: AllocationFields = { clusterSlug: '', amount: null, note: '' };

type Mode = 'allocate' | 'withdraw';

/**
 * The ministry allocates part of the programme to a cluster (the server refuses more than is
 * unallocated), or takes part of an allocation back with its reason (only what the cluster has
 * not committed): a correction is a new ledger entry, never an edit.
 */
export function AllocationForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const names = useNames();
  const clusters = useClusters();
  const allocate = useAllocate();
  const withdraw = useWithdraw();
  const [mode, setMode] = useState<Mode>('allocate');
  const mutation = mode === 'allocate' ? allocate : withdraw;
  const [fields, setFields] = useState<AllocationFields>(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof AllocationFields, FieldError>>>({});
  const [done, setDone] = useState<string | null>(null);
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const server = useServerIssues(
    mutation.error,
    {
      clusterSlug: t('allocationForm.cluster'),
      amount: t('allocationForm.amount'),
      note: mode === 'allocate' ? t('allocationForm.note') : t('allocationForm.withdraw.reason'),
    },
    { codes: { BUDGET_EXCEEDS_PROGRAMME: 'amount', WITHDRAWAL_EXCEEDS_AVAILABLE: 'amount', CLUSTER_NOT_FOUND: 'clusterSlug' } },
  );
  const err = (key: keyof AllocationFields) => (errors[key] ? t(`fieldErrors.${errors[key]}`) : server.errorOf(key));
  const options = (clusters.data?.items ?? []).map((c) => ({ value: c.slug, label: names.cluster(c) })).sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const built = buildAllocation(fields, mode);
    setErrors(built.ok ? {} : built.errors);
    if (!built.ok) return;
    const label = options.find((o) => o.value === built.body.clusterSlug)?.label ?? built.body.clusterSlug;
    const onSuccess = () => {
      setFields(empty);
      setDone(t(`allocationForm.${mode}.done`, { cluster: label, amount: format.shekels(Math.round(built.body.amount * 100)) }));
    };
    if (mode === 'allocate') allocate.mutate({ programmeId: programme.id, body: built.body }, { onSuccess });
    else withdraw.mutate({ programmeId: programme.id, body: built.body }, { onSuccess });
  };
  const switchTo = (next: Mode) => {
    setMode(next);
    setErrors({});
    setDone(null);
    allocate.reset();
    withdraw.reset();
  };

  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="allocation-form-title" data-testid="allocation-form">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id="allocation-form-title">
            {t(`allocationForm.${mode}.title`)}
          </Title>
          <SegmentedControl
            aria-label={t('allocationForm.mode')}
            value={mode}
            onChange={(v) => switchTo(v as Mode)}
            data={[
              { value: 'allocate', label: t('allocationForm.allocate.tab') },
              { value: 'withdraw', label: t('allocationForm.withdraw.tab') },
            ]}
            data-testid="allocation-mode"
          />
        </Group>
        <Text size="sm">
          {mode === 'allocate' ? t('allocationForm.unallocated', { amount: format.shekels(programme.unallocated) }) : t('allocationForm.withdraw.explain')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('allocationForm.cluster')}
            placeholder={t('allocationForm.clusterPlaceholder')}
            data={options}
            value={fields.clusterSlug || null}
            onChange={(v) => setFields((f) => ({ ...f, clusterSlug: v ?? '' }))}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
            error={err('clusterSlug')}
          />
          <AmountField rule={budgetAmountRule} label={t('allocationForm.amount')} value={fields.amount} onValue={(amount) => setFields((f) => ({ ...f, amount }))} error={err('amount')} report={refusals.report} />
          <TextInput
            label={mode === 'allocate' ? t('allocationForm.note') : t('allocationForm.withdraw.reason')}
            required={mode === 'withdraw'}
            error={err('note')}
            value={fields.note}
            maxLength={1000}
            onChange={(e) => {
              const note = e.currentTarget.value;
              setFields((f) => ({ ...f, note }));
            }}
          />
        </SimpleGrid>
        <ErrorAlert error={mutation.error} title={t(`allocationForm.${mode}.failed`)} {...server.alert} />
        {done && (
          <Text role="status" c="teal.9" fw={500}>
            {done}
          </Text>
        )}
        <Button type="submit" loading={mutation.isPending} color={mode === 'withdraw' ? 'red.9' : undefined} style={{ alignSelf: 'flex-start' }}>
          {t(`allocationForm.${mode}.submit`)}
        </Button>
      </Stack>
    </Paper>
  );
}
