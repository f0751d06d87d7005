import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AccessGate } from '../../../components/access-gate';
import { ImportForm } from '../components/import-form';

export function ImportPage() {
  const { t } = useTranslation('imports');
  useDocumentTitle(`${t('title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text mt="xs">{t('intro')}</Text>
      </div>
      <AccessGate need="imports.run">
        <ImportForm />
      </AccessGate>
    </Stack>
  );
}
