import { Anchor, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { Cluster } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClusterStatusBadge } from '../../../components/cluster-status-badge';
import { clusterColors } from '../../../lib/cluster-colors';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

export function ClusterCards({ clusters }: { clusters: Cluster[] }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  const names = useNames();
  const colors = clusterColors(clusters.map((c) => c.slug));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="cluster-cards">
      {clusters.map((c) => (
        <Card
          key={c.slug}
          withBorder
          padding="md"
          data-testid="cluster-card"
          style={{ borderInlineStart: `6px solid ${colors.get(c.slug)}` }}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Title order={3} size="h5">
              <Anchor component={Link} to={`/clusters/${c.slug}`}>
                {names.cluster(c)}
              </Anchor>
            </Title>
            <ClusterStatusBadge status={c.status} />
          </Group>
          <Text size="sm" mt="xs">
            {t('card.members', { n: format.number(c.memberCount) })}
          </Text>
          <Text size="sm">
            {t('card.residents', { n: format.number(c.population) })}
            {c.populationUnknownCount > 0 && ` ${t('card.residentsPartial', { n: format.number(c.populationUnknownCount) })}`}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
