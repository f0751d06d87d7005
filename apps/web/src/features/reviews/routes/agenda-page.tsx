import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useClusters } from '../../../api/get-clusters';
import { AccessGate } from '../../../components/access-gate';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { agendaWorkbookPath } from '../api/agenda-export';
import { useAgenda } from '../api/get-agenda';
import { AgendaItem } from '../components/agenda-item';
import { parseAgendaIds } from '../model/agenda-ids';
import classes from './agenda-page.module.css';

function AgendaDocument({ ids }: { ids: number[] }) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const names = useNames();
  const clusters = useClusters();
  const agenda = useAgenda(ids);
  if (agenda.error) return <ErrorAlert error={agenda.error} />;
  if (!agenda.data) return <PageLoader />;
  const submissions = agenda.data.items;
  const clusterName = (slug: string) => {
    const c = clusters.data?.items.find((x) => x.slug === slug);
    return c ? names.cluster(c) : slug;
  };
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className={classes.sheet} data-testid="agenda-document">
      <header>
        <Title order={1} size="h2">
          {t('agenda.heading')}
        </Title>
        <Text mt={4}>{t('agenda.subheading', { date: format.date(today), count: submissions.length })}</Text>
      </header>
      <Title order={2} size="h4" mt="md" mb="xs">
        {t('agenda.contents')}
      </Title>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('fields.service')}</th>
            <th scope="col">{t('fields.cluster')}</th>
            <th scope="col">{t('fields.kind')}</th>
            <th scope="col">{t('fields.requestedGrant')}</th>
            <th scope="col">{t('fields.lastOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((s, i) => {
            const last = [...s.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || b.id - a.id)[0];
            return (
              <tr key={s.id}>
                <td className={classes.number}>{format.number(i + 1)}</td>
                <th scope="row">{s.serviceNameHe}</th>
                <td>{clusterName(s.clusterSlug)}</td>
                <td>{t(`kinds.${s.serviceKind}`)}</td>
                <td className={classes.number}>{format.shekels(s.requestedGrantAgorot)}</td>
                <td>{last ? t(`outcomes.${last.outcome}`) : t('pending')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {submissions.map((s, i) => (
        <AgendaItem key={s.id} index={i} submission={s} clusterName={clusterName(s.clusterSlug)} />
      ))}
    </div>
  );
}

/** The meeting's decision summary: printed on A4 (the print stylesheet hides everything else), or read on screen. */
export function AgendaPage() {
  const { t } = useTranslation('reviews');
  const [params] = useSearchParams();
  const ids = parseAgendaIds(params.get('ids'));
  useDocumentTitle(`${t('agenda.title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg">
      <Group justify="space-between" className={classes.noPrint}>
        <Anchor component={Link} to="/committee">
          {t('agenda.back')}
        </Anchor>
        {ids.length > 0 && (
          <Group gap="xs">
            <Button component="a" href={agendaWorkbookPath(ids)} download variant="outline">
              {t('committee.exportAgenda')}
            </Button>
            <Button onClick={() => window.print()} data-testid="print">
              {t('agenda.print')}
            </Button>
          </Group>
        )}
      </Group>
      <AccessGate need="reviews.readAgenda">{ids.length === 0 ? <Text>{t('agenda.none')}</Text> : <AgendaDocument ids={ids} />}</AccessGate>
    </Stack>
  );
}
