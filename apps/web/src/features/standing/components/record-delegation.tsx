import { SimpleGrid, Select, Text, TextInput } from '@mantine/core';
import { standingLimits, type Delegation, type MatrixRow, type Power } from '@eshkol/contracts/standing';
import { isoDateSchema } from '@eshkol/contracts/common';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentsField, type AttachedDocument } from '../../../components/documents-field';
import { pickName, useNames } from '../../../lib/names';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useEndDelegation, useRecordDelegation } from '../api/standing';
import { RecordModal } from './record-modal';
import { useRecordForm } from './use-record-form';

/** A day's field: its error, or null when it is fine (or empty and not required). */
function useDay() {
  const { t } = useTranslation('standing');
  return (value: string, required: boolean): string | null => {
    if (value === '') return required ? t('forms.required') : null;
    return isoDateSchema.safeParse(value).success ? null : t('record.dayInvalid');
  };
}

/** A member authority's delegation of a power, by its council's decision, recorded by the cluster's staff or the ministry. */
export function RecordDelegationModal({ slug, opened, onClose, rows, powers }: { slug: string; opened: boolean; onClose: () => void; rows: readonly MatrixRow[]; powers: readonly Power[] }) {
  const { t, i18n } = useTranslation('standing');
  const names = useNames();
  const record = useRecordDelegation(slug);
  const checkDay = useDay();
  const empty = { authorityId: null as string | null, powerId: null as string | null, fromDay: '', untilDay: '', decidedOn: '', number: '' };
  const [docs, setDocs] = useState<AttachedDocument[]>([]);
  const { v, setV, close, submitWith, shownOf } = useRecordForm(empty, () => {
    setDocs([]);
    record.reset();
  }, onClose);
  const labels = {
    authorityId: t('record.authority'),
    powerId: t('record.power'),
    fromDay: t('record.fromDay'),
    untilDay: t('record.untilDay'),
    'decision.decidedOn': t('record.decidedOn'),
    'decision.number': t('record.decisionNumber'),
    'decision.documentId': t('record.decisionDocument'),
  };
  const nameOf = (id: string) => {
    const row = rows.find((r) => r.authorityId === id);
    return row ? names.authority(row) : id;
  };
  const server = useServerIssues(record.error, labels, {
    codes: { DELEGATION_NOT_MEMBER: 'authorityId', DELEGATION_OVERLAP: 'fromDay', DELEGATION_DATES_INVALID: 'untilDay', POWER_RETIRED: 'powerId', POWER_NOT_FOUND: 'powerId' },
    nameOf,
  });
  const errors = {
    authorityId: v.authorityId ? null : t('forms.required'),
    powerId: v.powerId ? null : t('forms.required'),
    fromDay: checkDay(v.fromDay, true),
    untilDay: checkDay(v.untilDay, false) ?? (v.untilDay && v.fromDay && v.untilDay < v.fromDay ? t('record.untilBeforeFrom') : null),
    'decision.decidedOn': checkDay(v.decidedOn, true),
  };
  const submit = submitWith(errors, () => {
    if (!v.authorityId || !v.powerId) return;
    record.mutate(
      {
        authorityId: v.authorityId,
        powerId: Number(v.powerId),
        fromDay: v.fromDay,
        untilDay: v.untilDay || null,
        decision: { decidedOn: v.decidedOn, number: v.number.trim(), documentId: docs[0]?.id ?? null },
      },
      { onSuccess: close },
    );
  });
  const shown = shownOf(errors, server.errorOf);
  return (
    <RecordModal
      opened={opened}
      onClose={close}
      title={t('record.delegationTitle')}
      onSubmit={submit}
      mutation={record}
      alert={server.alert}
      testId="delegation"
    >
      <Text size="sm">{t('record.delegationExplain')}</Text>
      <Select
        label={labels.authorityId}
        required
        searchable
        data={rows.filter((r) => r.member).map((r) => ({ value: r.authorityId, label: names.authority(r) }))}
        value={v.authorityId}
        onChange={(authorityId) => setV({ ...v, authorityId })}
        error={shown('authorityId')}
      />
      <Select
        label={labels.powerId}
        required
        searchable
        data={powers.filter((p) => p.retiredOn === null).map((p) => ({ value: String(p.id), label: pickName(p, i18n.language) ?? '' }))}
        value={v.powerId}
        onChange={(powerId) => setV({ ...v, powerId })}
        error={shown('powerId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={labels.fromDay} type="date" required value={v.fromDay} onChange={(e) => setV({ ...v, fromDay: e.currentTarget.value })} error={shown('fromDay')} />
        <TextInput label={labels.untilDay} description={t('record.untilDayHint')} type="date" value={v.untilDay} onChange={(e) => setV({ ...v, untilDay: e.currentTarget.value })} error={shown('untilDay')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={labels['decision.decidedOn']} type="date" required value={v.decidedOn} onChange={(e) => setV({ ...v, decidedOn: e.currentTarget.value })} error={shown('decision.decidedOn')} />
        <TextInput label={labels['decision.number']} maxLength={standingLimits.decisionNumber} value={v.number} onChange={(e) => setV({ ...v, number: e.currentTarget.value })} error={server.errorOf('decision.number')} />
      </SimpleGrid>
      <DocumentsField label={labels['decision.documentId']} value={docs} onChange={setDocs} max={1} />
    </RecordModal>
  );
}

/** A delegation in force ends on its last day; the record stays in the history. */
export function EndDelegationModal({ delegation, title, onClose }: { delegation: Delegation | null; title: string; onClose: () => void }) {
  const { t } = useTranslation('standing');
  const end = useEndDelegation();
  const checkDay = useDay();
  const { v, setV, close, submitWith, shownOf } = useRecordForm({ untilDay: '' }, end.reset, onClose);
  const server = useServerIssues(end.error, { untilDay: t('record.lastDay') }, { codes: { DELEGATION_DATES_INVALID: 'untilDay', DELEGATION_ENDED: 'untilDay' } });
  const errors = { untilDay: checkDay(v.untilDay, true) ?? (delegation && v.untilDay < delegation.fromDay ? t('record.untilBeforeFrom') : null) };
  const submit = submitWith(errors, () => {
    if (delegation) end.mutate({ id: delegation.id, untilDay: v.untilDay }, { onSuccess: close });
  });
  const shown = shownOf(errors, server.errorOf);
  return (
    <RecordModal
      opened={delegation !== null}
      onClose={close}
      title={title}
      onSubmit={submit}
      mutation={end}
      alert={server.alert}
      failedTitle={t('record.endFailed')}
      submitLabel={t('record.endConfirm')}
      danger
      testId="end-delegation"
    >
      <Text size="sm">{t('record.endExplain')}</Text>
      <TextInput label={t('record.lastDay')} type="date" required value={v.untilDay} onChange={(e) => setV({ untilDay: e.currentTarget.value })} error={shown('untilDay')} data-autofocus />
    </RecordModal>
  );
}
