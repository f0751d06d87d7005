import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { financialReportLimits } from '@eshkol/contracts/financial-reports';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccessGate } from '../../../components/access-gate';
import { ComparisonTable } from '../components/comparison-table';
import { ReportModal } from '../components/report-modal';
import { ReviewQueue } from '../components/review-queue';

/** /financial-reports — for the regulator, the ministry and the finance ministry: the reports waiting for review, and the clusters per resident for a year. */
export function FinancialReportsPage() {
  return (
    <AccessGate need="financialReports.readAll">
      <Reports />
    </AccessGate>
  );
}

/** The years that have ended, the latest first. */
const endedYears = () => {
  const last = new Date().getFullYear() - 1;
  return Array.from({ length: last - financialReportLimits.firstFiscalYear + 1 }, (_, i) => last - i);
};

function Reports() {
  const { t } = useTranslation('financial-reports');
  useDocumentTitle(`${t('page.title')} · ${t('app.name')}`);
  const [params, setParams] = useSearchParams();
  const years = endedYears();
  const year = years.find((y) => String(y) === params.get('year')) ?? years[0]!;
  const reviewing = Number(params.get('review')) || null;
  const update = (change: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(change)) if (v === null) next.delete(k);
        else next.set(k, v);
        return next;
      },
      { replace: true },
    );
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('page.title')}</Title>
        <Text size="sm" mt="xs">
          {t('page.intro')}
        </Text>
      </div>
      <ReviewQueue onOpen={(item) => update({ review: String(item.id) })} />
      <ComparisonTable fiscalYear={year} years={years} onYear={(y) => update({ year: String(y) })} />
      {reviewing && <ReportModal reportId={reviewing} onClose={() => update({ review: null })} />}
    </Stack>
  );
}
