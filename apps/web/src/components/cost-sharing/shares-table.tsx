import { Table, Text } from '@mantine/core';
import type { CostSharingMethod, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

type Props = {
  result: CostSharingResult;
  nameOf: (id: string) => string;
  /** A method to mark, with the words that mark it (a feasibility study's proposed method). */
  highlight?: { method: CostSharingMethod; label: string } | null;
};

/** One row per authority: its stand-alone cost, then its share and saving under each method. */
export function SharesTable({ result, nameOf, highlight = null }: Props) {
  const { t } = useTranslation('cost-model');
  const format = useFormat();
  const standAlone = new Map(result.standAlone.map((s) => [s.player, s.value]));
  // The viewport takes focus, so that a keyboard scrolls a table wider than the screen.
  return (
    <Table.ScrollContainer minWidth={200 + 150 * result.allocations.length} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table withTableBorder withColumnBorders data-testid="shares-table">
        <Table.Caption>{t('results.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('authority.name')}</Table.Th>
            <Table.Th>{t('results.standAlone')}</Table.Th>
            {result.allocations.map((a) => (
              <Table.Th key={a.method} bg={a.method === highlight?.method ? 'blue.0' : undefined} data-proposed={a.method === highlight?.method || undefined}>
                {t(`methods.${a.method}`)}
                {a.method === highlight?.method && (
                  <Text size="xs" fw={700} c="blue.9">
                    {highlight.label}
                  </Text>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.players.map((player) => (
            <Table.Tr key={player}>
              <Table.Th scope="row">{nameOf(player)}</Table.Th>
              <Table.Td>{format.shekels(Math.round((standAlone.get(player) ?? 0) * 100))}</Table.Td>
              {result.allocations.map((a) => {
                const s = a.shares.find((x) => x.player === player);
                if (!s) return <Table.Td key={a.method}>{format.unknown}</Table.Td>;
                return (
                  <Table.Td
                    key={a.method}
                    c={s.individuallyRational ? undefined : 'red.9'}
                    bg={a.method === highlight?.method ? 'blue.0' : undefined}
                    data-rational={s.individuallyRational}
                  >
                    {format.shekels(s.shareAgorot)}
                    {s.standardError !== null && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ±{format.shekels(Math.round(s.standardError * 100))}
                      </Text>
                    )}
                    <Text size="xs" c={s.individuallyRational ? 'dimmed' : 'red.9'}>
                      {s.individuallyRational
                        ? t('results.savingOf', { value: s.savingPercent === null ? format.unknown : format.percent(s.savingPercent / 100) })
                        : t('results.paysMore')}
                    </Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('results.total')}</Table.Th>
            <Table.Td>{format.shekels(Math.round(result.standAloneTotal * 100))}</Table.Td>
            {result.allocations.map((a) => (
              <Table.Td key={a.method}>{format.shekels(a.shares.reduce((sum, s) => sum + s.shareAgorot, 0))}</Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
