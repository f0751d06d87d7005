import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Study } from '@eshkol/contracts/feasibility';
import { useTranslation } from 'react-i18next';
import { ResultsSummary } from '../../../components/cost-sharing/results-summary';
import { SharesChart } from '../../../components/cost-sharing/shares-chart';
import { WarningsAlert } from '../../../components/cost-sharing/warnings-alert';
import { SharesTable } from '../../../components/cost-sharing/shares-table';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';
import { StudyHeading } from './study-heading';
import { StudyExplanation } from './study-explanation';
import { StudyInputs } from './study-inputs';
import { StudySensitivity } from './study-sensitivity';
import { useShekels } from './use-shekels';

/** One saved version: who saved it, what it proposes, what it was computed from and the engine's result. */
export function StudyView({ study, nameOf }: { study: Study; nameOf: (id: string) => string }) {
  const { t } = useTranslation(['feasibility', 'cost-model']);
  const format = useFormat();
  const money = useShekels();
  const proposed = study.input.proposedMethod;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`study-${study.version}-title`} data-testid="study-view" data-version={study.version}>
      <Stack>
        <StudyHeading version={study.version} submitted={study.submitted} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Figure label={t('view.savedAt')}>{format.dateTime(study.createdAt)}</Figure>
          <Figure label={t('view.savedBy')}>{study.createdBy ?? format.unknown}</Figure>
          <Figure label={t('fields.proposedMethod')}>{t(`cost-model:methods.${proposed}`)}</Figure>
          <Figure label={t('fields.requestedGrant')}>{study.input.requestedGrant > 0 ? money(study.input.requestedGrant) : t('view.noGrant')}</Figure>
        </SimpleGrid>
        {study.input.notes && (
          <div>
            <Text size="sm" c="dimmed">
              {t('fields.notes')}
            </Text>
            <Text style={{ whiteSpace: 'pre-line' }}>{study.input.notes}</Text>
          </div>
        )}
        {study.submitted && <Text size="sm">{t('view.frozen')}</Text>}
        <Title order={4} size="h5">
          {t('view.inputsTitle')}
        </Title>
        <StudyInputs input={study.input} nameOf={nameOf} />
        <Title order={4} size="h5">
          {t('view.resultTitle')}
        </Title>
        <ResultsSummary result={study.result} nameOf={nameOf} proposed={proposed} />
        <SharesTable result={study.result} nameOf={nameOf} highlight={{ method: proposed, label: t('view.proposedMark') }} />
        <SharesChart result={study.result} nameOf={nameOf} />
        <StudyExplanation study={study} nameOf={nameOf} />
        <WarningsAlert warnings={study.result.warnings} nameOf={nameOf} />
        <StudySensitivity serviceId={study.serviceId} study={study} nameOf={nameOf} />
      </Stack>
    </Paper>
  );
}
