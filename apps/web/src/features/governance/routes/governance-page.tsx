import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BodiesList } from '../components/bodies-list';

/** /governance — the programme's bodies: its steering committee and the professional committee. */
export function GovernancePage() {
  const { t } = useTranslation('governance');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
      </Stack>
      <BodiesList clusterSlug={null} caption={t('title')} />
      <Anchor component={Link} to="/governance/decisions" data-testid="programme-decisions">
        {t('programmeDecisions')}
      </Anchor>
    </Stack>
  );
}
