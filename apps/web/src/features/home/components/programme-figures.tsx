import { SimpleGrid } from '@mantine/core';
import type { ProgrammeStats } from '@eshkol/contracts/stats';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { StatCard, type StatedBeside } from './stat-card';
import { compare, statedFor } from './stated-figures';

/**
 * The programme in five numbers, each computed from the data — of today's members, or of a past
 * year's — with the programme's own stated figure beside it and why the two differ.
 */
export function ProgrammeFigures({ stats }: { stats: ProgrammeStats }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  const threshold = format.number(stats.smallAuthorityThreshold);
  const year = stats.asOf === null ? null : String(stats.asOf);
  type Figure = 'clusters' | 'members' | 'residents' | 'localCouncils' | 'smallShare';
  const label = (key: Figure, values: Record<string, string> = {}) => (year === null ? t(`stats.${key}`, values) : t(`statsOfYear.${key}`, { ...values, year }));
  const view = { asOf: stats.asOf, populationYear: stats.populationYear };
  const beside = (computed: number | null, measure: 'count' | 'residents' | 'share', ...keys: string[]): StatedBeside[] =>
    statedFor(stats, ...keys).map((figure) => ({ figure, comparison: compare(figure, computed, view, measure) }));
  const localCouncils = stats.byType.find((b) => b.type === 'local_council')?.count ?? 0;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
      <StatCard label={label('clusters')} value={format.number(stats.clusterCount)} testId="stat-clusters" stated={beside(stats.clusterCount, 'count', 'clusterCount', 'clusters')} />
      <StatCard
        label={label('members')}
        value={format.number(stats.memberAuthorityCount)}
        testId="stat-members"
        notes={[t('stats.membersOfNational', { national: format.number(stats.nationalAuthorityCount) })]}
        stated={beside(stats.memberAuthorityCount, 'count', 'memberAuthorityCount', 'members', 'memberAuthorities')}
      />
      <StatCard
        label={label('residents')}
        value={format.number(stats.residentsCovered)}
        testId="stat-residents"
        notes={[
          stats.populationYear === null ? t('stats.populationYearUnknown') : t('stats.populationYear', { year: stats.populationYear }),
          ...(stats.residentsUnknownCount > 0 ? [t('stats.residentsUnknown', { count: stats.residentsUnknownCount, n: format.number(stats.residentsUnknownCount) })] : []),
        ]}
        stated={beside(stats.residentsCovered, 'residents', 'residentsCovered', 'residents')}
      />
      <StatCard label={label('localCouncils')} value={format.number(localCouncils)} testId="stat-local-councils" stated={beside(localCouncils, 'count', 'localCouncilCount')} />
      <StatCard
        label={label('smallShare', { threshold })}
        value={format.percent(stats.smallAuthorityShare)}
        testId="stat-small-share"
        notes={[t('stats.smallShareNational', { share: format.percent(stats.nationalSmallAuthorityShare) })]}
        stated={beside(stats.smallAuthorityShare, 'share', 'smallAuthorityShare', 'smallShare')}
      />
    </SimpleGrid>
  );
}
