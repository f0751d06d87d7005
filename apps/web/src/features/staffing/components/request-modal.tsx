import { Alert, Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { fundingSources, positionKinds, staffingLimits, staffingRequestKinds, type Position, type StaffingRequest, type StaffingRequestKind } from '@eshkol/contracts/staffing';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AmountField } from '../../../components/amount-field';
import { ErrorAlert } from '../../../components/error-alert';
import { NumberField } from '../../../components/number-field';
import { focusFirstRefused, NumberRefusals, useNumberRefusals } from '../../../components/number-refusals';
import { useFormat } from '../../../lib/format';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useResubmitStaffingRequest, useSubmitStaffingRequest } from '../api/submit-staffing-request';
import {
  buildProposal,
  buildRequest,
  dayError,
  emptyRequest,
  fieldsOfKind,
  fieldsOfProposal,
  grossRule,
  scopeRule,
  type FieldError,
  type RequestField,
  type RequestFields,
} from '../model/request-form';
import { usePositionName } from './staffing-words';

type Props = {
  slug: string;
  /** The cluster's positions: a change or a salary is for an approved one. */
  positions: readonly Position[];
  /** A returned request to send again (its kind and position fixed, its latest proposal to start from); none for a new request. */
  resubmitting?: StaffingRequest | null;
  opened: boolean;
  onClose: () => void;
  onSent: () => void;
};

/** A request of the cluster's staff to the regulator, or a returned one sent again: the fields of its kind, each number checked beside it. */
export function RequestModal({ opened, resubmitting = null, onClose, ...rest }: Props) {
  const { t } = useTranslation('staffing');
  const positionName = usePositionName();
  const position = resubmitting ? rest.positions.find((p) => p.id === resubmitting.positionId) : undefined;
  const title = resubmitting ? t('form.titleResubmit', { position: position ? positionName(position) : t(`requestKinds.${resubmitting.kind}`) }) : t('form.titleNew');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      {/* Mounted while open only, so each opening starts from the request's latest version or from empty fields. */}
      {opened && <RequestForm {...rest} resubmitting={resubmitting} onClose={onClose} />}
    </Modal>
  );
}

