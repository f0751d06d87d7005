import { Badge } from '@mantine/core';
import type { Milestone } from '@eshkol/contracts/budget';
import { useTranslation } from 'react-i18next';

const colors: Record<Milestone['state'], string> = { planned: 'gray.7', done: '#8f3f00', paid: 'teal.9' };

export function MilestoneStateBadge({ state }: { state: Milestone['state'] }) {
  const { t } = useTranslation('budget');
  return (
    <Badge color={colors[state]} variant="filled" data-state={state}>
      {t(`milestones.states.${state}`)}
    </Badge>
  );
}
