import { Alert, List } from '@mantine/core';
import type { ClusterStaffing, StaffingFlag } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { isolate } from '../../../lib/problems/problem-words';
import { usePositionName } from './staffing-words';

const flagKey = (f: StaffingFlag) => `${f.kind}-${'positionId' in f ? f.positionId : ''}-${'personId' in f ? f.personId : ''}`;

/** Where the staffing is above the approved establishment ("lean HQ"), or someone was recorded before their position's approval: one alert, a line each. */
export function StaffingFlags({ staffing }: { staffing: ClusterStaffing }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const positionName = usePositionName();
  if (staffing.flags.length === 0) return null;
  const positions = new Map(staffing.positions.map((p) => [p.id, p]));
  const people = new Map((staffing.people ?? []).map((p) => [p.id, p]));
  // A reader outside the cluster sees approved positions only: another is named as not yet approved.
  const position = (id: number) => {
    const p = positions.get(id);
    return p ? positionName(p) : t('flags.unlistedPosition');
  };
  const line = (f: StaffingFlag) => {
    switch (f.kind) {
      case 'headcount_above':
        return t('flags.headcount_above', { headcount: format.number(f.headcount), positions: format.number(f.positions) });
      case 'scope_above':
        return t('flags.scope_above', { position: position(f.positionId), filled: format.percent(f.filledPercent / 100), approved: format.percent(f.approvedPercent / 100) });
      case 'terms_above':
        return t('flags.terms_above', { position: position(f.positionId), person: isolate(people.get(f.personId)?.personName ?? t('flags.somebody')) });
      case 'filled_before_approval':
        return t('flags.filled_before_approval', { position: position(f.positionId) });
    }
  };
  return (
    <Alert color="red" variant="outline" title={t('flags.title')} data-testid="staffing-flags">
      <List size="sm" spacing={4}>
        {staffing.flags.map((f) => (
          <List.Item key={flagKey(f)} data-kind={f.kind}>
            {line(f)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
