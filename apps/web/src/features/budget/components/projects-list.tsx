import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Programme } from '@eshkol/contracts/budget';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { MilestonesTable } from './milestones-table';

type Props = { projects: Programme['projects']; clusterName: (slug: string) => string };

/** Each approved project's grant, what was paid, and its milestones. */
export function ProjectsList({ projects, clusterName }: Props) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  if (projects.length === 0) return <Text c="dimmed">{t('projects.none')}</Text>;
  return (
    <Stack data-testid="projects-list">
      {projects.map((p) => (
        <Paper key={p.serviceId} withBorder p="md" component="article" aria-labelledby={`project-${p.serviceId}`} data-service-id={p.serviceId}>
          <Group justify="space-between" align="baseline" mb="xs">
            <Title order={3} size="h5" id={`project-${p.serviceId}`}>
              <Anchor component={Link} to={`/services/${p.serviceId}`}>
                {p.nameHe || t('projects.unnamed', { id: p.serviceId })}
              </Anchor>
            </Title>
            <Text size="sm">{clusterName(p.clusterSlug)}</Text>
          </Group>
          <Text size="sm" mb="sm">
            {t('projects.figures', { committed: format.shekels(p.committed), paid: format.shekels(p.paid), unpaid: format.shekels(p.unpaid) })}
          </Text>
          <MilestonesTable
            milestones={p.milestones}
            canMarkDone={p.actions.includes('mark_done')}
            canReport={p.actions.includes('report')}
            canReview={p.actions.includes('review_report')}
            canPay={p.actions.includes('approve_payment')}
            caption={t('milestones.caption', { service: p.nameHe })}
          />
        </Paper>
      ))}
    </Stack>
  );
}
