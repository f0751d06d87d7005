import { Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuthorities } from '../../../api/get-authorities';
import { useClusters } from '../../../api/get-clusters';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useMe } from '../../../lib/auth/get-me';
import { usePainted } from '../../../lib/use-painted';
import { useBoundaries } from '../api/get-boundaries';
import { useProgrammeStats } from '../api/get-programme-stats';
import { ClusterCards } from '../components/cluster-cards';
import { MapLegend } from '../components/map-legend';
import { ProgrammeCharts } from '../components/programme-charts';
import { ProgrammeFigures } from '../components/programme-figures';
import { StatedFiguresTable } from '../components/stated-figures-table';

// The map is drawn after the figures: its code comes with its data, not with the page.
const ProgrammeMap = lazy(() => import('../components/programme-map').then((m) => ({ default: m.ProgrammeMap })));
// A signed-in reader's own work, with the contracts it reads and its words of cost sharing, is fetched when it shows.
const MyWork = lazy(() => import('../components/my-work').then((m) => ({ default: m.MyWork })));

function MapSection() {
  const { t } = useTranslation('home');
  const boundaries = useBoundaries();
  const authorities = useAuthorities();
  const clusters = useClusters();
  const error = boundaries.error ?? authorities.error ?? clusters.error;
  return (
    <section aria-labelledby="map-title">
      <Title order={2} id="map-title" mb="xs">
        {t('map.title')}
      </Title>
      <Text mb="md">{t('map.intro')}</Text>
      {error ? (
        <ErrorAlert error={error} />
      ) : !boundaries.data || !authorities.data || !clusters.data ? (
        <PageLoader />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Suspense fallback={<PageLoader />}>
              <ProgrammeMap boundaries={boundaries.data} authorities={authorities.data.items} clusters={clusters.data.items} />
            </Suspense>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <MapLegend clusters={clusters.data.items} />
          </Grid.Col>
        </Grid>
      )}
    </section>
  );
}

function ClustersSection() {
  const { t } = useTranslation('home');
  const clusters = useClusters();
  return (
    <TitledSection id="clusters-title" title={t('clustersTitle')}>
      {clusters.error ? <ErrorAlert error={clusters.error} /> : clusters.data ? <ClusterCards clusters={clusters.data.items} /> : <PageLoader />}
    </TitledSection>
  );
}

/** A part of the page under its heading, which names it (and, beside it, what chooses what it shows). */
function TitledSection({ id, title, children, aside }: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </section>
  );
}

/** `?asOf=2016`: a calendar year the figures may be asked of; anything else is today. */
function useFiguresYear(): [number | null, (year: number | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : null;
  return [year, (y) => setParams(y === null ? {} : { asOf: String(y) }, { replace: true, preventScrollReset: true })];
}

/** Today's figures or a past year's, among the years a source saw the membership in. */
function YearSwitch({ years, value, onChange }: { years: readonly number[]; value: number | null; onChange: (year: number | null) => void }) {
  const { t } = useTranslation('home');
  if (years.length === 0) return null;
  return (
    <SegmentedControl
      aria-label={t('year.label')}
      value={value === null ? 'today' : String(value)}
      onChange={(v) => onChange(v === 'today' ? null : Number(v))}
      data={[{ value: 'today', label: t('year.today') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
      data-testid="figures-year"
    />
  );
}

export function HomePage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('app.title'));
  const [year, setYear] = useFiguresYear();
  const stats = useProgrammeStats(year);
  const signedIn = !!useMe().data?.user;
  // What is below the key figures is drawn once they are on screen (or once they could not be had),
  // so its work does not hold them up.
  const below = usePainted(!!stats.data || !!stats.error);
  return (
    <Stack gap="xl">
      {signedIn && (
        <Suspense fallback={<PageLoader />}>
          <MyWork />
        </Suspense>
      )}
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text mt="xs" maw={760}>
          {t('intro')}
        </Text>
      </div>
      {stats.error ? (
        <ErrorAlert error={stats.error} />
      ) : !stats.data ? (
        <PageLoader />
      ) : (
        <TitledSection
          id="figures-title"
          title={stats.data.asOf === null ? t('figuresTitle') : t('figuresTitleOfYear', { year: String(stats.data.asOf) })}
          aside={<YearSwitch years={stats.data.years} value={year} onChange={setYear} />}
        >
          {stats.data.asOf !== null && (
            <Text size="sm" mb="sm" maw={760} data-testid="figures-year-note">
              {t('year.note', { year: String(stats.data.asOf) })}
            </Text>
          )}
          <ProgrammeFigures stats={stats.data} />
        </TitledSection>
      )}
      {below && (
        <>
          {stats.data && (
            <>
              <StatedFiguresTable figures={stats.data.statedFigures} />
              <TitledSection id="charts-title" title={t('chartsTitle')}>
                <ProgrammeCharts stats={stats.data} />
              </TitledSection>
            </>
          )}
          <MapSection />
          <ClustersSection />
        </>
      )}
    </Stack>
  );
}
