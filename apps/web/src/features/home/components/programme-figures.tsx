import { SimpleGrid } from '@mantine/core';
import type { ProgrammeStats } from '@eshkol/contracts/stats';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { StatCard } from './stat-card';
import { statedFor } from './stated-figures';

/** The programme in four numbers, each computed from the data, with the programme's own stated figure beside it. */
export function ProgrammeFigures({ stats }: { stats: ProgrammeStats }) {
  const { t } = useTranslation();
  const format = useFormat();
  const threshold = format.number(stats.smallAuthorityThreshold);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <StatCard
        label={t('home.stats.clusters')}
        value={format.number(stats.clusterCount)}
        testId="stat-clusters"
        stated={statedFor(stats, 'clusterCount', 'clusters')}
      />
      <StatCard
        label={t('home.stats.members')}
        value={format.number(stats.memberAuthorityCount)}
        testId="stat-members"
        notes={[t('home.stats.membersOfNational', { national: format.number(stats.nationalAuthorityCount) })]}
        stated={statedFor(stats, 'memberAuthorityCount', 'members', 'memberAuthorities')}
      />
      <StatCard
        label={t('home.stats.residents')}
        value={format.number(stats.residentsCovered)}
        testId="stat-residents"
        notes={[
          stats.populationYear === null
            ? t('home.stats.populationYearUnknown')
            : t('home.stats.populationYear', { year: stats.populationYear }),
          ...(stats.residentsUnknownCount > 0
            ? [t('home.stats.residentsUnknown', { count: stats.residentsUnknownCount, n: format.number(stats.residentsUnknownCount) })]
            : []),
        ]}
        stated={statedFor(stats, 'residentsCovered', 'residents')}
      />
      <StatCard
        label={t('home.stats.smallShare', { threshold })}
        value={format.percent(stats.smallAuthorityShare)}
        testId="stat-small-share"
        notes={[t('home.stats.smallShareNational', { share: format.percent(stats.nationalSmallAuthorityShare) })]}
        stated={statedFor(stats, 'smallAuthorityShare', 'smallShare')}
      />
    </SimpleGrid>
  );
}
