import { Button, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { staffingLimits, type StaffingRequest } from '@eshkol/contracts/staffing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useReviewStaffingRequest } from '../api/review-staffing-request';
import { buildDecision, decisions, emptyDecision, type DecisionField, type DecisionFields, type FieldError } from '../model/request-form';

/**
 * The regulator's decision on the version waiting: approve (an opening from the day of the
 * approval's letter, today when none is given), return with remarks, or reject with them.
 */
export function ReviewForm({ request, today, onDecided }: { request: StaffingRequest; today: string; onDecided: (state: StaffingRequest['state']) => void }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const review = useReviewStaffingRequest();
  const [fields, setFields] = useState<DecisionFields>(emptyDecision);
  const [errors, setErrors] = useState<Partial<Record<DecisionField, FieldError>>>({});
  const opening = request.kind === 'open_position';
  const server = useServerIssues(
    review.error,
    { decision: t('review.decision'), remarks: t('review.remarks'), approvedOn: t('review.approvedOn') },
    { codes: { STAFFING_APPROVAL_DAY_INVALID: 'approvedOn', STAFFING_BEFORE_APPROVAL: 'decision' } },
  );
  const err = (field: DecisionField) => (errors[field] ? t(`fieldErrors.${errors[field]}`, { date: format.date(today) }) : server.errorOf(field));
  const update = (changes: Partial<DecisionFields>) => {
    setFields((f) => ({ ...f, ...changes }));
    setErrors({});
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    const built = buildDecision(fields, opening, today);
    setErrors(built.ok ? {} : built.errors);
    if (built.ok) review.mutate({ requestId: request.id, body: built.body }, { onSuccess: (r) => onDecided(r.state) });
  };
  const remarksNeeded = fields.decision === 'return' || fields.decision === 'reject';
  return (
    <Paper withBorder p="md" component="form" onSubmit={send} noValidate aria-labelledby="staffing-review-title" data-testid="staffing-review-form">
      <Stack>
        <Title order={3} size="h4" id="staffing-review-title">
          {t('review.title')}
        </Title>
        <Radio.Group label={t('review.decision')} required value={fields.decision} onChange={(v) => update({ decision: decisions.find((d) => d === v) ?? '' })} error={err('decision')}>
          <Stack gap="xs" mt="xs">
            {decisions.map((d) => (
              <Radio key={d} value={d} label={t(`review.decisions.${d}`)} description={t(`review.decisionHints.${d}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {fields.decision === 'approve' && opening && (
          <TextInput
            label={t('review.approvedOn')}
            description={t('review.approvedOnHint', { date: format.date(today) })}
            type="date"
            max={today}
            value={fields.approvedOn}
            onChange={(e) => update({ approvedOn: e.currentTarget.value })}
            error={err('approvedOn')}
          />
        )}
        {fields.decision && (
          <Textarea
            label={remarksNeeded ? t('review.remarks') : t('review.remarksOptional')}
            required={remarksNeeded}
            autosize
            minRows={3}
            maxLength={staffingLimits.remarks}
            value={fields.remarks}
            onChange={(e) => update({ remarks: e.currentTarget.value })}
            error={err('remarks')}
          />
        )}
        {fields.decision === 'approve' && <Text size="sm">{t(`review.approveNote.${request.kind}`)}</Text>}
        <ErrorAlert error={review.error} title={t('review.failed')} {...server.alert} />
        <Button type="submit" loading={review.isPending} style={{ alignSelf: 'flex-start' }} data-testid="staffing-review-submit">
          {t('review.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
