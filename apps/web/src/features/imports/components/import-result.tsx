import { Alert, SimpleGrid } from '@mantine/core';
import type { ImportResult as Result } from '@eshkol/contracts/imports';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

export function ImportResult({ result }: { result: Result }) {
  const { t } = useTranslation('imports');
  const format = useFormat();
  return (
    <Alert
      color={result.dryRun ? 'blue' : 'teal.9'}
      variant="outline"
      role="status"
      title={result.dryRun ? t('previewTitle') : t('doneTitle')}
      data-testid="import-result"
      data-dry-run={result.dryRun}
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
        <Figure label={t('rows')} testId="import-rows">
          {format.number(result.rows)}
        </Figure>
        <Figure label={t('created')} testId="import-created">
          {format.number(result.created)}
        </Figure>
        <Figure label={t('updated')} testId="import-updated">
          {format.number(result.updated)}
        </Figure>
        <Figure label={t('unchanged')} testId="import-unchanged">
          {format.number(result.unchanged)}
        </Figure>
      </SimpleGrid>
    </Alert>
  );
}
