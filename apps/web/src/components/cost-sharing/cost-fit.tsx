import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CostFit as Fit, FitRefusal } from '@eshkol/engine';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { costAt, fitsOf, roundedModel, type FitRow } from '../../lib/cost-sharing/cost-fit';
import type { ModelState } from '../../lib/cost-sharing/form-state';
import { useFormat } from '../../lib/format';
import { Chart } from '../chart';

type Props = { rows: readonly FitRow[]; onUse: (model: ModelState) => void };

const refusalKeys: Record<FitRefusal, string> = {
  'too-few-observations': 'fit.refusals.too-few-observations',
  'same-quantity': 'fit.refusals.same-quantity',
  'not-increasing': 'fit.refusals.not-increasing',
};

/**
 * The cost models that fit what the authorities have and pay today — a power law and a fixed cost
 * plus a price per unit — each with how well it fits and how many authorities it rests on, on a
 * chart beside the authorities' own figures. The user picks one for the model's fields, or none.
 */
export function CostFit({ rows, onUse }: Props) {
  const { t, i18n } = useTranslation('cost-model');
  const format = useFormat();
  const fits = useMemo(() => fitsOf(rows), [rows]);
  const shekels = (n: number, decimals = 0) => format.number(n, { style: 'currency', currency: 'ILS', minimumFractionDigits: 0, maximumFractionDigits: decimals });
  const power = roundedModel(fits.power);
  const linear = roundedModel(fits.linear);

  if (fits.points.length < 2) {
    return (
      <Text size="sm" c="dimmed" data-testid="cost-fit-waiting">
        {t('fit.waiting')}
      </Text>
    );
  }

  const card = (kind: 'power' | 'linear', fit: Fit, model: ReturnType<typeof roundedModel>) => (
    <Paper withBorder p="sm" data-testid={`cost-fit-${kind}`}>
      <Stack gap={6}>
        <Title order={5}>{t(`fit.${kind}.title`)}</Title>
        {model ? (
          <>
            <Text size="sm">
              {kind === 'power'
                ? t('fit.power.formula', { scale: format.number(model.scale!, { maximumSignificantDigits: 6 }), exponent: format.number(model.exponent!, { maximumFractionDigits: 3 }) })
                : t('fit.linear.formula', { fixed: shekels(model.fixed!), perUnit: shekels(model.scale!, 2) })}
            </Text>
            <Text size="sm">
              {fit.r2 === null ? t('fit.r2Unknown') : t(`fit.${kind}.r2`, { r2: format.percent(fit.r2) })}{' '}
              {t('fit.basis', { count: fit.observations })}
            </Text>
            {fit.throughOrigin && <Text size="sm">{t('fit.throughOrigin')}</Text>}
            <Button variant="light" w="fit-content" onClick={() => onUse(model)}>
              {t('fit.use')}
            </Button>
          </>
        ) : (
          <Text size="sm">{fit.refusal && t(refusalKeys[fit.refusal])}</Text>
        )}
      </Stack>
    </Paper>
  );

  const rtl = i18n.dir() === 'rtl';
  const maxQ = Math.max(...fits.points.map((p) => p.q));
  const curve = (m: NonNullable<ReturnType<typeof roundedModel>>) =>
    Array.from({ length: 41 }, (_, k) => {
      const q = (maxQ * 1.1 * k) / 40;
      return [q, costAt({ fixed: m.fixed!, scale: m.scale!, exponent: m.exponent! }, q)];
    });
  const option = {
    grid: { left: rtl ? 16 : 72, right: rtl ? 72 : 16, top: 36, bottom: 40 },
    legend: { top: 0, [rtl ? 'right' : 'left']: 0 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', name: t('fit.axisQuantity'), nameLocation: 'middle', nameGap: 26, inverse: rtl, axisLabel: { formatter: (v: number) => format.number(v), hideOverlap: true } },
    yAxis: { type: 'value', position: rtl ? 'right' : 'left', axisLabel: { formatter: (v: number) => shekels(v), hideOverlap: true } },
    series: [
      {
        type: 'scatter',
        name: t('fit.points'),
        data: fits.points.map((p) => ({ value: [p.q, p.cost], name: p.name })),
        tooltip: { formatter: (p: { name: string; value: [number, number] }) => `${p.name}: ${format.number(p.value[0])} · ${shekels(p.value[1], 2)}` },
        symbolSize: 9,
        color: '#1971c2',
      },
      ...(power ? [{ type: 'line', name: t('fit.power.title'), data: curve(power), showSymbol: false, color: '#c2255c', tooltip: { show: false } }] : []),
      ...(linear ? [{ type: 'line', name: t('fit.linear.title'), data: curve(linear), showSymbol: false, color: '#2f9e44', lineStyle: { type: 'dashed' }, tooltip: { show: false } }] : []),
    ],
  };

  return (
    <Stack gap="sm" data-testid="cost-fit">
      <Text size="sm">{t('fit.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {card('power', fits.power, power)}
        {card('linear', fits.linear, linear)}
      </SimpleGrid>
      {fits.leftOut.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('fit.leftOut', { names: new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(fits.leftOut.map((l) => l.name)) })}
        </Text>
      )}
      <Chart title={t('fit.chartTitle')} summary={t('fit.chartSummary', { count: fits.points.length })} option={option} height={280} testId="cost-fit-chart" />
    </Stack>
  );
}
