import { Badge } from '@mantine/core';
import type { FinancialReportState } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';

const colors: Record<FinancialReportState | 'none', string> = { submitted: 'blue.9', returned: '#8f3f00', accepted: 'teal.9', none: 'gray.8' };

/** A year's report state, or that none was sent. */
export function ReportStateBadge({ state }: { state: FinancialReportState | null }) {
  const { t } = useTranslation('financial-reports');
  const s = state ?? 'none';
  return (
    <Badge color={colors[s]} variant="filled" tt="none" style={{ flexShrink: 0, maxWidth: 'none' }} styles={{ label: { overflow: 'visible' } }} data-report-state={s}>
      {t(`states.${s}`)}
    </Badge>
  );
}
