import { Anchor, Table } from '@mantine/core';
import type { AuditEvent } from '@eshkol/contracts/audit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { AuditChanges } from './audit-changes';

/** Server actions are `entity.verb` (`membership.leave`, `import.clusters`): the verb names it, else the entity. */
function actionKeys(action: string): string[] {
  const parts = action.split('.');
  return [`audit:actions.${parts.at(-1)}`, `audit:actions.${parts[0]}`];
}

/** Changes the system made itself (loading the shipped data) carry no user. */
const bySystem = (actorEmail: string | null) => !actorEmail || actorEmail === 'system';

function entityLink(type: string, id: string): string | null {
  if (type === 'authority') return `/authorities/${id}`;
  if (type === 'cluster') return `/clusters/${id}`;
  return null;
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing="sm" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('when')}</Table.Th>
            <Table.Th>{t('who')}</Table.Th>
            <Table.Th>{t('action')}</Table.Th>
            <Table.Th>{t('entity')}</Table.Th>
            <Table.Th>{t('changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => {
            const href = entityLink(e.entityType, e.entityId);
            return (
              <Table.Tr key={e.id} data-audit-id={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                <Table.Td>{bySystem(e.actorEmail) ? t('system') : <bdi>{e.actorEmail}</bdi>}</Table.Td>
                <Table.Td>{t(actionKeys(e.action), { defaultValue: e.action })}</Table.Td>
                <Table.Td>
                  {t(`entityTypes.${e.entityType}`, { defaultValue: e.entityType })}{' '}
                  {href ? (
                    <Anchor component={Link} to={href}>
                      <bdi>{e.entityId}</bdi>
                    </Anchor>
                  ) : (
                    <bdi>{e.entityId}</bdi>
                  )}
                </Table.Td>
                <Table.Td>
                  <AuditChanges before={e.before} after={e.after} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
