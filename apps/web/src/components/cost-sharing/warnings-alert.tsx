import { Alert, List } from '@mantine/core';
import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { warningText } from '../../lib/cost-sharing/warning-text';

type Props = { warnings: CostSharingResult['warnings']; nameOf: (id: string) => string };

/** What the reader of a result should know (the core not examined, a sampled Shapley value…), in the reader's language. */
export function WarningsAlert({ warnings, nameOf }: Props) {
  const { t } = useTranslation('cost-model');
  const format = useFormat();
  if (warnings.length === 0) return null;
  const list = (items: string[]) => new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(items);
  return (
    <Alert color="#8f3f00" variant="outline" title={t('results.warnings')} data-testid="result-warnings">
      <List size="sm">
        {warnings.map((w, i) => (
          <List.Item key={i}>{warningText(w, { t, number: format.number, list, nameOf })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
