import { Button, Collapse, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClusters } from '../../../api/get-clusters';
import { AccessGate } from '../../../components/access-gate';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCan } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { programmeWorkbookPath } from '../api/export-programme';
import { useProgramme } from '../api/get-programme';
import { useProgrammes } from '../api/get-programmes';
import { AllocationForm } from '../components/allocation-form';
import { BalancesChart } from '../components/balances-chart';
import { BalancesTable } from '../components/balances-table';
import { LedgerTable } from '../components/ledger-table';
import { ProgrammeFigures } from '../components/programme-figures';
import { ProgrammeForm } from '../components/programme-form';
import { ProjectsList } from '../components/projects-list';
import { currentProgramme } from '../model/balances';
import { Section } from '../../../components/section';

function ProgrammeView({ id }: { id: number }) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const names = useNames();
  const can = useCan();
  const programme = useProgramme(id);
  const clusters = useClusters();
  const [ledgerOpen, { toggle: toggleLedger }] = useDisclosure(false);
  if (programme.error) return <ErrorAlert error={programme.error} />;
  if (!programme.data) return <PageLoader />;
  const p = programme.data;
  const clusterName = (slug: string) => {
    const c = clusters.data?.items.find((x) => x.slug === slug);
    return c ? names.cluster(c) : slug;
  };

  return (
    <Stack gap="xl">
      <div>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" data-testid="programme-name">
            {p.nameHe}
          </Title>
          <DownloadButton href={programmeWorkbookPath(p.id)} label={t('export')} testId="export-budget" />
        </Group>
        <Text size="sm" mb="sm">
          {t('period', { from: format.date(p.startsOn), to: format.date(p.endsOn) })}
        </Text>
        <ProgrammeFigures programme={p} />
      </div>
      {can('budget.manage') && <AllocationForm programme={p} />}
      <Section id="balances-title" title={can('budget.readAll') ? t('balances.title') : t('balances.titleOwn')}>
        {p.clusters.length === 0 ? (
          <Text c="dimmed">{t('balances.none')}</Text>
        ) : (
          <Stack>
            <BalancesTable clusters={p.clusters} clusterName={clusterName} />
            <BalancesChart clusters={p.clusters} clusterName={clusterName} />
          </Stack>
        )}
      </Section>
      <Section id="projects-title" title={t('projects.title')}>
        <ProjectsList projects={p.projects} clusterName={clusterName} />
      </Section>
      <Section
        id="ledger-title"
        title={t('ledger.title')}
        actions={
          <Button variant="subtle" onClick={toggleLedger} aria-expanded={ledgerOpen} aria-controls="ledger-body">
            {ledgerOpen ? t('ledger.hide') : t('ledger.show')}
          </Button>
        }
      >
        <Text size="sm" mb="sm">
          {t('ledger.intro')}
        </Text>
        <Collapse expanded={ledgerOpen} id="ledger-body">
          {ledgerOpen && (
            <LedgerTable
              programmeId={p.id}
              clusterName={clusterName}
              projectName={(id) => p.projects.find((x) => x.serviceId === id)?.nameHe || t('projects.unnamed', { id })}
            />
          )}
        </Collapse>
      </Section>
    </Stack>
  );
}

function BudgetWorkspace() {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const can = useCan();
  const programmes = useProgrammes();
  const [chosen, setChosen] = useState<number | null>(null);
  const [adding, { toggle: toggleAdding, close: closeAdding }] = useDisclosure(false);
  if (programmes.error) return <ErrorAlert error={programmes.error} />;
  if (!programmes.data) return <PageLoader />;
  const items = programmes.data.items;
  const manage = can('budget.manage');

  if (items.length === 0) {
    return manage ? <ProgrammeForm onCreated={setChosen} /> : <Text data-testid="no-programme">{t('noProgramme')}</Text>;
  }
  const today = new Date().toISOString().slice(0, 10);
  const shown = items.find((p) => p.id === chosen) ?? currentProgramme(items, today);
  return (
    <Stack gap="lg">
      <Group align="flex-end" justify="space-between">
        {items.length > 1 ? (
          <Select
            label={t('choose')}
            data={[...items]
              .sort((a, b) => b.id - a.id)
              .map((p) => ({ value: String(p.id), label: t('programmeOption', { name: p.nameHe, from: format.date(p.startsOn), to: format.date(p.endsOn) }) }))}
            value={shown ? String(shown.id) : null}
            onChange={(v) => setChosen(v ? Number(v) : null)}
            allowDeselect={false}
            w={420}
          />
        ) : (
          <span />
        )}
        {manage && (
          <Button variant="outline" onClick={toggleAdding} aria-expanded={adding}>
            {t('newProgramme')}
          </Button>
        )}
      </Group>
      {manage && (
        <Collapse expanded={adding}>
          <ProgrammeForm
            onCreated={(id) => {
              setChosen(id);
              closeAdding();
            }}
          />
        </Collapse>
      )}
      {shown && <ProgrammeView key={shown.id} id={shown.id} />}
    </Stack>
  );
}

export function BudgetPage() {
  const { t } = useTranslation('budget');
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text mt="xs">{t('intro')}</Text>
      </div>
      <AccessGate need="budget.read">
        <BudgetWorkspace />
      </AccessGate>
    </Stack>
  );
}
