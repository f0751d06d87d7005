import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useClusters } from '../../../api/get-clusters';
import { AccessGate } from '../../../components/access-gate';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCan } from '../../../lib/auth/get-me';
import { useNames } from '../../../lib/names';
import { agendaWorkbookPath } from '../api/agenda-export';
import { useSubmissions } from '../api/get-submissions';
import { SubmissionsTable } from '../components/submissions-table';
import { formatAgendaIds, maxAgendaItems } from '../model/agenda-ids';

function CommitteeQueue() {
  const { t } = useTranslation('reviews');
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const cluster = params.get('cluster') ?? undefined;
  const pending = params.get('show') !== 'all';
  const submissions = useSubmissions({ pending: pending ? true : undefined, cluster });
  const clusters = useClusters();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  // The regulator and a cluster's staff read the queue; the committee and the ministry also make agendas of it.
  const makesAgenda = useCan()('reviews.readAgenda');

  const clusterBySlug = new Map((clusters.data?.items ?? []).map((c) => [c.slug, names.cluster(c)]));
  const items = submissions.data?.items ?? [];
  const chosen = items.filter((s) => selected.has(s.id)).map((s) => s.id);
  const ready = chosen.length > 0 && chosen.length <= maxAgendaItems;
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    });
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack>
      <Group align="flex-end" data-testid="committee-filters">
        <Select
          label={t('committee.cluster')}
          placeholder={t('committee.allClusters')}
          data={(clusters.data?.items ?? []).map((c) => ({ value: c.slug, label: names.cluster(c) }))}
          value={cluster ?? null}
          onChange={(v) => setParam('cluster', v)}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          w={300}
        />
        <SegmentedControl
          aria-label={t('committee.show')}
          value={pending ? 'pending' : 'all'}
          onChange={(v) => setParam('show', v === 'all' ? 'all' : null)}
          data={[
            { value: 'pending', label: t('committee.showPending') },
            { value: 'all', label: t('committee.showAll') },
          ]}
        />
      </Group>
      {makesAgenda && (
        <Paper withBorder p="sm" data-testid="agenda-bar">
          <Group justify="space-between">
            <Text size="sm" role="status" c={chosen.length > maxAgendaItems ? 'red.9' : undefined}>
              {t('committee.selected', { count: chosen.length })}
              {chosen.length > maxAgendaItems && ` ${t('committee.tooMany', { max: maxAgendaItems })}`}
            </Text>
            <Group gap="xs">
              {ready ? (
                <>
                  <Button component="a" href={agendaWorkbookPath(chosen)} download variant="outline" data-testid="export-agenda">
                    {t('committee.exportAgenda')}
                  </Button>
                  <Button component={Link} to={`/committee/agenda?ids=${formatAgendaIds(chosen)}`} data-testid="print-agenda">
                    {t('committee.printAgenda')}
                  </Button>
                </>
              ) : (
                <>
                  <Button variant="outline" disabled data-testid="export-agenda">
                    {t('committee.exportAgenda')}
                  </Button>
                  <Button disabled data-testid="print-agenda">
                    {t('committee.printAgenda')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Paper>
      )}
      {submissions.error ? (
        <ErrorAlert error={submissions.error} />
      ) : !submissions.data ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text>{pending ? t('committee.emptyPending') : t('committee.empty')}</Text>
      ) : (
        <SubmissionsTable
          items={items}
          clusterName={(slug) => clusterBySlug.get(slug) ?? slug}
          selection={makesAgenda ? { selected, onToggle: toggle, onToggleAll: (all) => setSelected(all ? new Set(items.map((s) => s.id)) : new Set()) } : null}
        />
      )}
    </Stack>
  );
}

export function CommitteePage() {
  const { t } = useTranslation('reviews');
  useDocumentTitle(`${t('committee.title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('committee.title')}</Title>
        <Text mt="xs">{t('committee.intro')}</Text>
      </div>
      <AccessGate need="reviews.readQueue">
        <CommitteeQueue />
      </AccessGate>
    </Stack>
  );
}
