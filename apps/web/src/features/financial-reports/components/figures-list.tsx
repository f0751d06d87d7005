import { Badge, Table } from '@mantine/core';
import type { FinancialFigures, FinancialTotals } from '@eshkol/contracts/financial-reports';
import { expenseKinds, revenueSources } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { FigureField } from '../model/report-form';

type Props = { figures: FinancialFigures; totals: FinancialTotals; changed?: ReadonlySet<FigureField> };

/** A version's figures: revenue by source and its total, expenses by kind and their total, the surplus and the accumulated balance. */
export function FiguresList({ figures, totals, changed = new Set() }: Props) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const cell = { style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums', textAlign: 'end' as const } };
  const line = (field: FigureField, label: string, agorot: number) => (
    <Table.Tr key={field} data-field={field} data-changed={changed.has(field) || undefined}>
      <Table.Th scope="row" fw={400}>
        {label}{' '}
        {changed.has(field) && (
          <Badge size="xs" variant="outline" color="orange.9" tt="none">
            {t('versions.changed')}
          </Badge>
        )}
      </Table.Th>
      <Table.Td {...cell}>{format.shekels(agorot)}</Table.Td>
    </Table.Tr>
  );
  const total = (label: string, agorot: number) => (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td {...cell} fw={700}>
        {format.shekels(agorot)}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="figures-list">
      <Table.Tbody>
        {revenueSources.map((s) => line(`figures.revenue.${s}`, t(`lines.revenue.${s}`), figures.revenue[s]))}
        {total(t('totals.revenue'), totals.revenue)}
        {expenseKinds.map((k) => line(`figures.expenses.${k}`, t(`lines.expenses.${k}`), figures.expenses[k]))}
        {total(t('totals.expenses'), totals.expenses)}
        {line('figures.surplus', t('lines.surplus'), figures.surplus)}
        {line('figures.accumulatedBalance', t('lines.accumulatedBalance'), figures.accumulatedBalance)}
      </Table.Tbody>
    </Table>
  );
}
