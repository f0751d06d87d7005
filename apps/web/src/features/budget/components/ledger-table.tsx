import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useLedger } from '../api/get-ledger';

type Props = { programmeId: number; clusterName: (slug: string) => string; projectName: (serviceId: number) => string };

/** The programme's append-only ledger, newest first: every allocation, commitment, release and payment. */
export function LedgerTable({ programmeId, clusterName, projectName }: Props) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const ledger = useLedger(programmeId, true);
  if (ledger.error) return <ErrorAlert error={ledger.error} />;
  if (!ledger.data) return <PageLoader />;
  if (ledger.data.items.length === 0) return <Text c="dimmed">{t('ledger.empty')}</Text>;
  const entries = [...ledger.data.items].sort((a, b) => b.id - a.id);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder striped data-testid="ledger-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.at')}</Table.Th>
            <Table.Th>{t('ledger.kind')}</Table.Th>
            <Table.Th>{t('ledger.cluster')}</Table.Th>
            <Table.Th>{t('ledger.project')}</Table.Th>
            <Table.Th>{t('ledger.amount')}</Table.Th>
            <Table.Th>{t('ledger.note')}</Table.Th>
            <Table.Th>{t('ledger.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} data-kind={e.kind}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
              <Table.Td>{t(`ledger.kinds.${e.kind}`)}</Table.Td>
              <Table.Td>{clusterName(e.clusterSlug)}</Table.Td>
              <Table.Td>
                {e.serviceId === null ? (
                  '—'
                ) : (
                  <Anchor component={Link} to={`/services/${e.serviceId}`}>
                    {projectName(e.serviceId)}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.shekels(e.amountAgorot)}</Table.Td>
              <Table.Td>
                {/* A commitment or release speaks of its decision; older ones kept an English note for it. */}
                {e.decisionId !== null && (e.kind === 'commit' || e.kind === 'release') ? t('ledger.byDecision', { id: e.decisionId }) : e.note || '—'}
              </Table.Td>
              <Table.Td>{e.by ? <bdi>{e.by}</bdi> : t('ledger.system')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
