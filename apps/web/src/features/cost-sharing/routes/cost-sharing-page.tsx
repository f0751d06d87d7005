import { Button, Checkbox, Collapse, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { User } from '@eshkol/contracts/auth';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { costSharingMethods, type CostSharingInput, type CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCluster } from '../../../api/get-cluster';
import { useClusters } from '../../../api/get-clusters';
import { AccessGate } from '../../../components/access-gate';
import { FormProblemsAlert } from '../../../components/cost-sharing/form-problems-alert';
import { ErrorAlert } from '../../../components/error-alert';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { PageLoader } from '../../../components/page-loader';
import { useMe } from '../../../lib/auth/get-me';
import { useNames } from '../../../lib/names';
import { downloadSharesWorkbook, useComputeShares } from '../api/compute-shares';
import { ExcelImport } from '../../../components/cost-sharing/excel-import';
import { CostFit } from '../../../components/cost-sharing/cost-fit';
import { ModelForm } from '../../../components/cost-sharing/model-form';
import { ParticipantsTable } from '../../../components/cost-sharing/participants-table';
import { ResultsSummary } from '../../../components/cost-sharing/results-summary';
import { SharesChart } from '../../../components/cost-sharing/shares-chart';
import { WarningsAlert } from '../../../components/cost-sharing/warnings-alert';
import { SharesTable } from '../../../components/cost-sharing/shares-table';
import { ShapleyNote } from '../../../components/cost-sharing/shapley-note';
import {
  availableMethods,
  buildInput,
  defaultModels,
  fillBlocs,
  recommendedMethod,
  refusedNumbersProblem,
  type FormProblem,
  type FormState,
  type ParticipantRow,
} from '../../../lib/cost-sharing/form-state';

export function CostSharingPage() {
  const { t } = useTranslation(['cost-sharing', 'cost-model']);
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      <AccessGate need="costSharing.compute">
        <CostSharingWorkspace />
      </AccessGate>
    </Stack>
  );
}

/** Those who work for one cluster compute for it; the others choose one. */
function ClusterChoice({ user, value, onChange }: { user: User | null; value: string; onChange: (slug: string) => void }) {
  const { t } = useTranslation(['cost-sharing', 'cost-model']);
  const names = useNames();
  const clusters = useClusters();
  if (user?.clusterSlug) return null;
  return (
    <Select
      label={t('cluster')}
      placeholder={t('clusterPlaceholder')}
      data={(clusters.data?.items ?? []).map((c) => ({ value: c.slug, label: names.cluster(c) }))}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      w="100%"
      maw={360}
      data-testid="cluster-choice"
    />
  );
}

type Member = ClusterDetail['members'][number];

/** The buttons that fill a column of the participants: their words wrap on a narrow screen rather than being cut. */
const fillButton = { variant: 'light', h: 'auto', mih: 36, py: 6, styles: { label: { whiteSpace: 'normal' } } } as const;

