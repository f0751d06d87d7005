import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { usePowers } from '../api/standing';
import { PowersPanel } from '../components/powers-panel';

/** The list of powers and tasks a member authority may delegate to its cluster: read by everyone, kept by the ministry. */
export function PowersPage() {
  const { t } = useTranslation('standing');
  useDocumentTitle(`${t('powers.title')} · ${t('app.name')}`);
  const powers = usePowers();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('powers.title')}</Title>
        <Text size="sm" mt="xs">
          {t('powers.intro')}
        </Text>
      </div>
      <ErrorAlert error={powers.error} />
      {!powers.data ? !powers.error && <PageLoader /> : <PowersPanel powers={powers.data.items} manage={powers.data.actions.includes('manage')} />}
    </Stack>
  );
}
