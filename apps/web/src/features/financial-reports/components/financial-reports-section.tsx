import { Button, Group, Stack, Text } from '@mantine/core';
import type { FinancialReport } from '@eshkol/contracts/financial-reports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { Section } from '../../../components/section';
import { useFormat } from '../../../lib/format';
import { templatePath, useClusterReports } from '../api/financial-reports';
import { FinancesChart } from './finances-chart';
import { FinancesTable } from './finances-table';
import { ImportModal } from './import-modal';
import { ReportFormModal, type FormMode } from './report-form-modal';
import { ReportModal } from './report-modal';
import { YearsTable } from './years-table';

/**
 * The cluster page's annual financial reports: each year with its due day and state, its finances
 * over the years (a chart and a table), and — for its own staff — the submission form and the
 * regulator's Excel; everything offered as the server's actions say.
 */
export function FinancialReportsSection({ slug }: { slug: string }) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const view = useClusterReports(slug);
  const [form, setForm] = useState<FormMode | null>(null);
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<FinancialReport | null>(null);
  const data = view.data;
  const maySubmit = data?.actions.includes('submit') ?? false;
  const openYears = data ? data.years.filter((y) => y.report === null).map((y) => y.fiscalYear) : [];
  const actions = maySubmit ? (
    <Group gap="xs">
      <Button onClick={() => setForm({ kind: 'new', years: openYears })} disabled={openYears.length === 0} data-testid="report-new">
        {t('section.submit')}
      </Button>
      <Button variant="outline" onClick={() => setImporting(true)} data-testid="report-import">
        {t('section.import')}
      </Button>
      <Button component="a" href={templatePath()} download variant="subtle">
        {t('section.template')}
      </Button>
    </Group>
  ) : undefined;
  return (
    <Section id="financial-reports-title" title={t('section.title')} actions={actions}>
      <ErrorAlert error={view.error} />
      {!data && !view.error && <PageLoader />}
      {data && (
        <Stack data-testid="financial-reports">
          <Text size="sm">{data.readsDrafts ? t('section.introDrafts', { date: format.date(data.asOf) }) : t('section.introPublic')}</Text>
          <YearsTable years={data.years} onView={setOpen} onResubmit={(report) => setForm({ kind: 'resubmit', report })} />
          {data.series.length > 0 ? (
            <>
              <FinancesChart series={data.series} />
              <FinancesTable series={data.series} />
            </>
          ) : (
            <Text size="sm">{t('finances.none')}</Text>
          )}
        </Stack>
      )}
      {form && <ReportFormModal slug={slug} mode={form} onClose={() => setForm(null)} />}
      {importing && <ImportModal slug={slug} onClose={() => setImporting(false)} />}
      {open && <ReportModal reportId={open.id} onClose={() => setOpen(null)} />}
    </Section>
  );
}