function RequestForm({ slug, positions, resubmitting, onClose, onSent }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const positionName = usePositionName();
  const submit = useSubmitStaffingRequest(slug);
  const resubmit = useResubmitStaffingRequest();
  const mutation = resubmitting ? resubmit : submit;
  const latest = resubmitting?.versions[0];
  const [fields, setFields] = useState<RequestFields>(() => (resubmitting && latest ? fieldsOfProposal(latest.proposal, resubmitting.positionId) : emptyRequest()));
  const [errors, setErrors] = useState<Partial<Record<RequestField, FieldError>>>({});
  const refusals = useNumberRefusals();
  const form = useRef<HTMLFormElement>(null);
  const approved = positions.filter((p) => p.state === 'approved');
  const position = positions.find((p) => String(p.id) === fields.positionId);
  const asked = new Set(fieldsOfKind[fields.kind]);

  const labels = {
    kind: t('form.kind'),
    positionId: t('form.position'),
    positionKind: t('form.positionKind'),
    title: t('form.title'),
    scopePercent: t('form.scope'),
    funding: t('form.funding'),
    grossAgorot: t('form.gross'),
    personName: t('form.personName'),
    fromDay: t('form.fromDay'),
  };
  const server = useServerIssues(mutation.error, labels, {
    codes: { STAFFING_BEFORE_APPROVAL: 'fromDay', STAFFING_POSITION_NOT_APPROVED: 'positionId', STAFFING_POSITION_NOT_FOUND: 'positionId', STAFFING_REQUEST_PENDING: 'positionId' },
  });
  // A day is checked as it is typed; the other fields when sending.
  const err = (field: RequestField) => {
    const own = (field === 'fromDay' && fields.fromDay ? dayError(fields.fromDay) : null) ?? errors[field];
    return own ? t(`fieldErrors.${own}`, { date: format.date(position?.approvedOn) }) : server.errorOf(field === 'grossShekels' ? 'grossAgorot' : field);
  };
  const update = (changes: Partial<RequestFields>) => {
    setFields((f) => ({ ...f, ...changes }));
    setErrors({});
  };
  const text = (field: 'title' | 'personName' | 'fromDay') => (e: { currentTarget: { value: string } }) => update({ [field]: e.currentTarget.value });

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (refusals.count > 0) return focusFirstRefused(form.current);
    const done = () => {
      onSent();
      onClose();
    };
    if (resubmitting) {
      const built = buildProposal(fields, position);
      setErrors(built.ok ? {} : built.errors);
      if (built.ok) resubmit.mutate({ requestId: resubmitting.id, body: built.body }, { onSuccess: done });
      return;
    }
    const built = buildRequest(fields, position);
    setErrors(built.ok ? {} : built.errors);
    if (built.ok) submit.mutate(built.body, { onSuccess: done });
  };

  return (
    <form ref={form} onSubmit={send} noValidate data-testid="staffing-request-form">
      <NumberRefusals report={refusals.report}>
        <Stack>
          {latest?.outcome === 'returned' && (
            <Alert color="blue" variant="outline" title={t('form.remarksToFix', { version: format.number(latest.version) })} data-testid="remarks-to-fix">
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {latest.remarks}
              </Text>
            </Alert>
          )}
          {!resubmitting && (
            <Radio.Group label={t('form.kind')} required value={fields.kind} onChange={(v) => update({ ...emptyRequest(staffingRequestKinds.find((k) => k === v) ?? 'open_position') })}>
              <Stack gap="xs" mt="xs">
                {staffingRequestKinds.map((k: StaffingRequestKind) => (
                  <Radio key={k} value={k} label={t(`requestKinds.${k}`)} description={t(`form.kindHints.${k}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {asked.has('positionId') &&
            (resubmitting ? (
              <Text size="sm">{t('form.forPosition', { position: position ? positionName(position) : t('flags.unlistedPosition') })}</Text>
            ) : approved.length === 0 ? (
              <Alert color="blue" variant="outline" data-testid="no-approved-position">
                {t('form.noApproved')}
              </Alert>
            ) : (
              <Select
                label={t('form.position')}
                required
                data={approved.map((p) => ({ value: String(p.id), label: positionName(p) }))}
                value={fields.positionId || null}
                onChange={(v) => update({ positionId: v ?? '' })}
                error={err('positionId')}
                allowDeselect={false}
              />
            ))}
          {position && fields.kind === 'change_position' && (
            <Text size="sm" data-testid="current-terms">
              {t('form.current', {
                scope: format.percent(position.scopePercent / 100),
                funding: t(`fundingSources.${position.funding}`),
                gross: position.grossAgorot === null ? t('hidden') : format.shekels(position.grossAgorot),
              })}
            </Text>
          )}
          {asked.has('positionKind') && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('form.positionKind')}
                description={t('form.positionKindHint')}
                required
                data={positionKinds.map((k) => ({ value: k, label: t(`positionKinds.${k}`) }))}
                value={fields.positionKind || null}
                onChange={(v) => update({ positionKind: positionKinds.find((k) => k === v) ?? '' })}
                error={err('positionKind')}
                allowDeselect={false}
              />
              <TextInput
                label={t('form.title')}
                description={t('form.titleHint')}
                required={fields.positionKind === 'other'}
                maxLength={staffingLimits.title}
                value={fields.title}
                onChange={text('title')}
                error={err('title')}
              />
            </SimpleGrid>
          )}
          {asked.has('personName') && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.personName')} required maxLength={staffingLimits.personName} value={fields.personName} onChange={text('personName')} error={err('personName')} />
              <TextInput
                label={t('form.fromDay')}
                description={position?.approvedOn ? t('form.fromDayHint', { date: format.date(position.approvedOn) }) : undefined}
                type="date"
                required
                min={position?.approvedOn ?? undefined}
                value={fields.fromDay}
                onChange={text('fromDay')}
                error={err('fromDay')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: asked.has('funding') ? 3 : 2 }}>
            <NumberField
              label={t('form.scope')}
              description={t('form.scopeHint', { min: format.number(scopeRule.min), max: format.number(scopeRule.max) })}
              required
              rule={scopeRule}
              value={fields.scopePercent}
              onValue={(scopePercent) => update({ scopePercent })}
              error={err('scopePercent')}
              rightSection="%"
            />
            {asked.has('funding') && (
              <Select
                label={t('form.funding')}
                description={t('form.fundingHint')}
                required
                data={fundingSources.map((f) => ({ value: f, label: t(`fundingSources.${f}`) }))}
                value={fields.funding || null}
                onChange={(v) => update({ funding: fundingSources.find((f) => f === v) ?? '' })}
                error={err('funding')}
                allowDeselect={false}
              />
            )}
            <AmountField
              label={t('form.gross')}
              description={t('form.grossHint', { max: format.number(grossRule.max) })}
              rule={grossRule}
              value={fields.grossShekels}
              onValue={(grossShekels) => update({ grossShekels })}
              error={err('grossShekels')}
              report={refusals.report}
              testId="gross-field"
            />
          </SimpleGrid>
          <ErrorAlert error={mutation.error} title={t('form.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="staffing-request-submit">
              {resubmitting ? t('form.resubmit') : t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </NumberRefusals>
    </form>
  );
}
