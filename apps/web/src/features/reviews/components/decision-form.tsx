import { Alert, Button, Checkbox, Fieldset, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { DecisionOutcome, Submission } from '@eshkol/contracts/reviews';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useDecideSubmission } from '../api/decide-submission';
import { allowedOutcomes, buildDecision, checklistItems, emptyDecisionForm, isApproval, uncheckedItems, type DecisionFormErrors, type DecisionFormState } from '../model/decision-form';
import { ConditionsEditor } from './conditions-editor';

/** The committee's decision: the checklist, the outcome and, as the outcome needs, conditions or reasons. */
export function DecisionForm({ submission }: { submission: Submission }) {
  const { t } = useTranslation('reviews');
  const decide = useDecideSubmission();
  const [state, setState] = useState<DecisionFormState>(emptyDecisionForm);
  const [errors, setErrors] = useState<DecisionFormErrors>({});
  const [decided, setDecided] = useState<DecisionOutcome | null>(null);
  const server = useServerIssues(decide.error, {
    outcome: t('decide.outcome'),
    conditions: t('decide.conditions'),
    reasons: t('decide.reasons'),
    checklist: t('decide.checklist'),
  });
  const outcomes = allowedOutcomes(submission.serviceState);
  const doneMessage = decided && (
    <Text role="status" c="teal.9" fw={500} data-testid="decision-done">
      {t('decide.done', { outcome: t(`outcomes.${decided}`) })}
    </Text>
  );
  if (outcomes.length === 0) return doneMessage || null;

  const update = (changes: Partial<DecisionFormState>) => {
    setState((s) => ({ ...s, ...changes }));
    setErrors({});
    setDecided(null);
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    const built = buildDecision(state);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    decide.mutate(
      { submissionId: submission.id, body: built.body },
      {
        onSuccess: () => {
          setDecided(built.body.outcome);
          setState(emptyDecisionForm());
        },
      },
    );
  };
  const unchecked = isApproval(state.outcome) ? uncheckedItems(state.checklist) : [];
  const reasonsNeeded = state.outcome === 'return' || state.outcome === 'reject';

  return (
    <Paper withBorder p="md" component="form" onSubmit={send} noValidate aria-labelledby="decide-title" data-testid="decision-form">
      <Stack>
        <Title order={2} size="h3" id="decide-title">
          {t('decide.title')}
        </Title>
        <Fieldset legend={t('decide.checklist')}>
          <Stack gap="xs">
            {checklistItems.map((item) => (
              <Checkbox
                key={item}
                label={t(`checklist.${item}`)}
                checked={state.checklist[item]}
                onChange={(e) => update({ checklist: { ...state.checklist, [item]: e.currentTarget.checked } })}
              />
            ))}
            <Textarea
              label={t('checklist.remarks')}
              autosize
              minRows={2}
              maxLength={5000}
              value={state.checklist.remarks}
              onChange={(e) => update({ checklist: { ...state.checklist, remarks: e.currentTarget.value } })}
            />
          </Stack>
        </Fieldset>
        <Radio.Group
          label={t('decide.outcome')}
          required
          value={state.outcome ?? ''}
          onChange={(v) => update({ outcome: v as DecisionOutcome })}
          error={errors.outcome ? t('decide.outcomeRequired') : server.errorOf('outcome')}
        >
          <Stack gap="xs" mt="xs">
            {outcomes.map((o) => (
              <Radio key={o} value={o} label={t(`outcomes.${o}`)} description={t(`decide.outcomeHints.${o}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {state.outcome === 'approve_with_conditions' && (
          <ConditionsEditor
            value={state.conditions}
            onChange={(conditions) => update({ conditions })}
            error={errors.conditions ? t(`decide.conditionsError.${errors.conditions}`) : server.errorOf('conditions')}
          />
        )}
        {state.outcome && (
          <Textarea
            label={reasonsNeeded ? t('decide.reasons') : t('decide.reasonsOptional')}
            required={reasonsNeeded}
            autosize
            minRows={3}
            maxLength={5000}
            value={state.reasons}
            error={errors.reasons ? t('decide.reasonsRequired') : server.errorOf('reasons')}
            onChange={(e) => update({ reasons: e.currentTarget.value })}
          />
        )}
        {unchecked.length > 0 && (
          <Alert color="yellow" title={t('decide.uncheckedTitle')} data-testid="unchecked-warning">
            <Text size="sm">{t('decide.unchecked', { items: unchecked.map((i) => t(`checklist.${i}`)).join('; ') })}</Text>
          </Alert>
        )}
        {isApproval(state.outcome) && submission.requestedGrantAgorot > 0 && <Text size="sm">{t('decide.commitNote')}</Text>}
        <ErrorAlert error={decide.error} title={t('decide.failed')} {...server.alert} />
        {doneMessage}
        <Button type="submit" loading={decide.isPending} style={{ alignSelf: 'flex-start' }} data-testid="decide-submit">
          {t('decide.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
