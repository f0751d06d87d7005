import { Table } from '@mantine/core';
import type { Programme } from '@eshkol/contracts/budget';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { balanceTotals } from '../model/balances';

type Props = { clusters: Programme['clusters']; clusterName: (slug: string) => string };

/** Per cluster: allocated, committed to approved projects, paid against milestones, still available. */
export function BalancesTable({ clusters, clusterName }: Props) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const totals = balanceTotals(clusters);
  const cell = { style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table withTableBorder striped data-testid="balances-table">
        <Table.Caption>{t('balances.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('balances.cluster')}</Table.Th>
            <Table.Th>{t('balances.allocated')}</Table.Th>
            <Table.Th>{t('balances.committed')}</Table.Th>
            <Table.Th>{t('balances.paid')}</Table.Th>
            <Table.Th>{t('balances.available')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clusters.map((c) => (
            <Table.Tr key={c.clusterSlug} data-cluster={c.clusterSlug}>
              <Table.Th scope="row">{clusterName(c.clusterSlug)}</Table.Th>
              <Table.Td {...cell}>{format.shekels(c.allocated)}</Table.Td>
              <Table.Td {...cell}>{format.shekels(c.committed)}</Table.Td>
              <Table.Td {...cell}>{format.shekels(c.paid)}</Table.Td>
              <Table.Td {...cell} fw={600}>
                {format.shekels(c.available)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {clusters.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('balances.total')}</Table.Th>
              <Table.Td {...cell}>{format.shekels(totals.allocated)}</Table.Td>
              <Table.Td {...cell}>{format.shekels(totals.committed)}</Table.Td>
              <Table.Td {...cell}>{format.shekels(totals.paid)}</Table.Td>
              <Table.Td {...cell} fw={600}>
                {format.shekels(totals.available)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
