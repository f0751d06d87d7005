import type { Programme } from '@eshkol/contracts/budget';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart';
import { directionOf } from '../../../i18n/setup';
import { barOption } from '../../../lib/chart-options';
import { useFormat } from '../../../lib/format';
import { balanceParts, balanceTotals, mostAvailable } from '../model/balances';

type Props = { clusters: Programme['clusters']; clusterName: (slug: string) => string };

/** Each cluster's allocation as one bar: paid, committed and not yet paid, available. */
export function BalancesChart({ clusters, clusterName }: Props) {
  const { t, i18n } = useTranslation('budget');
  const format = useFormat();
  const parts = balanceParts(clusters);
  const totals = balanceTotals(clusters);
  const best = mostAvailable(clusters);
  const shekels = (agorot: number) => format.number(agorot / 100, { style: 'currency', currency: 'ILS', maximumFractionDigits: 0 });
  const compact = (v: number) => format.number(v, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  const summary = [
    t('chart.summary', {
      count: clusters.length,
      allocated: shekels(totals.allocated),
      committed: shekels(totals.committed),
      paid: shekels(totals.paid),
      available: shekels(totals.available),
    }),
    best ? t('chart.mostAvailable', { cluster: clusterName(best.clusterSlug), amount: shekels(best.available) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const option = barOption({
    categories: parts.map((p) => clusterName(p.clusterSlug)),
    series: [
      { name: t('chart.paid'), values: parts.map((p) => p.paid / 100), color: '#0b7285' },
      { name: t('chart.unpaid'), values: parts.map((p) => p.unpaid / 100), color: '#e8590c' },
      { name: t('chart.available'), values: parts.map((p) => p.available / 100), color: '#74c0fc' },
    ],
    rtl: directionOf(i18n.language) === 'rtl',
    horizontal: true,
    stacked: true,
    format: compact,
  });
  return (
    <Chart
      title={t('chart.title')}
      summary={summary}
      option={{ ...option, tooltip: { ...option.tooltip, valueFormatter: (v: number) => shekels(v * 100) } }}
      height={Math.max(200, 70 + 44 * parts.length)}
      testId="balances-chart"
    />
  );
}
