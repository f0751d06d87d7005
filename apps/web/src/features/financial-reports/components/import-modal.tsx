import { Anchor, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { financialReportLimits } from '@eshkol/contracts/financial-reports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentsField, type AttachedDocument } from '../../../components/documents-field';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { templatePath, useImportReport } from '../api/financial-reports';

/**
 * The regulator's Excel, with the statements it goes with: the whole sheet or nothing. The sheet
 * says which year it is; a year whose report was returned gets a new version. A bad cell is named
 * by its row and column.
 */
export function ImportModal({ slug, onClose }: { slug: string; onClose: () => void }) {
  const { t } = useTranslation('financial-reports');
  const format = useFormat();
  const upload = useImportReport(slug);
  const [statements, setStatements] = useState<AttachedDocument[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const tooLarge = file !== null && file.size > financialReportLimits.importMaxBytes;
  const send = () => {
    setTried(true);
    const statementsDocumentId = statements[0]?.id;
    if (!file || !statementsDocumentId || tooLarge) return;
    upload.mutate({ file, statementsDocumentId }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="lg" data-testid="import-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <Stack>
        <List size="sm" spacing={4} type="ordered">
          <List.Item>
            <Anchor href={templatePath()} download data-testid="template-download">
              {t('import.stepTemplate')}
            </Anchor>
          </List.Item>
          <List.Item>{t('import.stepFill')}</List.Item>
          <List.Item>{t('import.stepUpload')}</List.Item>
        </List>
        <DocumentsField value={statements} onChange={setStatements} max={1} label={t('form.statements')} />
        {tried && statements.length === 0 && (
          <Text size="sm" c="red.9" role="alert">
            {t('import.statementsRequired')}
          </Text>
        )}
        <FileInput
          label={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            upload.reset();
          }}
          clearable
          required
          error={tried && !file ? t('forms.required') : tooLarge ? t('import.tooLarge', { max: format.number(financialReportLimits.importMaxBytes / (1024 * 1024)) }) : undefined}
          data-testid="import-file"
        />
        <ErrorAlert error={upload.error} title={t('import.failed')} fields={{ statementsDocumentId: t('form.statements') }} />
        <Group>
          <Button onClick={send} loading={upload.isPending} data-testid="import-submit">
            {t('import.submit')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
