import { Button, FileInput, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { importKinds, type ImportKind } from '@eshkol/contracts/imports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useImportFile } from '../api/import-file';
import { ImportResult } from './import-result';

export function ImportForm() {
  const { t } = useTranslation('imports');
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
    <Paper withBorder p="md" component="form" onSubmit={(e) => e.preventDefault()} noValidate aria-label={t('formLabel')} data-testid="import-form">
      <Stack>
        <Radio.Group
          label={t('kind')}
          value={kind}
          onChange={(v) => {
            setKind(v as ImportKind);
            reset();
          }}
        >
          <Group mt="xs">
            {importKinds.map((k) => (
              <Radio key={k} value={k} label={t(`kinds.${k}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Text size="sm">{t(`hints.${kind}`)}</Text>
        {kind === 'clusters' && (
          <TextInput
            label={t('asOf')}
            description={t('asOfHint')}
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
          label={t('file')}
          placeholder={t('filePlaceholder')}
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
            {t('preview')}
          </Button>
          <Button loading={upload.isPending && !upload.variables.dryRun} onClick={() => send(false)}>
            {t('submit')}
          </Button>
        </Group>
        <ErrorAlert error={upload.error} title={t('failed')} />
        {upload.data && <ImportResult result={upload.data} />}
      </Stack>
    </Paper>
  );
}
