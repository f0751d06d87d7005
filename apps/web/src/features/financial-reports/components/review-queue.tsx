import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FinancialReportQueue } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useReportQueue } from '../api/financial-reports';

type Item = FinancialReportQueue['items'][number];

/** The reports waiting for the regulator, the oldest first with its age in days; each opens its versions and, for the regulator, the review. */
export function ReviewQueue({ onOpen }: { onOpen: (item: Item) => void }) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const names = useNames();
  const queue = useReportQueue(true);
  const items = queue.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-queue-title" data-testid="report-queue">
      <Title order={2} size="h4" id="report-queue-title" mb="xs">
        {t('queue.title')}
      </Title>
      <ErrorAlert error={queue.error} />
      {queue.data && items.length === 0 && <Text size="sm">{t('queue.empty')}</Text>}
      <Stack gap="xs" component="ol" style={{ paddingInlineStart: 0, listStyle: 'none', margin: 0 }}>
        {items.map((item) => {
          const clusterName = names.cluster({ slug: item.clusterSlug, nameHe: item.clusterNameHe, nameEn: item.clusterNameEn });
          return (
            <Group component="li" key={item.id} justify="space-between" wrap="wrap" gap="xs" data-report={item.id}>
              <Stack gap={0}>
                <Text fw={600}>{t('queue.item', { cluster: clusterName, year: String(item.fiscalYear) })}</Text>
                <Text size="xs">
                  {t('queue.details', { version: format.number(item.version), date: format.date(item.waitingSince), due: format.date(item.dueOn) })}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="filled" color={item.ageDays > 30 ? 'red.9' : 'gray.8'} tt="none" style={{ flexShrink: 0 }}>
                  {t('queue.age', { count: item.ageDays, n: format.number(item.ageDays) })}
                </Badge>
                <Button size="compact-sm" variant={item.actions.includes('review') ? 'filled' : 'light'} onClick={() => onOpen(item)} data-testid="queue-open">
                  {item.actions.includes('review') ? t('queue.review') : t('queue.view')}
                </Button>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
