import { Anchor, Box, Button, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import type { Delegation } from '@eshkol/contracts/standing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { pickName, useNames } from '../../../lib/names';
import { historyOf, type CellView, type MatrixView } from '../model/standing';
import { DecisionText, DelegationLine, PeriodText } from './delegation-line';

type Row = MatrixView['rows'][number];

/** A cell of the table: a mark with the day and decision of the delegation in force, or a dash. */
function Cell({ cell }: { cell: CellView }) {
  const { t } = useTranslation('standing');
  const format = useFormat();
  if (!cell.current) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('matrix.notDelegated')}</span>
      </>
    );
  }
  return (
    <Stack gap={0} align="center">
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden">{t('matrix.delegated')}</span>
      <Text size="xs">{t('delegation.since', { date: format.date(cell.current.fromDay) })}</Text>
      {cell.current.decision.number && <Text size="xs">{t('matrix.decisionNumber', { number: cell.current.decision.number })}</Text>}
    </Stack>
  );
}

/** An authority's delegations to the cluster, the latest first, each with its decision; where the reader may, a button ends one in force. */
function HistoryModal({ row, delegations, powerName, onClose, onEnd }: { row: Row | null; delegations: readonly Delegation[]; powerName: (id: number) => string; onClose: () => void; onEnd: (d: Delegation) => void }) {
  const { t } = useTranslation('standing');
  const names = useNames();
  const history = row ? historyOf(delegations, row.authorityId) : [];
  return (
    <Modal opened={row !== null} onClose={onClose} size="lg" title={row ? t('matrix.historyOf', { authority: names.authority(row) }) : ''} closeButtonProps={{ 'aria-label': t('forms.close') }}>
      {history.length === 0 ? (
        <Text size="sm">{t('matrix.noHistory')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="delegation-history">
          {history.map((d) => (
            <DelegationLine key={d.id} d={d} title={powerName(d.powerId)} onEnd={onEnd} />
          ))}
        </Stack>
      )}
    </Modal>
  );
}

/**
 * The cluster's authorities by the powers they delegate to it, as it stands today: a table on
 * wide screens, a card for each authority on phones; each authority's whole history a click away.
 */
export function PowersMatrix({ matrix, delegations, caption, onEnd }: { matrix: MatrixView; delegations: readonly Delegation[]; caption: string; onEnd: (d: Delegation) => void }) {
  const { t, i18n } = useTranslation('standing');
  const names = useNames();
  const format = useFormat();
  const [open, setOpen] = useState<Row | null>(null);
  const powerName = (id: number) => {
    const p = matrix.powers.find((x) => x.id === id);
    return p ? (pickName(p, i18n.language) ?? '') : '';
  };
  const historyButton = (row: Row) => (
    <Button size="compact-sm" variant="subtle" onClick={() => setOpen(row)} aria-label={t('matrix.historyOf', { authority: names.authority(row) })} data-testid="delegation-history-open">
      {t('matrix.history')}
    </Button>
  );
  const authorityLink = (row: Row) => (
    <Anchor component={Link} to={`/authorities/${row.authorityId}`} size="sm">
      {names.authority(row)}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="md">
        <Table.ScrollContainer minWidth={220 + matrix.powers.length * 110}>
          <Table withTableBorder withColumnBorders striped data-testid="powers-matrix">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('matrix.authority')}</Table.Th>
                {matrix.powers.map((p) => (
                  <Table.Th key={p.id} scope="col" ta="center" fz="xs" data-power={p.id}>
                    {pickName(p, i18n.language)}
                    {p.retiredOn && <Text size="xs">{t('matrix.retired')}</Text>}
                  </Table.Th>
                ))}
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('matrix.history')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.rows.map((row) => (
                <Table.Tr key={row.authorityId} data-authority-id={row.authorityId}>
                  <Table.Th scope="row" fw={400}>
                    {authorityLink(row)}
                    {!row.member && <Text size="xs">{t('matrix.formerMember')}</Text>}
                  </Table.Th>
                  {row.cells.map((cell) => (
                    <Table.Td key={cell.power.id} ta="center" data-power={cell.power.id} data-on={cell.current !== null}>
                      <Cell cell={cell} />
                    </Table.Td>
                  ))}
                  <Table.Td>{historyButton(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack hiddenFrom="md" gap="sm" data-testid="powers-cards">
        {matrix.rows.map((row) => {
          const inForce = row.cells.filter((c) => c.current !== null);
          return (
            <Paper key={row.authorityId} withBorder p="sm" component="article" aria-label={names.authority(row)} data-authority-id={row.authorityId}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={0}>
                  {authorityLink(row)}
                  {!row.member && <Text size="xs">{t('matrix.formerMember')}</Text>}
                </Stack>
                {historyButton(row)}
              </Group>
              <Text size="sm" mt={4}>
                {t('matrix.inForceCount', { count: row.inForce, n: format.number(row.inForce) })}
              </Text>
              {inForce.length > 0 && (
                <Stack gap={4} mt={4} component="ul" style={{ paddingInlineStart: '1.2em', margin: 0 }}>
                  {inForce.map((c) => (
                    <li key={c.power.id}>
                      <Text size="sm" fw={600} span>
                        {pickName(c.power, i18n.language)}
                      </Text>{' '}
                      <PeriodText d={c.current!} /> · <DecisionText decision={c.current!.decision} />
                    </li>
                  ))}
                </Stack>
              )}
            </Paper>
          );
        })}
      </Stack>
      <HistoryModal row={open} delegations={delegations} powerName={powerName} onClose={() => setOpen(null)} onEnd={(d) => { setOpen(null); onEnd(d); }} />
    </>
  );
}
