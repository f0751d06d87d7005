import { Group, List, Paper, Stack, Text } from '@mantine/core';
import type { Decision } from '@eshkol/contracts/reviews';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { checklistItems } from '../model/decision-form';
import { ConditionsList } from './conditions-list';
import { OutcomeBadge } from './review-badges';

type Props = { submissionId: number; decisions: Decision[]; canMarkMet: boolean };

/** Every decision, newest first: never edited, only followed by a newer one. */
export function DecisionHistory({ submissionId, decisions, canMarkMet }: Props) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  if (decisions.length === 0) return <Text c="dimmed">{t('history.none')}</Text>;
  const newestFirst = [...decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || b.id - a.id);
  return (
    <Stack data-testid="decision-history">
      {newestFirst.map((d, i) => (
        <Paper key={d.id} withBorder p="md" component="article" aria-label={t('history.itemLabel', { outcome: t(`outcomes.${d.outcome}`), when: format.dateTime(d.decidedAt) })} data-decision-id={d.id}>
          <Stack gap="xs">
            <Group gap="sm">
              <OutcomeBadge outcome={d.outcome} />
              <Text size="sm">{t('history.by', { when: format.dateTime(d.decidedAt), by: d.decidedBy })}</Text>
              {i > 0 && (
                <Text size="xs" c="dimmed">
                  {t('history.superseded')}
                </Text>
              )}
            </Group>
            {d.grantAgorot !== null && <Text size="sm">{t('history.grant', { amount: format.shekels(d.grantAgorot) })}</Text>}
            <List size="sm" spacing={2} listStyleType="none" aria-label={t('decide.checklist')}>
              {checklistItems.map((item) => (
                <List.Item key={item}>
                  <span aria-hidden="true">{d.checklist[item] ? '✓ ' : '✗ '}</span>
                  {t(`checklist.${item}`)}: {d.checklist[item] ? t('checklist.yes') : t('checklist.no')}
                </List.Item>
              ))}
            </List>
            {d.checklist.remarks && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600}>
                  {t('checklist.remarks')}:{' '}
                </Text>
                {d.checklist.remarks}
              </Text>
            )}
            {d.reasons && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600}>
                  {t('history.reasons')}:{' '}
                </Text>
                {d.reasons}
              </Text>
            )}
            <ConditionsList submissionId={submissionId} conditions={d.conditions} canMark={canMarkMet && i === 0} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
