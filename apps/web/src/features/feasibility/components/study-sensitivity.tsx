import { Button, Group, Loader, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { breakEvenSearch, type CostSharingMethod, type Sensitivity } from '@eshkol/contracts/cost-sharing';
import type { Study } from '@eshkol/contracts/feasibility';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useStudySensitivity, type SensitivityAsk } from '../api/get-study-sensitivity';
import { savingShares, sensitivityRows, worseOffAtTop, type BreakEvenWords } from '../model/sensitivity-rows';

const ranges = ['0.1', '0.2', '0.3', '0.5'] as const;
const lineColors = ['#1971c2', '#2f9e44', '#e8590c', '#9c36b5', '#c92a2a', '#0c8599', '#5c940d', '#d6336c', '#495057', '#f08c00'];

/** How a version's shares move if the joint cost or an authority's quantity turns out other than estimated, computed when asked. */
export function StudySensitivity({ serviceId, study, nameOf }: { serviceId: number; study: Study; nameOf: (id: string) => string }) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const titleId = useId();
  const methods = study.result.allocations.map((a) => a.method);
  const [method, setMethod] = useState<CostSharingMethod>(study.input.proposedMethod);
  const [range, setRange] = useState<(typeof ranges)[number]>('0.2');
  const [ask, setAsk] = useState<SensitivityAsk | null>(null);
  const analysis = useStudySensitivity(serviceId, study.version, ask);
  const format = useFormat();
  const percent = (x: number) => format.number(x, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <Stack component="section" aria-labelledby={titleId} data-testid="study-sensitivity">
      <Title order={4} size="h5" id={titleId}>
        {t('sensitivity.title')}
      </Title>
      <Text size="sm">{t('sensitivity.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('sensitivity.method')}
          data={methods.map((m) => ({ value: m, label: t(`cost-model:methods.${m}`) }))}
          value={method}
          onChange={(v) => v && setMethod(methods.find((m) => m === v) ?? method)}
          allowDeselect={false}
          w={220}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${titleId}-range`}>
            {t('sensitivity.range')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${titleId}-range`}
            data={ranges.map((r) => ({ value: r, label: `±${percent(Number(r))}` }))}
            value={range}
            onChange={(v) => setRange(ranges.find((r) => r === v) ?? range)}
          />
        </Stack>
        <Button variant="outline" onClick={() => setAsk({ method, range: Number(range) })} loading={analysis.isFetching} data-testid="sensitivity-compute">
          {t('sensitivity.compute')}
        </Button>
      </Group>
      {analysis.isFetching && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('sensitivity.computing')}</Text>
        </Group>
      )}
      {analysis.error && <ErrorAlert error={analysis.error} />}
      {analysis.data && !analysis.isFetching && <SensitivityResult analysis={analysis.data} study={study} nameOf={nameOf} />}
    </Stack>
  );
}

function SensitivityResult({ analysis, study, nameOf }: { analysis: Sensitivity; study: Study; nameOf: (id: string) => string }) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const format = useFormat();
  // A signed figure reads left to right inside a Hebrew sentence too ("+20%", not "20%+").
  const plainSigned = (x: number, digits = 0) => format.number(x, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: digits });
  const signed = (x: number, digits = 0) => `\u2066${plainSigned(x, digits)}\u2069`;
  const rise = (x: number, digits = 0) => format.number(Math.abs(x), { style: 'percent', maximumFractionDigits: digits });
  const money = (x: number | null) => (x === null ? t('sensitivity.undefined') : format.shekels(Math.round(x * 100)));
  const rows = sensitivityRows(analysis, breakEvenSearch.upTo);
  const standAlone = new Map(study.result.standAlone.map((s) => [s.player, s.value]));
  const { changes, lines } = savingShares(analysis, standAlone);
  const worse = worseOffAtTop(analysis);
  const range = signed(analysis.range);
  const rangeRise = rise(analysis.range);
  const breakEvenText = (b: BreakEvenWords) => {
    switch (b.kind) {
      case 'already':
        return t('sensitivity.breakEven.already');
      case 'at':
        return t('sensitivity.breakEven.at', { change: rise(b.change, 1) });
      case 'between':
        return t('sensitivity.breakEven.between', { from: rise(b.from), to: rise(b.to) });
      case 'none':
        return t('sensitivity.breakEven.none', { upTo: rise(b.upTo) });
      case 'unknown':
        return t('sensitivity.breakEven.unknown', { upTo: rise(b.upTo) });
    }
  };
  const summary =
    worse.length === 0
      ? t('sensitivity.summaryNone', { change: rangeRise, method: t(`cost-model:methods.${analysis.method}`) })
      : t('sensitivity.summarySome', { change: rangeRise, names: format.list(worse.map(nameOf)), count: worse.length });

  return (
    <Stack>
      <Text fw={500} data-testid="sensitivity-summary">
        {summary}
      </Text>
      <Chart
        testId="sensitivity-chart"
        title={t('sensitivity.chartTitle')}
        summary={`${summary} ${t('sensitivity.chartHint')}`}
        height={340}
        option={{
          tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? t('sensitivity.undefined') : plainSigned(v, 1)) },
          legend: { bottom: 0, type: 'scroll' },
          grid: { left: 56, right: 24, top: 24, bottom: 64 },
          xAxis: { type: 'category', data: changes.map((c) => plainSigned(c)), name: t('sensitivity.axisChange'), nameLocation: 'middle', nameGap: 28 },
          yAxis: { type: 'value', axisLabel: { formatter: (v: number) => plainSigned(v) } },
          series: lines.map((l, i) => ({
            type: 'line',
            name: nameOf(l.player),
            data: l.values,
            connectNulls: false,
            color: lineColors[i % lineColors.length],
            markLine: i === 0 ? { silent: true, symbol: 'none', lineStyle: { color: '#c92a2a', type: 'dashed' }, label: { formatter: t('sensitivity.aloneLine') }, data: [{ yAxis: 0 }] } : undefined,
          })),
        }}
      />
      <Table.ScrollContainer minWidth={820} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
        <Table withTableBorder withColumnBorders data-testid="sensitivity-table">
          <Table.Caption>{t('sensitivity.tableCaption', { method: t(`cost-model:methods.${analysis.method}`) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cost-model:authority.name')}</Table.Th>
              <Table.Th>{t('sensitivity.now')}</Table.Th>
              <Table.Th>{t('sensitivity.jointAt', { change: signed(-analysis.range) })}</Table.Th>
              <Table.Th>{t('sensitivity.jointAt', { change: range })}</Table.Th>
              {analysis.quantities && (
                <>
                  <Table.Th>{t('sensitivity.quantityAt', { change: signed(-analysis.range) })}</Table.Th>
                  <Table.Th>{t('sensitivity.quantityAt', { change: range })}</Table.Th>
                </>
              )}
              <Table.Th>{t('sensitivity.breakEvenTitle')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.player}>
                <Table.Th scope="row">{nameOf(r.player)}</Table.Th>
                <Table.Td>{money(r.now)}</Table.Td>
                <Table.Td>{money(r.low)}</Table.Td>
                <Table.Td>{money(r.high)}</Table.Td>
                {analysis.quantities && (
                  <>
                    <Table.Td>{money(r.quantityLow)}</Table.Td>
                    <Table.Td>{money(r.quantityHigh)}</Table.Td>
                  </>
                )}
                <Table.Td c={r.breakEven.kind === 'already' ? 'red.9' : undefined}>{breakEvenText(r.breakEven)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {t('sensitivity.howRead')}
      </Text>
    </Stack>
  );
}
