import { revenueSources, type FinancialYearFigures } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart';
import { directionOf } from '../../../i18n/setup';
import { useFormat } from '../../../lib/format';

const sourceColors = ['#1864ab', '#0b7285', '#5f3dc4', '#a61e4d', '#2b8a3e'];
const expensesColor = '#e8590c';
const balanceColor = '#212529';

/** A cluster's finances over the years: revenue by source stacked, total expenses and the accumulated balance as lines; in shekels. */
export function FinancesChart({ series }: { series: readonly FinancialYearFigures[] }) {
  const { t, i18n } = useTranslation('financial-reports');
  const format = useFormat();
  const rtl = directionOf(i18n.language) === 'rtl';
  const shekels = (v: number) => format.number(v, { style: 'currency', currency: 'ILS', maximumFractionDigits: 0 });
  const compact = (v: number) => format.number(v, { notation: 'compact', maximumFractionDigits: 1 });
  const last = series.at(-1);
  const summary = last
    ? t('chart.summary', {
        count: series.length,
        n: format.number(series.length),
        year: String(last.fiscalYear),
        revenue: shekels(last.totals.revenue / 100),
        expenses: shekels(last.totals.expenses / 100),
        balance: shekels(last.figures.accumulatedBalance / 100),
      })
    : t('chart.empty');
  const line = (name: string, values: number[], color: string) => ({ type: 'line', name, data: values, itemStyle: { color }, lineStyle: { color, width: 2 }, symbolSize: 7 });
  const option = {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => shekels(v) },
    legend: { top: 0, [rtl ? 'right' : 'left']: 0, type: 'scroll' },
    grid: { top: 56, bottom: 10, left: 10, right: 20, containLabel: true },
    xAxis: { type: 'category', data: series.map((s) => String(s.fiscalYear)), inverse: rtl, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', position: rtl ? 'right' : 'left', axisLabel: { formatter: compact, hideOverlap: true } },
    series: [
      ...revenueSources.map((s, i) => ({
        type: 'bar',
        name: t(`lines.revenue.${s}`),
        stack: 'revenue',
        data: series.map((y) => y.figures.revenue[s] / 100),
        itemStyle: { color: sourceColors[i] },
        barMaxWidth: 36,
      })),
      line(t('totals.expenses'), series.map((y) => y.totals.expenses / 100), expensesColor),
      line(t('lines.accumulatedBalance'), series.map((y) => y.figures.accumulatedBalance / 100), balanceColor),
    ],
  };
  return <Chart title={t('chart.title')} summary={summary} option={option} height={360} testId="finances-chart" />;
}
