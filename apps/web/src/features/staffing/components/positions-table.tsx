import { Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { Position } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { PositionStateBadge, usePositionName } from './staffing-words';

/** The cluster's positions: a table on wide screens, a card each on phones. The gross only where the server gives it. */
export function PositionsTable({ positions }: { positions: readonly Position[] }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const positionName = usePositionName();
  if (positions.length === 0) return <Text size="sm">{t('positions.none')}</Text>;
  const gross = (p: Position) => (p.grossAgorot === null ? t('hidden') : format.shekels(p.grossAgorot));
  const filled = (p: Position) => t('positions.filled', { count: p.headcount, n: format.number(p.headcount), percent: format.percent(p.filledPercent / 100) });
  const since = (p: Position) => (p.approvedOn ? t('positions.since', { date: format.date(p.approvedOn) }) : null);
  return (
    <>
      <Box visibleFrom="md">
        <Table withTableBorder striped data-testid="positions-table">
          <Table.Caption>{t('positions.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('positions.columns.position')}</Table.Th>
              <Table.Th>{t('positions.columns.scope')}</Table.Th>
              <Table.Th>{t('positions.columns.funding')}</Table.Th>
              <Table.Th>{t('positions.columns.gross')}</Table.Th>
              <Table.Th>{t('positions.columns.filled')}</Table.Th>
              <Table.Th>{t('positions.columns.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {positions.map((p) => (
              <Table.Tr key={p.id} data-position={p.id} data-state={p.state}>
                <Table.Th scope="row" fw={500}>
                  {positionName(p)}
                </Table.Th>
                <Table.Td>{format.percent(p.scopePercent / 100)}</Table.Td>
                <Table.Td>{t(`fundingSources.${p.funding}`)}</Table.Td>
                <Table.Td data-testid="position-gross">{gross(p)}</Table.Td>
                <Table.Td>{filled(p)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    <PositionStateBadge state={p.state} />
                    {since(p) && <Text size="xs">{since(p)}</Text>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="md" gap="sm" data-testid="positions-cards">
        {positions.map((p) => (
          <Paper key={p.id} withBorder p="sm" component="article" aria-label={positionName(p)} data-position={p.id} data-state={p.state}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={700}>{positionName(p)}</Text>
              <PositionStateBadge state={p.state} />
            </Group>
            <Text size="sm" mt={4}>
              {t('positions.card', { scope: format.percent(p.scopePercent / 100), funding: t(`fundingSources.${p.funding}`) })}
            </Text>
            <Text size="sm">{t('positions.cardGross', { gross: gross(p) })}</Text>
            <Text size="sm">{filled(p)}</Text>
            {since(p) && <Text size="xs">{since(p)}</Text>}
          </Paper>
        ))}
      </Stack>
    </>
  );
}
