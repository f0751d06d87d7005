import { Badge, Box, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { FinancialYearFigures } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

function Draft() {
  const { t } = useTranslation('financial-reports');
  return (
    <Badge size="xs" variant="outline" color="blue.9" tt="none" style={{ flexShrink: 0 }}>
      {t('finances.draft')}
    </Badge>
  );
}

/** The chart's figures as a table, a row a year (cards on a phone); a year whose report is not accepted is marked. */
export function FinancesTable({ series }: { series: readonly FinancialYearFigures[] }) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const cell = { style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };
  const rows = [...series].reverse();
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped data-testid="finances-table">
            <Table.Caption>{t('finances.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finances.year')}</Table.Th>
                <Table.Th>{t('totals.revenue')}</Table.Th>
                <Table.Th>{t('totals.expenses')}</Table.Th>
                <Table.Th>{t('lines.surplus')}</Table.Th>
                <Table.Th>{t('lines.accumulatedBalance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((y) => (
                <Table.Tr key={y.fiscalYear} data-year={y.fiscalYear}>
                  <Table.Th scope="row">
                    <Group gap={6} wrap="nowrap">
                      {y.fiscalYear}
                      {!y.accepted && <Draft />}
                    </Group>
                  </Table.Th>
                  <Table.Td {...cell}>{format.shekels(y.totals.revenue)}</Table.Td>
                  <Table.Td {...cell}>{format.shekels(y.totals.expenses)}</Table.Td>
                  <Table.Td {...cell}>{format.shekels(y.figures.surplus)}</Table.Td>
                  <Table.Td {...cell}>{format.shekels(y.figures.accumulatedBalance)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack hiddenFrom="sm" gap="sm" data-testid="finances-cards">
        {rows.map((y) => (
          <Paper key={y.fiscalYear} withBorder p="sm" component="article" aria-label={String(y.fiscalYear)}>
            <Group gap={6} mb={4}>
              <Text fw={700}>{y.fiscalYear}</Text>
              {!y.accepted && <Draft />}
            </Group>
            <SimpleGrid cols={2} spacing="xs">
              <Figure label={t('totals.revenue')}>{format.shekels(y.totals.revenue)}</Figure>
              <Figure label={t('totals.expenses')}>{format.shekels(y.totals.expenses)}</Figure>
              <Figure label={t('lines.surplus')}>{format.shekels(y.figures.surplus)}</Figure>
              <Figure label={t('lines.accumulatedBalance')}>{format.shekels(y.figures.accumulatedBalance)}</Figure>
            </SimpleGrid>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
