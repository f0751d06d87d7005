import { SimpleGrid } from '@mantine/core';
import type { ProgrammeStats } from '@eshkol/contracts/stats';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart';
import { directionOf } from '../../../i18n/setup';
import {
  barOption,
  countAt,
  levelColor,
  mixBands,
  mixLevels,
  peripheralityColors,
  socioEconomicColors,
  type Mix,
} from '../../../lib/chart-options';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

const typeColors: Record<string, string> = {
  city: '#1971c2',
  local_council: '#2b8a3e',
  regional_council: '#b35806',
  industrial_local_council: '#7b3fa0',
};

export function ProgrammeCharts({ stats }: { stats: ProgrammeStats }) {
  const { t, i18n } = useTranslation('home');
  const format = useFormat();
  const names = useNames();
  const rtl = directionOf(i18n.language) === 'rtl';
  const clusters = [...stats.clusters].sort((a, b) => b.memberCount - a.memberCount);
  const categories = clusters.map((c) => names.cluster(c));
  const top = (values: number[]) => {
    const i = values.indexOf(Math.max(...values));
    return { name: categories[i] ?? '', value: values[i] ?? 0 };
  };

  /** A chart of the largest clusters alone says so. */
  const withShown = (summary: string) =>
    clusters.length < stats.clusterCount ? `${summary} ${t('charts.largestShown', { n: format.number(clusters.length), of: format.number(stats.clusterCount) })}` : summary;

  const mixChart = (kind: 'socioEconomic' | 'peripherality', colors: string[]) => {
    const mixes: Mix[] = clusters.map((c) => (kind === 'socioEconomic' ? c.socioEconomicMix : c.peripheralityMix));
    const levels = mixLevels(mixes);
    const bands = mixBands([kind === 'socioEconomic' ? stats.socioEconomicMix : stats.peripheralityMix]);
    return (
      <Chart
        testId={`chart-${kind}`}
        title={t(`charts.${kind}Title`)}
        summary={withShown(
          t(`charts.${kind}Summary`, {
            low: format.number(bands.low),
            middle: format.number(bands.middle),
            high: format.number(bands.high),
            unknown: format.number(bands.unknown),
          }),
        )}
        height={Math.max(320, clusters.length * 34 + 80)}
        option={barOption({
          categories,
          rtl,
          horizontal: true,
          stacked: true,
          format: format.number,
          series: levels.map((level) => ({
            name: level === null ? t('common.unknown') : t(`charts.${kind}Level`, { level }),
            values: mixes.map((m) => countAt(m, level)),
            color: levelColor(colors, level),
          })),
        })}
      />
    );
  };

  const members = clusters.map((c) => c.memberCount);
  const residents = clusters.map((c) => c.population);
  const byType = stats.byType.filter((b) => b.count > 0);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Chart
        testId="chart-members"
        title={t('charts.membersTitle')}
        summary={withShown(t('charts.membersSummary', { count: stats.clusterCount, n: format.number(stats.clusterCount), name: top(members).name, value: format.number(top(members).value) }))}
        height={Math.max(300, clusters.length * 30 + 40)}
        option={barOption({ categories, rtl, horizontal: true, format: format.number, series: [{ name: t('charts.members'), values: members }] })}
      />
      <Chart
        testId="chart-residents"
        title={t('charts.residentsTitle')}
        summary={withShown(t('charts.residentsSummary', { name: top(residents).name, value: format.number(top(residents).value) }))}
        height={Math.max(300, clusters.length * 30 + 40)}
        option={barOption({
          categories,
          rtl,
          horizontal: true,
          format: format.number,
          series: [{ name: t('charts.residents'), values: residents, color: '#0e8a8a' }],
        })}
      />
      {mixChart('socioEconomic', socioEconomicColors)}
      {mixChart('peripherality', peripheralityColors)}
      <Chart
        testId="chart-types"
        title={t('charts.typesTitle')}
        summary={byType.map((b) => `${t(`authorityType.${b.type}`, { defaultValue: b.type })}: ${format.number(b.count)}`).join(' · ')}
        option={{
          tooltip: { trigger: 'item', valueFormatter: (v: number) => format.number(v) },
          legend: { bottom: 0, type: 'scroll' },
          series: [
            {
              type: 'pie',
              radius: ['40%', '68%'],
              center: ['50%', '45%'],
              label: { formatter: (p: { name: string; value: number }) => `${p.name}: ${format.number(p.value)}` },
              data: byType.map((b) => ({
                name: t(`authorityType.${b.type}`, { defaultValue: b.type }),
                value: b.count,
                itemStyle: { color: typeColors[b.type] ?? '#5c6b73' },
              })),
            },
          ],
        }}
      />
    </SimpleGrid>
  );
}
