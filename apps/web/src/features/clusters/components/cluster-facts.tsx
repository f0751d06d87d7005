import { Group, Paper, SimpleGrid } from '@mantine/core';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import { ClusterStatusBadge } from '../../../components/cluster-status-badge';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

export function ClusterFacts({ cluster }: { cluster: ClusterDetail }) {
  const { t } = useTranslation('clusters');
  const format = useFormat();
  return (
    <Paper withBorder p="md" data-testid="cluster-facts">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure label={t('cluster.nameHe')}>{cluster.nameHe ?? t('common.unknown')}</Figure>
        <Figure label={t('cluster.nameEn')}>
          <span dir="ltr">{cluster.nameEn ?? t('common.unknown')}</span>
        </Figure>
        <Figure label={t('cluster.otherNames')}>{cluster.otherNames.length > 0 ? cluster.otherNames.join(' · ') : t('common.none')}</Figure>
        <Figure label={t('cluster.status')}>
          <Group component="span">
            <ClusterStatusBadge status={cluster.status} />
          </Group>
        </Figure>
        <Figure label={t('cluster.legalForm')} testId="cluster-legal-form">
          {t(`legalForm.${cluster.legalForm}`)}
        </Figure>
        <Figure label={t('cluster.foundedOn')} testId="cluster-founded-on">
          {format.date(cluster.foundedOn)}
        </Figure>
        <Figure label={t('cluster.memberCount')} testId="cluster-member-count">
          {format.number(cluster.memberCount)}
        </Figure>
        <Figure
          label={t('cluster.population')}
          note={cluster.populationUnknownCount > 0 ? t('cluster.populationPartial', { n: format.number(cluster.populationUnknownCount) }) : undefined}
        >
          {format.number(cluster.population)}
        </Figure>
      </SimpleGrid>
    </Paper>
  );
}
