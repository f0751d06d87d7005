import { Anchor, Table } from '@mantine/core';
import type { Authority } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

export function AuthoritiesTable({ items }: { items: Authority[] }) {
  const { t } = useTranslation('authorities');
  const format = useFormat();
  const names = useNames();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder data-testid="authorities-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('authority.name')}</Table.Th>
            <Table.Th>{t('authority.type')}</Table.Th>
            <Table.Th>{t('authority.district')}</Table.Th>
            <Table.Th>{t('authority.population')}</Table.Th>
            <Table.Th>{t('authority.socioEconomicShort')}</Table.Th>
            <Table.Th>{t('authority.peripheralityShort')}</Table.Th>
            <Table.Th>{t('authority.currentCluster')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-authority-id={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/authorities/${a.id}`}>
                  {names.authority(a)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`authorityType.${a.type}`)}</Table.Td>
              <Table.Td>{names.district(a.district)}</Table.Td>
              <Table.Td>{format.number(a.population)}</Table.Td>
              <Table.Td>{format.number(a.socioEconomicCluster)}</Table.Td>
              <Table.Td>{format.number(a.peripheralityCluster)}</Table.Td>
              <Table.Td>
                {a.currentCluster ? (
                  <Anchor component={Link} to={`/clusters/${a.currentCluster.slug}`}>
                    {names.cluster(a.currentCluster)}
                  </Anchor>
                ) : (
                  t('authority.noCluster')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
