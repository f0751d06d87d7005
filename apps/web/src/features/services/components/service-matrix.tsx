import { Anchor, Table, Text } from '@mantine/core';
import type { ServiceMatrix as Matrix } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { pickName, useNames } from '../../../lib/names';

type Cell = Matrix['rows'][number]['cells'][number];

/** Member authorities × services: who takes part in what and from when; read as a table by assistive technology. */
export function ServiceMatrix({ matrix, caption }: { matrix: Matrix; caption: string }) {
  const { t, i18n } = useTranslation('services');
  const names = useNames();
  const format = useFormat();
  const rows = [...matrix.rows].sort((a, b) => names.authority(a).localeCompare(names.authority(b), format.locale));

  const cellText = (cell: Cell | undefined) => {
    if (!cell?.status) return null;
    if (cell.status === 'joined') return cell.since ? t('matrix.joinedSince', { date: format.date(cell.since) }) : t('status.joined');
    return t(`status.${cell.status}`);
  };

  return (
    <Table.ScrollContainer minWidth={220 + matrix.services.length * 150}>
      <Table withTableBorder withColumnBorders striped data-testid="service-matrix">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('authority.name')}</Table.Th>
            {matrix.services.map((s) => (
              <Table.Th key={s.id} scope="col" ta="center">
                <Anchor component={Link} to={`/services/${s.id}`} size="sm">
                  {pickName(s, i18n.language) ?? s.nameHe}
                </Anchor>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const byService = new Map(row.cells.map((c) => [c.serviceId, c]));
            return (
              <Table.Tr key={row.authorityId} data-authority-id={row.authorityId}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/authorities/${row.authorityId}`}>
                    {names.authority(row)}
                  </Anchor>
                </Table.Th>
                {matrix.services.map((s) => {
                  const cell = byService.get(s.id);
                  const text = cellText(cell);
                  return (
                    <Table.Td key={s.id} ta="center" data-service-id={s.id} data-status={cell?.status ?? 'none'}>
                      {text === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('matrix.notInvited')}</span>
                        </>
                      ) : (
                        <Text size="sm" fw={cell?.status === 'joined' ? 600 : 400} c={cell?.status === 'joined' ? 'teal.9' : undefined}>
                          {cell?.status === 'joined' && <span aria-hidden="true">✓ </span>}
                          {text}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
