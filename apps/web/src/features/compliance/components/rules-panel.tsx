import { Button, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { complianceRulesSchema, type ComplianceRules } from '@eshkol/contracts/compliance';
import { isoDateSchema } from '@eshkol/contracts/common';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { useFormat } from '../../../lib/format';
import type { NumberRule } from '../../../lib/numbers';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useComplianceRules, useSetComplianceRules } from '../api/compliance';

const ruleKeys = ['boardMeetingsPerYear', 'steeringMeetingsPerYear', 'dueSoonDays', 'financialReportDueMonth', 'financialReportDueDay'] as const;
/** Each rule's range, as the contract has it: whole numbers. */
const bounds: Record<(typeof ruleKeys)[number], NumberRule> = {
  boardMeetingsPerYear: { min: 0, max: 52, decimals: 0 },
  steeringMeetingsPerYear: { min: 0, max: 52, decimals: 0 },
  dueSoonDays: { min: 1, max: 365, decimals: 0 },
  financialReportDueMonth: { min: 1, max: 12, decimals: 0 },
  financialReportDueDay: { min: 1, max: 31, decimals: 0 },
};

/** The ministry sets new rules from a day; the old ones stay in the history, and so every past judgement's rules. */
function RulesForm({ current }: { current: ComplianceRules }) {
  const { t } = useTranslation('compliance');
  const set = useSetComplianceRules();
  const [validFrom, setValidFrom] = useState('');
  const [values, setValues] = useState<Record<(typeof ruleKeys)[number], number | null>>(current);
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const [note, setNote] = useState('');
  const [dayError, setDayError] = useState<string | null>(null);
  const server = useServerIssues(
    set.error,
    {
      validFrom: t('rules.validFrom'),
      'rules.boardMeetingsPerYear': t('rules.boardMeetingsPerYear'),
      'rules.steeringMeetingsPerYear': t('rules.steeringMeetingsPerYear'),
      'rules.dueSoonDays': t('rules.dueSoonDays'),
      'rules.financialReportDueMonth': t('rules.financialReportDueMonth'),
      'rules.financialReportDueDay': t('rules.financialReportDueDay'),
    },
    { codes: { COMPLIANCE_RULES_EXIST: 'validFrom' } },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const day = isoDateSchema.safeParse(validFrom);
    setDayError(day.success ? null : t(validFrom ? 'rules.dayInvalid' : 'rules.dayRequired'));
    const rules = complianceRulesSchema.safeParse(values);
    if (!day.success || !rules.success) return;
    set.mutate({ validFrom: day.data, rules: rules.data, note: note.trim() });
  };
  return (
    <Paper withBorder p="md" component="form" ref={form} onSubmit={submit} noValidate aria-labelledby="rules-form-title" data-testid="rules-form">
      <Stack>
        <Title order={3} size="h5" id="rules-form-title">
          {t('rules.formTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('rules.validFrom')} type="date" required value={validFrom} onChange={(e) => setValidFrom(e.currentTarget.value)} error={dayError ?? server.errorOf('validFrom')} />
          {ruleKeys.map((k) => (
            <NumberRefusals key={k} report={refusals.report}>
              <NumberField
                label={t(`rules.${k}`)}
                required
                requireValue
                rule={bounds[k]}
                value={values[k]}
                onValue={(v) => setValues((x) => ({ ...x, [k]: v }))}
                error={server.errorOf(`rules.${k}`)}
              />
            </NumberRefusals>
          ))}
        </SimpleGrid>
        <Textarea label={t('rules.note')} autosize maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ErrorAlert error={set.error} title={t('rules.failed')} {...server.alert} />
        <Button type="submit" loading={set.isPending} style={{ alignSelf: 'flex-start' }} data-testid="rules-submit">
          {t('rules.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The programme's rules in force, their history, and (for the ministry) new rules from a day. */
export function RulesPanel() {
  const { t } = useTranslation('compliance');
  const format = useFormat();
  const rules = useComplianceRules();
  if (rules.error) return <ErrorAlert error={rules.error} />;
  if (!rules.data) return null;
  const { current, history, actions } = rules.data;
  return (
    <Stack data-testid="rules-panel">
      <Title order={2} size="h3">
        {t('rules.title')}
      </Title>
      <Text size="sm">
        {t('rules.inForce', {
          board: format.number(current.rules.boardMeetingsPerYear),
          steering: format.number(current.rules.steeringMeetingsPerYear),
          days: format.number(current.rules.dueSoonDays),
          reportDue: format.dayOfYear(current.rules.financialReportDueMonth, current.rules.financialReportDueDay),
        })}{' '}
        {current.validFrom ? t('rules.since', { date: format.date(current.validFrom) }) : t('rules.shipped')}
      </Text>
      {history.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table withTableBorder data-testid="rules-history">
            <Table.Caption>{t('rules.history')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rules.validFrom')}</Table.Th>
                {ruleKeys.map((k) => (
                  <Table.Th key={k}>{t(`rules.${k}`)}</Table.Th>
                ))}
                <Table.Th>{t('rules.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((h) => (
                <Table.Tr key={`${h.validFrom}`}>
                  <Table.Td>{h.validFrom ? format.date(h.validFrom) : '—'}</Table.Td>
                  {ruleKeys.map((k) => (
                    <Table.Td key={k}>{format.number(h.rules[k])}</Table.Td>
                  ))}
                  <Table.Td>{h.note || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {actions.includes('set') && <RulesForm current={current.rules} />}
    </Stack>
  );
}
