import { Alert, List, Text } from '@mantine/core';
import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { failureText } from '../../lib/cost-sharing/failure-text';

/** The methods asked that could not be computed, each with its reason in the reader's language (dark shade: AA contrast). */
export function FailuresAlert({ failures }: { failures: CostSharingResult['failures'] }) {
  const { t } = useTranslation('cost-model');
  const format = useFormat();
  if (failures.length === 0) return null;
  return (
    <Alert color="#8f3f00" variant="outline" title={t('failures.title')} data-testid="result-failures">
      <List size="sm" spacing={4}>
        {failures.map((f) => (
          <List.Item key={f.method} data-method={f.method} data-code={f.code}>
            <Text span fw={600}>
              {t(`methods.${f.method}`)}:{' '}
            </Text>
            {failureText(f, { t, number: format.number })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
