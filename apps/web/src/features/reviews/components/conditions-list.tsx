import { Button, Group, List, Text } from '@mantine/core';
import type { Decision } from '@eshkol/contracts/reviews';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useMarkConditionMet } from '../api/mark-condition-met';

type Props = { submissionId: number; conditions: Decision['conditions']; canMark: boolean };

/** A conditional approval's conditions: met (when, by whom) or open, with "mark met" for those allowed. */
export function ConditionsList({ submissionId, conditions, canMark }: Props) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const mark = useMarkConditionMet();
  if (conditions.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('history.conditions')}
      </Text>
      <List size="sm" spacing={6} data-testid="conditions-list">
        {conditions.map((c) => (
          <List.Item key={c.id} data-condition-id={c.id} data-met={c.metAt !== null}>
            <Group gap="xs">
              <Text span size="sm">
                {c.text}
              </Text>
              {c.metAt ? (
                <Text span size="xs" c="teal.9" fw={600}>
                  {t('history.met', { when: format.dateTime(c.metAt), by: c.metBy ?? format.unknown })}
                </Text>
              ) : (
                <>
                  <Text span size="xs" c="#8f3f00" fw={600}>
                    {t('history.open')}
                  </Text>
                  {canMark && (
                    <Button
                      size="compact-xs"
                      variant="outline"
                      loading={mark.isPending && mark.variables.conditionId === c.id}
                      onClick={() => mark.mutate({ submissionId, conditionId: c.id })}
                      aria-label={t('history.markMetFor', { condition: c.text })}
                    >
                      {t('history.markMet')}
                    </Button>
                  )}
                </>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <ErrorAlert error={mark.error} />
    </div>
  );
}
