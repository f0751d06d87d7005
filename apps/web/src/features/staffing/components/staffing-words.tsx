import { Badge } from '@mantine/core';
import type { PositionKind, PositionState, StaffingRequestState } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/problems/problem-words';

const positionColor: Record<PositionState, string> = { requested: 'indigo.9', approved: 'teal.9', rejected: 'gray.7' };
const requestColor: Record<StaffingRequestState, string> = { submitted: 'blue.9', returned: 'grape.9', approved: 'teal.9', rejected: 'gray.7' };

const badgeProps = { variant: 'filled', tt: 'none', style: { flexShrink: 0 } } as const;

export function PositionStateBadge({ state }: { state: PositionState }) {
  const { t } = useTranslation('staffing');
  return (
    <Badge color={positionColor[state]} {...badgeProps} data-state={state}>
      {t(`positionStates.${state}`)}
    </Badge>
  );
}

export function RequestStateBadge({ state }: { state: StaffingRequestState }) {
  const { t } = useTranslation('staffing');
  return (
    <Badge color={requestColor[state]} {...badgeProps} data-state={state}>
      {t(`requestStates.${state}`)}
    </Badge>
  );
}

/** A position as a page names it: its kind, and its title when it has one (a position of another kind by its title alone). */
export function usePositionName() {
  const { t } = useTranslation('staffing');
  return (p: { kind: PositionKind; title: string }) => {
    const title = p.title.trim();
    if (!title) return t(`positionKinds.${p.kind}`);
    // A title is the cluster's own words, kept in its writing direction inside a sentence of the other.
    return p.kind === 'other' ? isolate(title) : t('positionNamed', { kind: t(`positionKinds.${p.kind}`), title: isolate(title) });
  };
}
