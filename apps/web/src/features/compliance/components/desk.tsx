import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useCan } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { useDesk } from '../api/compliance';

/** What waits for the reader's review, the oldest first with its age: reports and requests, each linked to where it is reviewed. */
export function Desk() {
  const { t } = useTranslation('compliance');
  const format = useFormat();
  const names = useNames();
  const can = useCan();
  const readable = can('compliance.readDesk');
  const desk = useDesk(readable);
  if (!readable) return null;
  const items = desk.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="desk-title" data-testid="desk">
      <Title order={2} size="h4" id="desk-title" mb="xs">
        {t('desk.title')}
      </Title>
      <ErrorAlert error={desk.error} />
      {desk.data && items.length === 0 && <Text size="sm">{t('desk.empty')}</Text>}
      <Stack gap="xs" component="ol" style={{ paddingInlineStart: 0, listStyle: 'none', margin: 0 }}>
        {items.map((d) => (
          <Group component="li" key={`${d.kind}-${d.id}`} justify="space-between" wrap="wrap" gap="xs" data-kind={d.kind}>
            <Stack gap={0}>
              <Anchor component={Link} to={d.link} fw={600}>
                {d.title ? `${t(`desk.kinds.${d.kind}`)}: ${d.title}` : t(`desk.kinds.${d.kind}`)}
              </Anchor>
              <Text size="xs">
                {names.cluster({ slug: d.clusterSlug, nameHe: d.clusterNameHe, nameEn: d.clusterNameEn })} · {t('desk.submitted', { date: format.date(d.submittedAt) })}
              </Text>
            </Stack>
            <Badge variant="filled" color={d.ageDays > 30 ? 'red.9' : 'gray.8'} tt="none">
              {t('desk.age', { count: d.ageDays, n: format.number(d.ageDays) })}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
