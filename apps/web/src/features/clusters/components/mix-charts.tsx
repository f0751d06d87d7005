import { SimpleGrid } from '@mantine/core';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart';
import { directionOf } from '../../../i18n/setup';
import { barOption, countAt, levelColor, mixBands, peripheralityColors, socioEconomicColors, type Mix } from '../../../lib/chart-options';
import { useFormat } from '../../../lib/format';

/** The members by socio-economic and by peripherality cluster (1–10, and unknown when any). */
export function MixCharts({ cluster }: { cluster: ClusterDetail }) {
  const { t, i18n } = useTranslation('clusters');
  const format = useFormat();
  const rtl = directionOf(i18n.language) === 'rtl';

  const chart = (kind: 'socioEconomic' | 'peripherality', mix: Mix, colors: string[]) => {
    const levels: (number | null)[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    if (countAt(mix, null) > 0) levels.push(null);
    const bands = mixBands([mix]);
    return (
      <Chart
        testId={`cluster-chart-${kind}`}
        title={t(`cluster.charts.${kind}Title`)}
        summary={t(`cluster.charts.${kind}Summary`, {
          low: format.number(bands.low),
          middle: format.number(bands.middle),
          high: format.number(bands.high),
          unknown: format.number(bands.unknown),
        })}
        height={280}
        option={barOption({
          categories: levels.map((l) => (l === null ? t('common.unknown') : format.number(l))),
          rtl,
          format: format.number,
          series: [
            {
              name: t('cluster.charts.members'),
              values: levels.map((l) => countAt(mix, l)),
              colors: levels.map((l) => levelColor(colors, l)),
            },
          ],
        })}
      />
    );
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {chart('socioEconomic', cluster.socioEconomicMix, socioEconomicColors)}
      {chart('peripherality', cluster.peripheralityMix, peripheralityColors)}
    </SimpleGrid>
  );
}
