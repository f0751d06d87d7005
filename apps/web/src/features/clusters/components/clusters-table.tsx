import { Anchor, Table } from '@mantine/core';
import type { Cluster } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClusterStatusBadge } from '../../../components/cluster-status-badge';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

export function ClustersTable({ clusters }: { clusters: Cluster[] }) {
  const { t } = useTranslation('clusters');
  const format = useFormat();
  const names = useNames();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder data-testid="clusters-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cluster.name')}</Table.Th>
            <Table.Th>{t('cluster.status')}</Table.Th>
            <Table.Th>{t('cluster.legalForm')}</Table.Th>
            <Table.Th>{t('cluster.foundedOn')}</Table.Th>
            <Table.Th>{t('cluster.memberCount')}</Table.Th>
            <Table.Th>{t('cluster.population')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clusters.map((c) => (
            <Table.Tr key={c.slug}>
              <Table.Td>
                <Anchor component={Link} to={`/clusters/${c.slug}`}>
                  {names.cluster(c)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <ClusterStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>{t(`legalForm.${c.legalForm}`)}</Table.Td>
              <Table.Td>{format.date(c.foundedOn)}</Table.Td>
              <Table.Td>{format.number(c.memberCount)}</Table.Td>
              <Table.Td>
                {format.number(c.population)}
                {c.populationUnknownCount > 0 && ` ${t('cluster.populationPartial', { n: format.number(c.populationUnknownCount) })}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
