import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { useTranslation } from 'react-i18next';
import { Chart } from '../chart';
import { directionOf } from '../../i18n/setup';
import { barOption } from '../../lib/chart-options';
import { useFormat } from '../../lib/format';

const methodColors = ['#1971c2', '#2f9e44', '#e8590c', '#9c36b5', '#c92a2a', '#0c8599', '#5c940d', '#d6336c', '#f59f00'];

/** Each authority's stand-alone cost beside its share under every method. */
export function SharesChart({ result, nameOf }: { result: CostSharingResult; nameOf: (id: string) => string }) {
  const { t, i18n } = useTranslation('cost-model');
  const format = useFormat();
  const standAlone = new Map(result.standAlone.map((s) => [s.player, s.value]));
  const series = [
    { name: t('results.standAlone'), values: result.players.map((p) => standAlone.get(p) ?? 0), color: '#868e96' },
    ...result.allocations.map((a, i) => ({
      name: t(`methods.${a.method}`),
      values: result.players.map((p) => a.shares.find((s) => s.player === p)?.share ?? 0),
      color: methodColors[i % methodColors.length],
    })),
  ];
  const biggest = [...result.standAlone].sort((a, b) => b.value - a.value)[0];
  return (
    <Chart
      title={t('results.chartTitle')}
      summary={t('results.chartSummary', {
        n: result.players.length,
        name: biggest ? nameOf(biggest.player) : format.unknown,
        value: format.shekels(Math.round((biggest?.value ?? 0) * 100)),
      })}
      option={barOption({
        categories: result.players.map(nameOf),
        series,
        rtl: directionOf(i18n.language) === 'rtl',
        horizontal: true,
        format: (n) => format.number(n, { maximumFractionDigits: 0 }),
      })}
      height={Math.max(260, 60 + result.players.length * (18 + 6 * series.length))}
      testId="shares-chart"
    />
  );
}
