import { Text } from '@mantine/core';
import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { useTranslation } from 'react-i18next';
import { shapleyWayOf } from '../../lib/cost-sharing/shapley-way';
import { useFormat } from '../../lib/format';

/** A line under the shares saying how the Shapley value was computed, when not from every group's value. */
export function ShapleyNote({ result }: { result: CostSharingResult }) {
  const { t } = useTranslation('cost-model');
  const format = useFormat();
  const way = shapleyWayOf(result);
  if (!way) return null;
  return (
    <Text size="sm" data-testid="shapley-note">
      {way.way === 'quantity-dp' && t('results.shapleyWay.quantity-dp')}
      {way.way === 'airport' && t('results.shapleyWay.airport')}
      {way.way === 'sampled' &&
        (way.precision === null
          ? t('results.shapleyWay.sampled')
          : t('results.shapleyWay.sampledWithin', { percent: format.number(way.precision, { style: 'percent', maximumSignificantDigits: 2 }) }))}
    </Text>
  );
}
