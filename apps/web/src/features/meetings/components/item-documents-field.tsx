import { Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { documentLimits, documentTypes } from '@eshkol/contracts/documents';
import { meetingLimits } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentPath, useUploadDocument } from '../../../api/upload-document';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';

export type AttachedDocument = { id: string; fileName: string };

/**
 * An agenda item's documents: each uploaded through the document upload as it is chosen (with its
 * progress), listed by name with a link and a button to take it off the item.
 */
export function ItemDocumentsField({ value, onChange }: { value: readonly AttachedDocument[]; onChange: (docs: AttachedDocument[]) => void }) {
  const { t } = useTranslation('meetings');
  const format = useFormat();
  const upload = useUploadDocument();
  const [progress, setProgress] = useState<number | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const full = value.length >= meetingLimits.documentsPerItem;
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
    <Stack gap="xs" data-testid="item-documents">
      <Text size="sm" fw={500} id="item-documents-label">
        {t('item.documents')}
      </Text>
      {value.length === 0 && <Text size="sm">{t('item.documentsNone')}</Text>}
      {value.map((d) => (
        <Group key={d.id} gap="xs" wrap="nowrap">
          <Anchor href={documentPath(d.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {d.fileName}
          </Anchor>
          <Button size="compact-xs" variant="subtle" color="red.9" onClick={() => onChange(value.filter((x) => x.id !== d.id))} aria-label={t('item.documentRemove', { name: d.fileName })}>
            {t('item.documentRemoveShort')}
          </Button>
        </Group>
      ))}
      {progress !== null && <Progress value={progress * 100} aria-label={t('item.documentUploading')} size="sm" />}
      <Group gap="xs">
        <FileButton onChange={add} accept={[...documentTypes, '.pdf', '.png', '.jpg', '.jpeg'].join(',')} disabled={full || upload.isPending}>
          {(props) => (
            <Button {...props} variant="default" size="xs" loading={upload.isPending} aria-describedby="item-documents-hint" data-testid="item-document-add">
              {t('item.documentAdd')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" id="item-documents-hint">
          {t('item.documentsHint', { max: format.number(documentLimits.maxBytes / (1024 * 1024)), n: format.number(meetingLimits.documentsPerItem) })}
        </Text>
      </Group>
      {tooLarge && (
        <Text size="sm" c="red.9" role="alert">
          {t('item.documentTooLarge', { max: format.number(documentLimits.maxBytes / (1024 * 1024)) })}
        </Text>
      )}
      <ErrorAlert error={upload.error} title={t('item.documentFailed')} />
    </Stack>
  );
}
