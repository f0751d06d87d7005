import { Anchor, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { useServiceSubmissions } from '../api/get-service-submissions';
import { OutcomeBadge } from './review-badges';

/** The service's other submissions (an earlier one returned for changes, say), newest first. */
export function OtherSubmissions({ serviceId, currentId }: { serviceId: number; currentId: number }) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const submissions = useServiceSubmissions(serviceId, true);
  const others = (submissions.data?.items ?? []).filter((s) => s.id !== currentId).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  if (!submissions.data) return null;
  if (others.length === 0) return <Text c="dimmed">{t('submission.othersNone')}</Text>;
  return (
    <List spacing={6} data-testid="other-submissions">
      {others.map((s) => (
        <List.Item key={s.id}>
          <Group gap="xs">
            <Anchor component={Link} to={`/submissions/${s.id}`}>
              {t('service.open', { date: format.dateTime(s.submittedAt) })}
            </Anchor>
            {s.lastOutcome ? <OutcomeBadge outcome={s.lastOutcome} /> : <Text span size="sm">{t('pending')}</Text>}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
