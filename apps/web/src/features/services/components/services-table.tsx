import { Anchor, Table } from '@mantine/core';
import type { ServiceSummary } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { pickName } from '../../../lib/names';
import { ServiceKindBadge, ServiceStateBadge } from './status-badges';

/** The cluster's services: what each is, where it stands, and how many invited authorities joined. */
export function ServicesTable({ services, caption }: { services: ServiceSummary[]; caption: string }) {
  const { t, i18n } = useTranslation('services');
  const format = useFormat();
  const name = (s: ServiceSummary) => pickName(s, i18n.language) ?? s.nameHe;
  const sorted = [...services].sort((a, b) => name(a).localeCompare(name(b), format.locale));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder data-testid="services-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.domain')}</Table.Th>
            <Table.Th scope="col">{t('fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('fields.state')}</Table.Th>
            <Table.Th scope="col">{t('fields.participants')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((s) => (
            <Table.Tr key={s.id} data-service-id={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/services/${s.id}`} fw={500}>
                  {name(s)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`domains.${s.domain}`)}</Table.Td>
              <Table.Td>
                <ServiceKindBadge kind={s.kind} />
              </Table.Td>
              <Table.Td>
                <ServiceStateBadge state={s.state} />
              </Table.Td>
              <Table.Td>{t('joinedOfInvited', { joined: format.number(s.participantCount), invited: format.number(s.invitedCount) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
