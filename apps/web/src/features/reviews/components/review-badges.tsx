import { Badge } from '@mantine/core';
import type { DecisionOutcome } from '@eshkol/contracts/reviews';
import type { ServiceState } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';

/** Dark shades keep white text above 4.5:1 (Mantine's green.9 does not). */
const darkGreen = '#1f6f3f';
const outcomeColors: Record<DecisionOutcome, string> = {
  approve: 'teal.9',
  approve_with_conditions: darkGreen,
  return: '#8f3f00',
  reject: 'red.9',
};

const stateColors: Record<ServiceState, string> = {
  planning: 'gray.7',
  submitted: 'blue.9',
  returned: '#8f3f00',
  approved: 'teal.9',
  approved_with_conditions: darkGreen,
  rejected: 'red.9',
};

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const { t } = useTranslation('reviews');
  return (
    <Badge color={outcomeColors[outcome]} variant="filled" data-outcome={outcome}>
      {t(`outcomes.${outcome}`)}
    </Badge>
  );
}

export function ServiceStateBadge({ state }: { state: ServiceState }) {
  const { t } = useTranslation('reviews');
  return (
    <Badge color={stateColors[state]} variant="filled" data-state={state}>
      {t(`states.${state}`)}
    </Badge>
  );
}
