import { Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { documentLimits, documentTypes } from '@eshkol/contracts/documents';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentPath, useUploadDocument } from '../api/upload-document';
import { useFormat } from '../lib/format';
import { ErrorAlert } from './error-alert';

export type AttachedDocument = { id: string; fileName: string };

/**
 * A record's documents (an agenda item's, a progress report's evidence): each uploaded through the
 * document upload as it is chosen (with its progress), listed by name with a link and a button to
 * take it off. `max`: how many the record's contract takes.
 */
export function DocumentsField({ value, onChange, max, label }: { value: readonly AttachedDocument[]; onChange: (docs: AttachedDocument[]) => void; max: number; label: string }) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const upload = useUploadDocument();
  const hintId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const full = value.length >= max;
  const add = (file: File | null) => {
    setTooLarge(false);
    if (!file) return;
    if (file.size > documentLimits.maxBytes) {
      setTooLarge(true);
      return;
    }
    setProgress(0);
    upload.mutate(
      { file, onProgress: setProgress },
      { onSuccess: (doc) => onChange([...value, { id: doc.id, fileName: doc.fileName }]), onSettled: () => setProgress(null) },
    );
  };
  return (
    <Stack gap="xs" data-testid="documents-field">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {value.length === 0 && <Text size="sm">{t('documents.none')}</Text>}
      {value.map((d) => (
        <Group key={d.id} gap="xs" wrap="nowrap">
          <Anchor href={documentPath(d.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {d.fileName}
          </Anchor>
          <Button size="compact-xs" variant="subtle" color="red.9" onClick={() => onChange(value.filter((x) => x.id !== d.id))} aria-label={t('documents.remove', { name: d.fileName })}>
            {t('documents.removeShort')}
          </Button>
        </Group>
      ))}
      {progress !== null && <Progress value={progress * 100} aria-label={t('documents.uploading')} size="sm" />}
      <Group gap="xs">
        <FileButton onChange={add} accept={[...documentTypes, '.pdf', '.png', '.jpg', '.jpeg'].join(',')} disabled={full || upload.isPending}>
          {(props) => (
            <Button {...props} variant="default" size="xs" loading={upload.isPending} aria-describedby={hintId} data-testid="document-add">
              {t('documents.add')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" id={hintId}>
          {t('documents.hint', { max: format.number(documentLimits.maxBytes / (1024 * 1024)), n: format.number(max) })}
        </Text>
      </Group>
      {tooLarge && (
        <Text size="sm" c="red.9" role="alert">
          {t('documents.tooLarge', { max: format.number(documentLimits.maxBytes / (1024 * 1024)) })}
        </Text>
      )}
      <ErrorAlert error={upload.error} title={t('documents.failed')} />
    </Stack>
  );
}
