import { Anchor, Button, Table } from '@mantine/core';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MembershipSince } from '../../../components/membership-dates';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

type Member = ClusterDetail['members'][number];
type Props = { members: Member[]; onEnd?: (member: Member) => void };

export function MembersTable({ members, onEnd }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const sorted = [...members].sort((a, b) => names.authority(a).localeCompare(names.authority(b), format.locale));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('authority.name')}</Table.Th>
            <Table.Th>{t('authority.type')}</Table.Th>
            <Table.Th>{t('authority.district')}</Table.Th>
            <Table.Th>{t('authority.population')}</Table.Th>
            <Table.Th>{t('authority.socioEconomicShort')}</Table.Th>
            <Table.Th>{t('authority.peripheralityShort')}</Table.Th>
            <Table.Th>{t('membership.since')}</Table.Th>
            {onEnd && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => (
            <Table.Tr key={m.id} data-authority-id={m.id}>
              <Table.Td>
                <Anchor component={Link} to={`/authorities/${m.id}`}>
                  {names.authority(m)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`authorityType.${m.type}`)}</Table.Td>
              <Table.Td>{names.district(m.district)}</Table.Td>
              <Table.Td>{format.number(m.population)}</Table.Td>
              <Table.Td>{format.number(m.socioEconomicCluster)}</Table.Td>
              <Table.Td>{format.number(m.peripheralityCluster)}</Table.Td>
              <Table.Td>
                <MembershipSince membership={m.membership} />
              </Table.Td>
              {onEnd && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    onClick={() => onEnd(m)}
                    aria-label={t('membership.endFor', { name: names.authority(m) })}
                  >
                    {t('membership.end')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
