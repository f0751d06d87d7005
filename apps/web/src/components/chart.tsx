import { Paper, Text, Title } from '@mantine/core';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useId } from 'react';

echarts.use([BarChart, LineChart, PieChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Props = {
  title: string;
  /** A one-paragraph text version of what the chart shows. */
  summary: string;
  option: Record<string, unknown>;
  height?: number;
  testId?: string;
};

/** An ECharts chart (SVG) with a heading, an accessible name and a text summary. Drawn left-to-right; callers mirror the axes for RTL. */
export function Chart({ title, summary, option, height = 320, testId }: Props) {
  const summaryId = useId();
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <div dir="ltr" role="img" aria-label={title} aria-describedby={summaryId}>
        <ReactEChartsCore
          echarts={echarts}
          option={{ animation: false, textStyle: { fontFamily: 'Heebo, system-ui, sans-serif' }, ...option }}
          notMerge
          opts={{ renderer: 'svg' }}
          style={{ height, width: '100%' }}
        />
      </div>
      <Text component="figcaption" id={summaryId} size="sm" c="dimmed" mt="xs">
        {summary}
      </Text>
    </Paper>
  );
}
