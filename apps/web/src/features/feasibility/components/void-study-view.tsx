import { Alert, Paper, SimpleGrid, Stack } from '@mantine/core';
import type { VoidStudy } from '@eshkol/contracts/feasibility';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';
import { StudyHeading } from './study-heading';

/**
 * A version whose stored figures are beyond the ranges the server computes with: when and by whom
 * it was saved, what to do (the staff save a new version), and never a figure of it.
 */
export function VoidStudyView({ study, canSave }: { study: VoidStudy; canSave: boolean }) {
  const { t } = useTranslation('feasibility');
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`study-${study.version}-title`} data-testid="study-void" data-version={study.version}>
      <Stack>
        <StudyHeading version={study.version} submitted={study.submitted} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Figure label={t('view.savedAt')}>{format.dateTime(study.createdAt)}</Figure>
          <Figure label={t('view.savedBy')}>{study.createdBy ?? format.unknown}</Figure>
        </SimpleGrid>
        <Alert color="#8f3f00" variant="outline" title={t('void.title')}>
          {t('void.body')} {canSave ? t('void.saveNew') : t('void.staffSave')}
        </Alert>
      </Stack>
    </Paper>
  );
}
