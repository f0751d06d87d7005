import { Anchor, Table } from '@mantine/core';
import type { ParticipationMatrix as Matrix } from '@eshkol/contracts/participation';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

/** Authorities × domains, a ✓ where the authority takes part; read as a table by assistive technology. */
export function ParticipationMatrix({ matrix, caption }: { matrix: Matrix; caption: string }) {
  const { t } = useTranslation('participation');
  const names = useNames();
  const format = useFormat();
  const rows = [...matrix.rows].sort((a, b) => names.authority(a).localeCompare(names.authority(b), format.locale));
  return (
    <Table.ScrollContainer minWidth={200 + matrix.domains.length * 96}>
      <Table withTableBorder withColumnBorders striped data-testid="participation-matrix">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('authority.name')}</Table.Th>
            {matrix.domains.map((d) => (
              <Table.Th key={d} scope="col" ta="center">
                {t(`domains.${d}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.authorityId} data-authority-id={row.authorityId}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/authorities/${row.authorityId}`}>
                  {names.authority(row)}
                </Anchor>
              </Table.Th>
              {matrix.domains.map((d) => {
                const on = row.domains.includes(d);
                return (
                  <Table.Td key={d} ta="center" data-domain={d} data-on={on}>
                    <span aria-hidden="true">{on ? '✓' : '–'}</span>
                    <span className="visually-hidden">{on ? t('yes') : t('no')}</span>
                  </Table.Td>
                );
              })}
              <Table.Td>{row.updatedAt ? format.dateTime(row.updatedAt) : t('neverUpdated')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
