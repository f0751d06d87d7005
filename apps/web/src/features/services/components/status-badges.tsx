import { Badge } from '@mantine/core';
import type { ParticipantStatus, ServiceKind, ServiceState } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';

// Dark shades: white text on them meets WCAG AA.
const stateColors: Record<ServiceState, string> = {
  planning: 'gray.8',
  submitted: 'blue.9',
  returned: '#8f3f00',
  approved: 'teal.9',
  approved_with_conditions: 'cyan.9',
  rejected: 'red.9',
};

const statusColors: Record<ParticipantStatus, string> = {
  invited: 'blue.9',
  joined: 'teal.9',
  declined: 'red.9',
  left: 'gray.8',
};

export function ServiceStateBadge({ state }: { state: ServiceState }) {
  const { t } = useTranslation('services');
  return (
    <Badge color={stateColors[state]} variant="filled" data-state={state}>
      {t(`state.${state}`)}
    </Badge>
  );
}

export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation('services');
  return (
    <Badge color={statusColors[status]} variant="filled" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function ServiceKindBadge({ kind }: { kind: ServiceKind }) {
  const { t } = useTranslation('services');
  return (
    <Badge color="dark" variant="outline" data-kind={kind}>
      {t(`kind.${kind}`)}
    </Badge>
  );
}
