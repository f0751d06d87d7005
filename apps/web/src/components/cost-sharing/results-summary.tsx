import { Alert, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CostSharingMethod, CostSharingResult } from '@eshkol/contracts/cost-sharing';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { methodVerdict, overallVerdict, proposedVerdict } from '../../lib/cost-sharing/verdict';
import { FailuresAlert } from './failures-alert';

/** `proposed`: a study's proposed method, whose verdict heads the summary instead of the general one. */
type Props = { result: CostSharingResult; nameOf: (id: string) => string; proposed?: CostSharingMethod };

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm">{label}</Text>
      <Text fz={26} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Joint against stand-alone cost, the saving, the stability verdict in plain words (dark shades: AA contrast), and the methods that could not be computed. */
export function ResultsSummary({ result, nameOf, proposed }: Props) {
  const { t } = useTranslation('cost-model');
  const format = useFormat();
  const money = (n: number) => format.number(n, { style: 'currency', currency: 'ILS', maximumFractionDigits: 0 });
  const verdict = overallVerdict(result);
  const ofProposed = proposed ? proposedVerdict(result, proposed) : null;
  const names = (ids: string[]) => ids.map(nameOf).join(', ');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('results.standAloneTotal')} value={money(result.standAloneTotal)} testId="result-standalone" />
        <Figure label={t('results.joint')} value={money(result.total)} testId="result-joint" />
        <Figure
          label={t('results.saving')}
          value={`${money(result.saving)} (${result.savingPercent === null ? format.unknown : format.percent(result.savingPercent / 100)})`}
          testId="result-saving"
        />
      </SimpleGrid>
      {ofProposed && (
        <Alert
          color={ofProposed.verdict.kind === 'stable' ? 'teal.9' : ofProposed.verdict.kind === 'blocked' ? 'red.9' : 'gray.8'}
          variant="outline"
          title={t(`verdict.proposed.${ofProposed.verdict.kind}Title`, { method: t(`methods.${ofProposed.method}`) })}
          data-testid="verdict"
          data-verdict={ofProposed.verdict.kind}
        >
          {ofProposed.verdict.kind === 'stable' && t('verdict.methodStable')}
          {ofProposed.verdict.kind === 'blocked' && t('verdict.methodBlocked', { names: names(ofProposed.verdict.coalition), amount: money(ofProposed.verdict.saving) })}
          {ofProposed.verdict.kind === 'unchecked' &&
            (ofProposed.verdict.irrational.length > 0 ? t('verdict.methodIrrational', { names: names(ofProposed.verdict.irrational) }) : t('verdict.methodUnchecked'))}
          {ofProposed.stableInstead.length > 0 && ` ${t('verdict.proposed.stableInstead', { methods: ofProposed.stableInstead.map((m) => t(`methods.${m}`)).join(', ') })}`}
        </Alert>
      )}
      {!ofProposed && verdict.kind === 'stable' && (
        <Alert color="teal.9" variant="outline" title={t('verdict.stableTitle')} data-testid="verdict">
          {t('verdict.stable', { methods: verdict.methods.map((m) => t(`methods.${m}`)).join(', ') })}
        </Alert>
      )}
      {!ofProposed && verdict.kind === 'stable-elsewhere' && (
        <Alert color="#8f3f00" variant="outline" title={t('verdict.stableElsewhereTitle')} data-testid="verdict">
          {t('verdict.stableElsewhere')}
        </Alert>
      )}
      {!ofProposed && verdict.kind === 'empty-core' && (
        <Alert color="red.9" variant="outline" title={t('verdict.emptyTitle')} data-testid="verdict">
          {verdict.epsilon === null ? t('verdict.empty') : t('verdict.emptyWithSubsidy', { amount: money(verdict.epsilon) })}
        </Alert>
      )}
      {!ofProposed && verdict.kind === 'undecided' && (
        <Alert color="gray.8" variant="outline" title={t('verdict.undecidedTitle')} data-testid="verdict">
          {t('verdict.undecided')}
        </Alert>
      )}
      {!ofProposed && verdict.kind === 'unknown' && (
        <Alert color="gray.8" variant="outline" title={t('verdict.unknownTitle')} data-testid="verdict">
          {t('verdict.unknown')}
        </Alert>
      )}
      <List spacing={4} size="sm" data-testid="method-verdicts">
        {result.allocations.map((a) => {
          const v = methodVerdict(a);
          const method = t(`methods.${a.method}`);
          return (
            <List.Item key={a.method}>
              <Text span fw={600}>
                {method}:{' '}
              </Text>
              {v.kind === 'stable' && t('verdict.methodStable')}
              {v.kind === 'blocked' && t('verdict.methodBlocked', { names: names(v.coalition), amount: money(v.saving) })}
              {v.kind === 'unchecked' &&
                (v.irrational.length > 0
                  ? t('verdict.methodIrrational', { names: names(v.irrational) })
                  : t('verdict.methodUnchecked'))}
            </List.Item>
          );
        })}
      </List>
      <FailuresAlert failures={result.failures} />
    </Stack>
  );
}
