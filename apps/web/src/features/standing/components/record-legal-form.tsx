import { SimpleGrid, Select, TextInput, Textarea } from '@mantine/core';
import { legalFormKinds, partialDateSchema, standingLimits, type LegalFormKind } from '@eshkol/contracts/standing';
import { useTranslation } from 'react-i18next';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useRecordLegalForm } from '../api/standing';
import { RecordModal } from './record-modal';
import { useRecordForm } from './use-record-form';

/** A date as a source gives it (a year, a month or a day), or nothing: its field's error, or null when it is fine. */
export function usePartialDate() {
  const { t } = useTranslation('standing');
  return (value: string, required = false): string | null => {
    if (value.trim() === '') return required ? t('forms.required') : null;
    return partialDateSchema.safeParse(value.trim()).success ? null : t('record.partialDateInvalid');
  };
}

/** The ministry or the regulator records a legal form from a day; a form without an end ends the one before it. */
export function RecordLegalFormModal({ slug, opened, onClose }: { slug: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('standing');
  const record = useRecordLegalForm(slug);
  const checkDate = usePartialDate();
  const empty = { form: null as LegalFormKind | null, fromOn: '', untilOn: '', source: '', note: '' };
  const { v, setV, close, submitWith, shownOf } = useRecordForm(empty, record.reset, onClose);
  const labels = { form: t('record.form'), fromOn: t('record.fromOn'), untilOn: t('record.untilOn'), source: t('record.source'), note: t('record.note') };
  const server = useServerIssues(record.error, labels, { codes: { LEGAL_FORM_OVERLAP: 'fromOn', LEGAL_FORM_DATES_INVALID: 'untilOn' } });
  const errors = { form: v.form ? null : t('forms.required'), fromOn: checkDate(v.fromOn), untilOn: checkDate(v.untilOn), source: v.source.trim().length >= 2 ? null : t('forms.required') };
  const submit = submitWith(errors, () => {
    if (v.form) record.mutate({ form: v.form, fromOn: v.fromOn.trim() || null, untilOn: v.untilOn.trim() || null, source: v.source.trim(), note: v.note.trim() }, { onSuccess: close });
  });
  const shown = shownOf(errors, server.errorOf);
  return (
    <RecordModal
      opened={opened}
      onClose={close}
      title={t('record.legalFormTitle')}
      onSubmit={submit}
      mutation={record}
      alert={server.alert}
      testId="legal-form"
    >
      <Select
        label={labels.form}
        required
        data={legalFormKinds.map((k) => ({ value: k, label: t(`formKinds.${k}`) }))}
        value={v.form}
        onChange={(form) => setV({ ...v, form: form as LegalFormKind | null })}
        error={shown('form')}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={labels.fromOn} description={t('record.partialDateHint')} value={v.fromOn} onChange={(e) => setV({ ...v, fromOn: e.currentTarget.value })} error={shown('fromOn')} dir="ltr" />
        <TextInput label={labels.untilOn} description={t('record.untilHint')} value={v.untilOn} onChange={(e) => setV({ ...v, untilOn: e.currentTarget.value })} error={shown('untilOn')} dir="ltr" />
      </SimpleGrid>
      <Textarea label={labels.source} description={t('record.sourceHint')} required autosize minRows={2} maxLength={standingLimits.source} value={v.source} onChange={(e) => setV({ ...v, source: e.currentTarget.value })} error={shown('source')} />
      <Textarea label={labels.note} autosize maxLength={standingLimits.note} value={v.note} onChange={(e) => setV({ ...v, note: e.currentTarget.value })} />
    </RecordModal>
  );
}
