import { Button, Group, Modal, SimpleGrid, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { legalFormKinds, partialDateSchema, standingLimits, type LegalFormKind } from '@eshkol/contracts/standing';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useRecordLegalForm } from '../api/standing';

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
  const [v, setV] = useState(empty);
  const [touched, setTouched] = useState(false);
  const labels = { form: t('record.form'), fromOn: t('record.fromOn'), untilOn: t('record.untilOn'), source: t('record.source'), note: t('record.note') };
  const server = useServerIssues(record.error, labels, { codes: { LEGAL_FORM_OVERLAP: 'fromOn', LEGAL_FORM_DATES_INVALID: 'untilOn' } });
  const errors = { form: v.form ? null : t('forms.required'), fromOn: checkDate(v.fromOn), untilOn: checkDate(v.untilOn), source: v.source.trim().length >= 2 ? null : t('forms.required') };
  const close = () => {
    setV(empty);
    setTouched(false);
    record.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.values(errors).some((e) => e !== null) || !v.form) return;
    record.mutate({ form: v.form, fromOn: v.fromOn.trim() || null, untilOn: v.untilOn.trim() || null, source: v.source.trim(), note: v.note.trim() }, { onSuccess: close });
  };
  const shown = (k: keyof typeof errors) => (touched ? errors[k] : null) ?? server.errorOf(k);
  return (
    <Modal opened={opened} onClose={close} title={t('record.legalFormTitle')} size="lg" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <form onSubmit={submit} noValidate data-testid="legal-form-form">
        <Stack>
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
          <ErrorAlert error={record.error} title={t('record.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="legal-form-submit">
              {t('record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
