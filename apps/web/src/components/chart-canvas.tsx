import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, LineChart, PieChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Props = { option: Record<string, unknown>; height: number };

/** The drawing itself: ECharts in SVG. Its own chunk, fetched by `Chart` when a page first draws one. */
export function ChartCanvas({ option, height }: Props) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={{ animation: false, textStyle: { fontFamily: 'Heebo, system-ui, sans-serif' }, ...option }}
      notMerge
      opts={{ renderer: 'svg' }}
      style={{ height, width: '100%' }}
    />
  );
}
