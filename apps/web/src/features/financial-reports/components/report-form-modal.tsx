import { Alert, Button, Divider, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FinancialReport } from '@eshkol/contracts/financial-reports';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentsField, type AttachedDocument } from '../../../components/documents-field';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { useFormat } from '../../../lib/format';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useResubmitReport, useSubmitReport } from '../api/financial-reports';
import {
  balanceField,
  buildReport,
  buildVersion,
  emptyFigures,
  expenseFields,
  figureFields,
  lineKeys,
  liveTotals,
  revenueFields,
  ruleOf,
  surplusField,
  valuesOf,
  type FigureField,
  type FigureValues,
  type FormError,
  type FormField,
} from '../model/report-form';

/** A new report of one of the years without one, or a new version of a returned report (its figures and statements to start from). */
export type FormMode = { kind: 'new'; years: number[] } | { kind: 'resubmit'; report: FinancialReport };

/** The submission: the statements, each figure in shekels with the totals computed as it is typed, and whether they add up, beside the surplus. */
export function ReportFormModal({ slug, mode, onClose }: { slug: string; mode: FormMode; onClose: () => void }) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const submit = useSubmitReport(slug);
  const resubmit = useResubmitReport();
  const mutation = mode.kind === 'new' ? submit : resubmit;
  const latest = mode.kind === 'resubmit' ? mode.report.versions[0] : undefined;
  const [year, setYear] = useState<string | null>(mode.kind === 'new' ? (mode.years[0] !== undefined ? String(mode.years[0]) : null) : null);
  const [values, setValues] = useState<FigureValues>(() => (latest ? valuesOf(latest.figures) : emptyFigures()));
  const [statements, setStatements] = useState<AttachedDocument[]>(latest ? [{ id: latest.statements.id, fileName: latest.statements.fileName }] : []);
  const [errors, setErrors] = useState<Partial<Record<FormField, FormError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const labels = Object.fromEntries([
    ['fiscalYear', t('form.year')],
    ['statementsDocumentId', t('form.statements')],
    ...figureFields.map((f) => [f, t(lineKeys[f])]),
  ]) as Record<FormField, string>;
  const server = useServerIssues(mutation.error, labels);
  const totals = liveTotals(values);
  const errorOf = (f: FormField) => {
    if (f === surplusField && totals.balanced === false) return t('form.unbalanced', { expected: format.shekels(totals.expected) });
    return errors[f] === 'required' ? t('forms.required') : server.errorOf(f);
  };
  const set = (f: FigureField) => (v: number | null) => setValues((current) => ({ ...current, [f]: v }));
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const statementsId = statements[0]?.id ?? null;
    if (mode.kind === 'new') {
      const built = buildReport(year === null ? null : Number(year), values, statementsId);
      setErrors(built.ok ? {} : built.errors);
      if (built.ok) submit.mutate(built.body, { onSuccess: onClose });
    } else {
      const built = buildVersion(values, statementsId);
      setErrors(built.ok ? {} : built.errors);
      if (built.ok) resubmit.mutate({ id: mode.report.id, body: built.body }, { onSuccess: onClose });
    }
  };
  const field = (f: FigureField) => (
    <NumberField key={f} label={t(lineKeys[f])} required leftSection="₪" value={values[f]} rule={ruleOf(f)} onValue={set(f)} error={errorOf(f)} data-testid={`field-${f}`} />
  );
  const title = mode.kind === 'new' ? t('form.newTitle') : t('form.resubmitTitle', { year: String(mode.report.fiscalYear) });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" data-testid="report-form-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form ref={form} onSubmit={send} noValidate data-testid="report-form">
        <Stack>
          {mode.kind === 'new' ? (
            <Select
              label={t('form.year')}
              required
              data={mode.years.map((y) => ({ value: String(y), label: String(y) }))}
              value={year}
              onChange={setYear}
              allowDeselect={false}
              error={errorOf('fiscalYear')}
              maw={200}
              data-autofocus
            />
          ) : (
            latest?.remarks && (
              <Alert color="#8f3f00" variant="outline" title={t('form.remarksTitle')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {latest.remarks}
                </Text>
              </Alert>
            )
          )}
          <DocumentsField value={statements} onChange={setStatements} max={1} label={t('form.statements')} />
          {errorOf('statementsDocumentId') && (
            <Text size="sm" c="red.9" role="alert">
              {errorOf('statementsDocumentId')}
            </Text>
          )}
          <NumberRefusals report={refusals.report}>
            <Divider label={t('form.revenue')} labelPosition="left" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{revenueFields.map(field)}</SimpleGrid>
            <Text fw={600} data-testid="total-revenue">
              {t('form.totalRevenue', { amount: format.shekels(totals.revenue) })}
            </Text>
            <Divider label={t('form.expenses')} labelPosition="left" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{expenseFields.map(field)}</SimpleGrid>
            <Text fw={600} data-testid="total-expenses">
              {t('form.totalExpenses', { amount: format.shekels(totals.expenses) })}
            </Text>
            <Divider label={t('form.result')} labelPosition="left" />
            <Text size="sm" data-testid="expected-surplus">
              {t('form.expected', { amount: format.shekels(totals.expected) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {field(surplusField)}
              {field(balanceField)}
            </SimpleGrid>
            <Text size="xs">{t('form.signedHint')}</Text>
          </NumberRefusals>
          <ErrorAlert error={mutation.error} title={t('form.failed')} {...server.alert} />
          <Group>
            <Button type="submit" loading={mutation.isPending} data-testid="report-submit">
              {mode.kind === 'new' ? t('form.submit') : t('form.resubmit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('forms.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