function CostSharingWorkspace() {
  const { t } = useTranslation(['cost-sharing', 'cost-model']);
  const names = useNames();
  const user = useMe().data?.user ?? null;
  const [params, setParams] = useSearchParams();
  const slug = user?.clusterSlug ?? params.get('cluster') ?? '';
  const cluster = useCluster(slug);
  // The recommended method alone, with why; the others behind "compare methods".
  const [state, setState] = useState<FormState>({ rows: [], model: defaultModels.power, methods: [recommendedMethod], weightBasis: 'population' });
  const [comparing, setComparing] = useState(false);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [submitted, setSubmitted] = useState<CostSharingInput | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const compute = useComputeShares();
  // A figure refused as typed keeps the calculation from being sent; it says why beside itself.
  const refusals = useNumberRefusals();
  const workspace = useRef<HTMLDivElement>(null);

  const members = useMemo(() => cluster.data?.members ?? [], [cluster.data]);
  useEffect(() => {
    setState((s) => ({
      ...s,
      rows: members.map((m) => ({ authorityId: m.id, name: names.authority(m), population: m.population, included: true, quantity: null, level: null, currentCost: null, bloc: '' })),
    }));
    compute.reset();
    setSubmitted(null);
    // Reset only when the cluster changes.
  }, [members]);

  const nameOf = useMemo(() => {
    const byId = new Map(state.rows.map((r) => [r.authorityId, r.name]));
    return (id: string) => byId.get(id) ?? id;
  }, [state.rows]);
  const included = state.rows.filter((r) => r.included).length;
  const possible = availableMethods(included);

  const patchRow = (authorityId: string, patch: Partial<ParticipantRow>) =>
    setState((s) => ({ ...s, rows: s.rows.map((r) => (r.authorityId === authorityId ? { ...r, ...patch } : r)) }));
  const owen = state.methods.includes('owen');
  const facility = state.model.type === 'facility';
  // Blocs from what the registry knows of each member; an unknown district leaves the bloc as it was.
  const fillBlocsBy = (blocOf: (member: Member) => string | null) => {
    const byId = new Map(members.map((m) => [m.id, m]));
    const blocOfId = (id: string) => {
      const member = byId.get(id);
      return member ? blocOf(member) : null;
    };
    setState((s) => ({ ...s, rows: fillBlocs(s.rows, blocOfId) }));
  };

  const run = () => {
    if (refusals.count > 0) {
      setProblems([refusedNumbersProblem(refusals.count)]);
      focusFirstRefused(workspace.current);
      return;
    }
    const built = buildInput(state);
    setProblems(built.problems);
    if (!built.input) return;
    setSubmitted(built.input);
    compute.mutate(built.input);
  };

  const labels = Object.fromEntries(state.rows.map((r) => [r.authorityId, r.name]));

  return (
    <NumberRefusals report={refusals.report}>
      <Stack gap="lg" ref={workspace}>
        <ClusterChoice user={user} value={slug} onChange={(v) => setParams(v ? { cluster: v } : {})} />
        {!slug && <Text c="dimmed">{t('chooseCluster')}</Text>}
        {cluster.error && <ErrorAlert error={cluster.error} />}
        {slug && cluster.isPending && <PageLoader />}
        {cluster.data && (
          <>
            <Paper withBorder p="md" component="section" aria-labelledby="cs-participants">
              <Title order={2} size="h3" id="cs-participants" mb="xs">
                {t('participants.title', { cluster: names.cluster(cluster.data) })}
              </Title>
              <Stack gap="sm">
                <Group>
                  {!facility && (
                    <Button
                      {...fillButton}
                      onClick={() => setState((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, quantity: r.population })) }))}
                    >
                      {t('cost-model:participants.usePopulation')}
                    </Button>
                  )}
                  {owen && (
                    <>
                      <Button {...fillButton} onClick={() => fillBlocsBy((m) => (m.district ? names.district(m.district) : null))}>
                        {t('cost-model:participants.blocsByDistrict')}
                      </Button>
                      <Button {...fillButton} onClick={() => fillBlocsBy((m) => t(`authorityType.${m.type}`))}>
                        {t('cost-model:participants.blocsByType')}
                      </Button>
                    </>
                  )}
                </Group>
                {owen && (
                  <Text size="sm" c="dimmed">
                    {t('cost-model:participants.blocsHint')}
                  </Text>
                )}
                <ExcelImport
                  rows={state.rows.map((r) => ({ ...r, nameEn: members.find((m) => m.id === r.authorityId)?.nameEn ?? null }))}
                  byLevel={facility}
                  onApply={(updates) =>
                    setState((s) => ({
                      ...s,
                      rows: s.rows.map((r) => {
                        const u = updates.get(r.authorityId);
                        if (!u) return r;
                        const measure = s.model.type === 'facility' ? { level: u.quantity ?? r.level } : { quantity: u.quantity ?? r.quantity };
                        return { ...r, ...measure, currentCost: u.currentCost ?? r.currentCost };
                      }),
                    }))
                  }
                />
                <ParticipantsTable rows={state.rows} onChange={patchRow} unit={t('cost-model:participants.unit')} withBlocs={owen} byLevel={facility} />
              </Stack>
            </Paper>

            <Paper withBorder p="md" component="section" aria-labelledby="cs-model">
              <Title order={2} size="h3" id="cs-model" mb="xs">
                {t('cost-model:model.title')}
              </Title>
              <ModelForm model={state.model} onChange={(model) => setState((s) => ({ ...s, model }))} withFacility />
              {!facility && <CostFit rows={state.rows.filter((r) => r.included)} onUse={(model) => setState((s) => ({ ...s, model }))} />}
            </Paper>

            <Paper withBorder p="md" component="section" aria-labelledby="cs-methods">
              <Title order={2} size="h3" id="cs-methods" mb="xs">
                {t('cost-model:methodsTitle')}
              </Title>
              {state.methods.length === 1 && state.methods[0] === recommendedMethod && (
                <Text size="sm" mb="xs" data-testid="recommended-reason">
                  {t('cost-model:recommendedReason')}
                </Text>
              )}
              <Button variant="subtle" onClick={() => setComparing((c) => !c)} aria-expanded={comparing} aria-controls="cs-compare-methods" w="fit-content" data-testid="compare-methods">
                {comparing ? t('cost-model:compareHide') : t('cost-model:compare')}
              </Button>
              <Collapse expanded={comparing} id="cs-compare-methods">
                <Stack gap="sm" pt="xs">
                  <Checkbox.Group value={state.methods} onChange={(v) => setState((s) => ({ ...s, methods: v as CostSharingMethod[] }))}>
                    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
                      {costSharingMethods.map((m) => (
                        <Checkbox key={m} value={m} label={t(`cost-model:methods.${m}`)} description={possible[m] ? t(`cost-model:methodHints.${m}`) : t('cost-model:tooMany')} />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                  {state.methods.includes('proportional') && (
                    <Radio.Group
                      mt="sm"
                      label={t('weights.label')}
                      value={state.weightBasis}
                      onChange={(v) => setState((s) => ({ ...s, weightBasis: v as FormState['weightBasis'] }))}
                    >
                      <Group mt={4}>
                        <Radio value="population" label={t('weights.population')} />
                        <Radio value="quantity" label={facility ? t('weights.level') : t('weights.quantity')} />
                      </Group>
                    </Radio.Group>
                  )}
                </Stack>
              </Collapse>
            </Paper>

            <FormProblemsAlert problems={problems} title={t('problems.title')} testId="form-problems" />
            <Group>
              <Button onClick={run} loading={compute.isPending} size="md" data-testid="compute">
                {t('compute')}
              </Button>
              {compute.isPending && <Text size="sm">{t('cost-model:computing')}</Text>}
            </Group>
            {compute.error && <ErrorAlert error={compute.error} />}
            {compute.data && submitted && (
              <Stack component="section" aria-labelledby="cs-results" data-testid="results">
                <Group justify="space-between">
                  <Title order={2} size="h3" id="cs-results">
                    {t('results.title')}
                  </Title>
                  <Button
                    variant="outline"
                    onClick={() => {
                      setExportError(null);
                      downloadSharesWorkbook(submitted, labels).catch(setExportError);
                    }}
                  >
                    {t('results.export')}
                  </Button>
                </Group>
                {exportError !== null && <ErrorAlert error={exportError} />}
                <ResultsSummary result={compute.data} nameOf={nameOf} />
                <SharesTable result={compute.data} nameOf={nameOf} />
                <ShapleyNote result={compute.data} />
                <SharesChart result={compute.data} nameOf={nameOf} />
                <WarningsAlert warnings={compute.data.warnings} nameOf={nameOf} />
              </Stack>
            )}
          </>
        )}
      </Stack>
    </NumberRefusals>
  );
}
