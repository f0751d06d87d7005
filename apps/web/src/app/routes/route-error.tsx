import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Shown when a page fails to render or its code cannot be loaded. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Stack p="xl" component="main">
      <Title order={1}>{t('errors.pageTitle')}</Title>
      <Alert color="red" title={t('errors.unexpected')}>
        <Anchor href="/">{t('notFound.home')}</Anchor>
      </Alert>
    </Stack>
  );
}
