import { Button, FileInput, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { importKinds, type ImportKind } from '@eshkol/contracts/imports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useImportFile } from '../api/import-file';
import { ImportResult } from './import-result';

export function ImportForm() {
  const { t } = useTranslation();
  const upload = useImportFile();
  const [kind, setKind] = useState<ImportKind>('authorities');
  const [asOf, setAsOf] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [touched, setTouched] = useState(false);

  const send = (dryRun: boolean) => {
    setTouched(true);
    if (!file) return;
    upload.mutate({ kind, file, asOf: asOf || undefined, dryRun });
  };
  const reset = () => upload.reset();

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => e.preventDefault()} noValidate aria-label={t('imports.formLabel')} data-testid="import-form">
      <Stack>
        <Radio.Group
          label={t('imports.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v as ImportKind);
            reset();
          }}
        >
          <Group mt="xs">
            {importKinds.map((k) => (
              <Radio key={k} value={k} label={t(`imports.kinds.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Text size="sm">{t(`imports.hints.${kind}`)}</Text>
        {kind === 'clusters' && (
          <TextInput
            label={t('imports.asOf')}
            description={t('imports.asOfHint')}
            type="month"
            value={asOf}
            onChange={(e) => {
              setAsOf(e.currentTarget.value);
              reset();
            }}
            maw={260}
          />
        )}
        <FileInput
          label={t('imports.file')}
          placeholder={t('imports.filePlaceholder')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            reset();
          }}
          clearable
          required
          error={touched && !file ? t('forms.required') : undefined}
          maw={480}
        />
        <Group>
          <Button variant="outline" loading={upload.isPending && upload.variables.dryRun} onClick={() => send(true)}>
            {t('imports.preview')}
          </Button>
          <Button loading={upload.isPending && !upload.variables.dryRun} onClick={() => send(false)}>
            {t('imports.submit')}
          </Button>
        </Group>
        <ErrorAlert error={upload.error} title={t('imports.failed')} />
        {upload.data && <ImportResult result={upload.data} />}
      </Stack>
    </Paper>
  );
}
