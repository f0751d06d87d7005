import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ClusterStaffing } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

function Tile({ label, value, note, above = false, testId }: { label: string; value: string; note: string; above?: boolean; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} data-above={above} style={above ? { borderColor: 'var(--mantine-color-red-8)' } : undefined}>
      <Text size="sm">{label}</Text>
      <Text fw={700} size="lg" c={above ? 'red.9' : undefined}>
        {value}
      </Text>
      <Text size="xs">{note}</Text>
    </Paper>
  );
}

/**
 * The establishment's figures as the server sums them: the approved positions and their scope,
 * today's people and the scope they fill, and the monthly cost — only where the reader reads
 * salaries, else said to be not shown (never a figure of our own).
 */
export function EstablishmentSummary({ staffing }: { staffing: ClusterStaffing }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const s = staffing.summary;
  const fte = s.approvedScopePercent / 100;
  const costAbove = s.salaryCostAgorot !== null && s.approvedCostAgorot !== null && s.salaryCostAgorot > s.approvedCostAgorot;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" data-testid="staffing-summary">
      <Tile
        testId="summary-positions"
        label={t('summary.positions')}
        value={format.number(s.approvedPositions)}
        note={t('summary.fte', { count: fte, n: format.number(fte, { maximumFractionDigits: 2 }) })}
      />
      <Tile
        testId="summary-headcount"
        label={t('summary.headcount')}
        value={format.number(s.headcount)}
        note={t('summary.ofPositions', { count: s.approvedPositions, n: format.number(s.approvedPositions) })}
        above={s.headcount > s.approvedPositions}
      />
      <Tile
        testId="summary-scope"
        label={t('summary.filledScope')}
        value={format.percent(s.filledScopePercent / 100)}
        note={t('summary.ofScope', { percent: format.percent(s.approvedScopePercent / 100) })}
        above={s.filledScopePercent > s.approvedScopePercent}
      />
      <Tile
        testId="summary-cost"
        label={t('summary.cost')}
        value={s.salaryCostAgorot === null ? t('hidden') : format.shekels(s.salaryCostAgorot)}
        note={s.approvedCostAgorot === null ? t('summary.costHidden') : t('summary.ofCost', { amount: format.shekels(s.approvedCostAgorot) })}
        above={costAbove}
      />
    </SimpleGrid>
  );
}
