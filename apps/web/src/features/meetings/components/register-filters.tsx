import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { decisionStatuses, type DecisionStatus } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import type { RegisterFilters } from '../model/register-query';

type Props = { filters: RegisterFilters; bodies: { value: string; label: string }[]; onChange: (next: RegisterFilters) => void };

/** The register's filters: follow-up status, body, words in the decision, overdue only. */
export function RegisterFiltersBar({ filters, bodies, onChange }: Props) {
  const { t } = useTranslation('meetings');
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('register.filters')}>
      <Select
        label={t('register.status')}
        placeholder={t('register.any')}
        data={decisionStatuses.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
        value={filters.status}
        onChange={(v) => onChange({ ...filters, status: decisionStatuses.find((s): s is DecisionStatus => s === v) ?? null })}
        clearable
        w={180}
      />
      <Select
        label={t('register.body')}
        placeholder={t('register.any')}
        data={bodies}
        value={filters.body === null ? null : String(filters.body)}
        onChange={(v) => onChange({ ...filters, body: v === null ? null : Number(v) })}
        clearable
        w={240}
      />
      <TextInput label={t('register.search')} type="search" value={filters.q} onChange={(e) => onChange({ ...filters, q: e.currentTarget.value })} maxLength={200} w={240} />
      <Checkbox label={t('register.overdueOnly')} checked={filters.overdue} onChange={(e) => onChange({ ...filters, overdue: e.currentTarget.checked })} mb={8} />
    </Group>
  );
}
