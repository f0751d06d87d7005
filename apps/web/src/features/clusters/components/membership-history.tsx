import { Anchor, Badge, Table } from '@mantine/core';
import type { Membership } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MembershipEnd, MembershipSince } from '../../../components/membership-dates';
import { SourceList } from '../../../components/source-list';

type Props = { history: Membership[]; nameOf: (authorityId: string) => string };

/** Every membership period of the cluster, ended ones included. */
export function MembershipHistory({ history, nameOf }: Props) {
  const { t } = useTranslation();
  const sorted = [...history].sort(
    (a, b) => Number(b.current) - Number(a.current) || nameOf(a.authorityId).localeCompare(nameOf(b.authorityId)),
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder data-testid="membership-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('authority.name')}</Table.Th>
            <Table.Th>{t('membership.since')}</Table.Th>
            <Table.Th>{t('membership.until')}</Table.Th>
            <Table.Th>{t('membership.sources')}</Table.Th>
            <Table.Th>{t('membership.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((m) => (
            <Table.Tr key={m.id} data-current={m.current}>
              <Table.Td>
                <Anchor component={Link} to={`/authorities/${m.authorityId}`}>
                  {nameOf(m.authorityId)}
                </Anchor>{' '}
                {!m.current && (
                  <Badge color="gray.8" variant="outline" size="sm">
                    {t('membership.ended')}
                  </Badge>
                )}
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
              <Table.Td>{m.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
