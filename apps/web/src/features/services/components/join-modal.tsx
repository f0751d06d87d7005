import { Button, FileInput, Group, Modal, Progress, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { documentLimits, documentTypes, type DocumentInfo } from '@eshkol/contracts/documents';
import { approvalBodies } from '@eshkol/contracts/services';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useServerIssues } from '../../../lib/problems/use-server-issues';
import { useFormat } from '../../../lib/format';
import { useDecideParticipation } from '../api/decide-participation';
import { useUploadDocument } from '../../../api/upload-document';
import { emptyApprovalForm, sizeInUnits, todayInIsrael, validateApprovalForm, type ApprovalForm, type ApprovalFormErrors } from '../model/approval-form';

type Props = { serviceId: number; authority: { id: string; name: string } | null; onClose: () => void };

/** A representative records that their authority joins, with the approval behind it and its document. */
export function JoinModal({ serviceId, authority, onClose }: Props) {
  const { t } = useTranslation('services');
  const format = useFormat();
  const upload = useUploadDocument();
  const decide = useDecideParticipation();
  const [form, setForm] = useState<ApprovalForm>(emptyApprovalForm);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ApprovalFormErrors>({});
  const [progress, setProgress] = useState<number | null>(null);
  // A document already uploaded for this file is not sent again when only the decision failed.
  const [uploaded, setUploaded] = useState<{ file: File; doc: DocumentInfo } | null>(null);
  const today = todayInIsrael();
  const set = <K extends keyof ApprovalForm>(key: K, value: ApprovalForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const size = (bytes: number) => {
    const { value, unit } = sizeInUnits(bytes);
    return format.number(value, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
  };
  const labels = { body: t('approval.body'), decidedOn: t('approval.decidedOn'), resolutionNumber: t('approval.resolutionNumber'), documentId: t('join.file') };
  const server = useServerIssues(decide.error, labels);
  const uploadServer = useServerIssues(upload.error, { 'x-file-name': t('join.file') });
  const err = (key: keyof ApprovalForm) => {
    const e = errors[key];
    if (e) return t(e.key, Object.fromEntries(Object.entries(e.values ?? {}).map(([k, v]) => [k, size(v)])));
    return key === 'file' ? (uploadServer.errorOf('x-file-name') ?? server.errorOf('documentId')) : server.errorOf(key);
  };

  const close = () => {
    setForm(emptyApprovalForm);
    setFile(null);
    setErrors({});
    setProgress(null);
    setUploaded(null);
    upload.reset();
    decide.reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateApprovalForm(form, today);
    setErrors(found);
    if (Object.keys(found).length > 0 || !authority || !file || !form.body) return;
    upload.reset();
    decide.reset();
    let doc = uploaded?.file === file ? uploaded.doc : null;
    if (!doc) {
      setProgress(0);
      try {
        doc = await upload.mutateAsync({ file, onProgress: setProgress });
        setUploaded({ file, doc });
      } catch {
        setProgress(null);
        return;
      }
      setProgress(null);
    }
    decide.mutate(
      {
        serviceId,
        authorityId: authority.id,
        body: { decision: 'join', body: form.body, decidedOn: form.decidedOn, resolutionNumber: form.resolutionNumber.trim(), documentId: doc.id },
      },
      { onSuccess: close },
    );
  };

  const busy = upload.isPending || decide.isPending;
  return (
    <Modal
      opened={authority !== null}
      onClose={close}
      title={authority ? t('join.title', { name: authority.name }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('forms.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="join-form">
        <Stack>
          <Text size="sm">{t('join.explain')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('approval.body')}
              placeholder={t('join.bodyPlaceholder')}
              required
              data={approvalBodies.map((b) => ({ value: b, label: t(`approval.bodies.${b}`) }))}
              value={form.body}
              onChange={(v) => set('body', (v as ApprovalForm['body']) ?? null)}
              error={err('body')}
              data-autofocus
            />
            <TextInput
              label={t('approval.decidedOn')}
              type="date"
              required
              max={today}
              value={form.decidedOn}
              onChange={(e) => set('decidedOn', e.currentTarget.value)}
              error={err('decidedOn')}
            />
          </SimpleGrid>
          <TextInput
            label={t('approval.resolutionNumber')}
            description={t('join.resolutionHint')}
            required
            maxLength={60}
            value={form.resolutionNumber}
            onChange={(e) => set('resolutionNumber', e.currentTarget.value)}
            error={err('resolutionNumber')}
            w={{ base: '100%', sm: 280 }}
          />
          <FileInput
            label={t('join.file')}
            description={t('join.fileHint', { max: size(documentLimits.maxBytes) })}
            placeholder={t('join.filePlaceholder')}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('join.fileClear') }}
            accept={[...documentTypes, '.pdf', '.png', '.jpg', '.jpeg'].join(',')}
            value={file}
            onChange={(f) => {
              setFile(f);
              set('file', f ? { name: f.name, size: f.size } : null);
              upload.reset();
            }}
            error={err('file')}
            data-testid="approval-file"
          />
          {file && !errors.file && (
            <Text size="xs" c="dimmed">
              {t('join.fileChosen', { name: file.name, size: size(file.size) })}
            </Text>
          )}
          {progress !== null && (
            <Stack gap={4} role="status" aria-live="polite" data-testid="upload-progress">
              <Text size="sm">{t('join.uploading', { percent: format.percent(progress) })}</Text>
              <Progress value={progress * 100} animated aria-label={t('join.uploadProgress')} />
            </Stack>
          )}
          <ErrorAlert error={upload.error} title={t('join.uploadFailed')} {...uploadServer.alert} />
          <ErrorAlert error={decide.error} title={t('join.failed')} {...server.alert} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('forms.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={busy} data-testid="join-submit">
              {t('join.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
