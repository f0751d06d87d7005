import { SimpleGrid } from '@mantine/core';
import type { ProgrammeStats } from '@eshkol/contracts/stats';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { StatCard } from './stat-card';
import { statedFor } from './stated-figures';

/** The programme in four numbers, each computed from the data, with the programme's own stated figure beside it. */
export function ProgrammeFigures({ stats }: { stats: ProgrammeStats }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  const threshold = format.number(stats.smallAuthorityThreshold);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <StatCard
        label={t('stats.clusters')}
        value={format.number(stats.clusterCount)}
        testId="stat-clusters"
        stated={statedFor(stats, 'clusterCount', 'clusters')}
      />
      <StatCard
        label={t('stats.members')}
        value={format.number(stats.memberAuthorityCount)}
        testId="stat-members"
        notes={[t('stats.membersOfNational', { national: format.number(stats.nationalAuthorityCount) })]}
        stated={statedFor(stats, 'memberAuthorityCount', 'members', 'memberAuthorities')}
      />
      <StatCard
        label={t('stats.residents')}
        value={format.number(stats.residentsCovered)}
        testId="stat-residents"
        notes={[
          stats.populationYear === null
            ? t('stats.populationYearUnknown')
            : t('stats.populationYear', { year: stats.populationYear }),
          ...(stats.residentsUnknownCount > 0
            ? [t('stats.residentsUnknown', { count: stats.residentsUnknownCount, n: format.number(stats.residentsUnknownCount) })]
            : []),
        ]}
        stated={statedFor(stats, 'residentsCovered', 'residents')}
      />
      <StatCard
        label={t('stats.smallShare', { threshold })}
        value={format.percent(stats.smallAuthorityShare)}
        testId="stat-small-share"
        notes={[t('stats.smallShareNational', { share: format.percent(stats.nationalSmallAuthorityShare) })]}
        stated={statedFor(stats, 'smallAuthorityShare', 'smallShare')}
      />
    </SimpleGrid>
  );
}
