import { Center, Loader, Paper, Text, Title } from '@mantine/core';
import { lazy, Suspense, useId } from 'react';
import { usePainted } from '../lib/use-painted';

// ECharts is most of a page's code: it is fetched once the page around the chart is on screen, not with the page.
const ChartCanvas = lazy(() => import('./chart-canvas').then((m) => ({ default: m.ChartCanvas })));

type Props = {
  title: string;
  /** A one-paragraph text version of what the chart shows. */
  summary: string;
  option: Record<string, unknown>;
  height?: number;
  testId?: string;
};

/**
 * An ECharts chart (SVG) with a heading, an accessible name and a text summary. Drawn left-to-right; callers mirror the axes for RTL.
 * The heading and summary show at once; the drawing's place is kept at its height while its code arrives.
 */
export function Chart({ title, summary, option, height = 320, testId }: Props) {
  const summaryId = useId();
  // The drawing starts once the frame that first shows the chart's place is painted, so what shows
  // with it, such as a page's key figures, is not held up by its code.
  const painted = usePainted();
  const placeholder = (
    <Center h={height}>
      <Loader size="sm" aria-hidden="true" />
    </Center>
  );
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <div dir="ltr" role="img" aria-label={title} aria-describedby={summaryId}>
        {painted ? (
          <Suspense fallback={placeholder}>
            <ChartCanvas option={option} height={height} />
          </Suspense>
        ) : (
          placeholder
        )}
      </div>
      <Text component="figcaption" id={summaryId} size="sm" c="dimmed" mt="xs">
        {summary}
      </Text>
    </Paper>
  );
}
