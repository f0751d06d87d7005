import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-client';
import { useProblemWords } from '../../../lib/problems/problem-words';
import { gateOf } from '../model/gate-refusal';

/**
 * A refused submission: which gate stopped it, in the reader's words for its code, and what to do next.
 * Other failures (network, validation) show as any error does.
 */
export function GateRefusalAlert({ error, fields }: { error: unknown; fields?: Readonly<Record<string, string>> }) {
  const { t } = useTranslation('reviews');
  const words = useProblemWords();
  const gate = error instanceof ApiError ? gateOf(error.code) : null;
  if (!gate || !(error instanceof ApiError)) return <ErrorAlert error={error} title={t('submit.failed')} fields={fields} />;
  return (
    <Alert color="red" variant="outline" role="alert" title={t('submit.refused')} data-testid="gate-refusal" data-code={gate}>
      <Text size="sm" fw={600}>
        {words.problem(error)}
      </Text>
      <Text size="sm" mt={4}>
        {t(`gates.${gate}`)}
      </Text>
    </Alert>
  );
}
