import { Anchor, Table, Text } from '@mantine/core';
import type { Membership } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MembershipEnd, MembershipSince } from '../../../components/membership-dates';
import { SourceList } from '../../../components/source-list';
import { useNames } from '../../../lib/names';

/** Every cluster the authority belonged to, with when. */
export function AuthorityMemberships({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation('authorities');
  const names = useNames();
  if (memberships.length === 0) return <Text>{t('authority.noMemberships')}</Text>;
  const sorted = [...memberships].sort((a, b) => Number(b.current) - Number(a.current));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder data-testid="membership-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('authority.cluster')}</Table.Th>
            <Table.Th>{t('membership.since')}</Table.Th>
            <Table.Th>{t('membership.until')}</Table.Th>
            <Table.Th>{t('membership.sources')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => (
            <Table.Tr key={m.id} data-current={m.current}>
              <Table.Td>
                <Anchor component={Link} to={`/clusters/${m.cluster.slug}`}>
                  {names.cluster(m.cluster)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <MembershipSince membership={m} />
              </Table.Td>
              <Table.Td>
                <MembershipEnd membership={m} />
              </Table.Td>
              <Table.Td>
                <SourceList sources={m.citations} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
