import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Delegation } from '@eshkol/contracts/standing';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCluster } from '../../../api/get-cluster';
import { DownloadButton } from '../../../components/download-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { useCan } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { pickName, useNames } from '../../../lib/names';
import { standingWorkbookPath, useClusterStanding } from '../api/standing';
import { matrixOf } from '../model/standing';
import { LegalForms } from './legal-forms';
import { OrdersList } from './orders-list';
import { PowersMatrix } from './powers-matrix';
import { RecordDelegationModal, EndDelegationModal } from './record-delegation';
import { RecordLegalFormModal } from './record-legal-form';
import { RecordOrderModal } from './record-order';

type Opened = 'legal_form' | 'order' | 'delegation' | null;

/** A part of the section under its heading, with the button that opens its form where the reader may record. */
function Part({ title, action, children }: { title: string; action: { label: string; testId: string; open: () => void } | null; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {title}
        </Title>
        {action && (
          <Button size="xs" variant="outline" onClick={action.open} data-testid={action.testId}>
            {action.label}
          </Button>
        )}
      </Group>
      {children}
    </Stack>
  );
}

/**
 * The cluster page's legal standing, for everyone: its legal forms over time, its orders, and the
 * matrix of the powers its members delegate to it, with an Excel download; the forms that record
 * them, where the server's actions allow.
 */
export function StandingSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('standing');
  const format = useFormat();
  const names = useNames();
  const can = useCan();
  const standing = useClusterStanding(slug);
  const cluster = useCluster(slug).data;
  const clusterName = cluster ? names.cluster(cluster) : '';
  const [opened, setOpened] = useState<Opened>(null);
  const [ending, setEnding] = useState<Delegation | null>(null);
  const s = standing.data;
  const acts = new Set(s?.actions ?? []);
  const matrix = s ? matrixOf(s) : null;
  const powerName = (id: number) => {
    const p = s?.powers.find((x) => x.id === id);
    return p ? (pickName(p, i18n.language) ?? '') : '';
  };
  const endTitle = (d: Delegation) => {
    const row = s?.rows.find((r) => r.authorityId === d.authorityId);
    return t('record.endTitle', { power: powerName(d.powerId), authority: row ? names.authority(row) : '' });
  };
  return (
    <Section
      id="standing-title"
      title={t('section.title')}
      actions={
        <Group gap="xs">
          {can('standing.managePowers') && (
            <Anchor component={Link} to="/standing/powers" size="sm" data-testid="manage-powers">
              {t('section.managePowers')}
            </Anchor>
          )}
          <DownloadButton href={standingWorkbookPath(slug)} label={t('section.export')} testId="export-standing" />
        </Group>
      }
    >
      <Text size="sm" mb="md">
        {t('section.intro')}
      </Text>
      <ErrorAlert error={standing.error} />
      {!s || !matrix ? (
        !standing.error && <PageLoader />
      ) : (
        <Stack gap="lg" data-testid="standing-section">
          <Part title={t('legalForm.title')} action={acts.has('record_legal_form') ? { label: t('record.legalForm'), testId: 'record-legal-form', open: () => setOpened('legal_form') } : null}>
            <LegalForms forms={s.legalForms} currentId={s.currentFormId} />
          </Part>
          <Part title={t('orders.title')} action={acts.has('record_order') ? { label: t('record.order'), testId: 'record-order', open: () => setOpened('order') } : null}>
            <OrdersList orders={s.orders} />
          </Part>
          <Part title={t('matrix.title')} action={acts.has('record_delegation') ? { label: t('record.delegation'), testId: 'record-delegation', open: () => setOpened('delegation') } : null}>
            <Text size="sm">{t('matrix.intro', { date: format.date(s.asOf) })}</Text>
            {s.delegations.length === 0 && <Text size="sm">{t('matrix.none')}</Text>}
            {matrix.rows.length > 0 && <PowersMatrix matrix={matrix} delegations={s.delegations} caption={t('matrix.caption', { cluster: clusterName, date: format.date(s.asOf) })} onEnd={setEnding} />}
          </Part>
          <RecordLegalFormModal slug={slug} opened={opened === 'legal_form'} onClose={() => setOpened(null)} />
          <RecordOrderModal slug={slug} opened={opened === 'order'} onClose={() => setOpened(null)} hasEstablishing={s.orders.some((o) => o.kind === 'establishing')} />
          <RecordDelegationModal slug={slug} opened={opened === 'delegation'} onClose={() => setOpened(null)} rows={s.rows} powers={s.powers} />
          <EndDelegationModal delegation={ending} title={ending ? endTitle(ending) : ''} onClose={() => setEnding(null)} />
        </Stack>
      )}
    </Section>
  );
}
