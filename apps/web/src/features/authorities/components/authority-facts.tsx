import { Anchor, Paper, SimpleGrid } from '@mantine/core';
import type { AuthorityDetail } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

/** Every figure of the authority; a missing one reads "unknown", with the year of each index. */
export function AuthorityFacts({ authority: a }: { authority: AuthorityDetail }) {
  const { t } = useTranslation('authorities');
  const format = useFormat();
  const names = useNames();
  const year = (y: number | null) => (y === null ? t('authority.yearUnknown') : t('authority.year', { year: y }));
  const location =
    a.lat === null || a.lon === null
      ? t('common.unknown')
      : `${format.number(a.lat, { maximumFractionDigits: 4 })}, ${format.number(a.lon, { maximumFractionDigits: 4 })}`;

  return (
    <Paper withBorder p="md" data-testid="authority-facts">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure label={t('authority.nameHe')}>{a.nameHe}</Figure>
        <Figure label={t('authority.nameEn')}>
          <span dir="ltr">{a.nameEn ?? t('common.unknown')}</span>
        </Figure>
        <Figure label={t('authority.type')}>{t(`authorityType.${a.type}`)}</Figure>
        <Figure label={t('authority.district')}>{names.district(a.district)}</Figure>
        <Figure label={t('authority.population')} note={year(a.populationYear)} testId="authority-population">
          {format.number(a.population)}
        </Figure>
        <Figure label={t('authority.socioEconomic')} note={year(a.socioEconomicYear)} testId="authority-socio-economic">
          {format.number(a.socioEconomicCluster)}
        </Figure>
        <Figure label={t('authority.peripherality')} note={year(a.peripheralityYear)} testId="authority-peripherality">
          {format.number(a.peripheralityCluster)}
        </Figure>
        <Figure label={t('authority.area')}>
          {a.areaKm2 === null ? t('common.unknown') : t('authority.areaValue', { n: format.number(a.areaKm2, { maximumFractionDigits: 1 }) })}
        </Figure>
        <Figure label={t('authority.cbsCode')}>{a.cbsCode}</Figure>
        <Figure label={t('authority.moiCode')}>{a.moiCode ?? t('common.unknown')}</Figure>
        <Figure label={t('authority.location')} note={a.locationDerived ? t('authority.locationDerived') : undefined}>
          <span dir="ltr">{location}</span>
        </Figure>
        <Figure label={t('authority.currentCluster')} testId="authority-current-cluster">
          {a.currentCluster ? (
            <Anchor component={Link} to={`/clusters/${a.currentCluster.slug}`}>
              {names.cluster(a.currentCluster)}
            </Anchor>
          ) : (
            t('authority.noCluster')
          )}
        </Figure>
      </SimpleGrid>
    </Paper>
  );
}
