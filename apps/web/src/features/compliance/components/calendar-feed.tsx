import { Button, CopyButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useCreateFeed, useFeedStatus, useRevokeFeed } from '../api/compliance';

/**
 * The cluster's calendar subscription, for its staff: a secret address a calendar application
 * reads (shown once, when made), a new one that ends the old, and its revocation.
 */
export function CalendarFeed({ slug }: { slug: string }) {
  const { t } = useTranslation('compliance');
  const format = useFormat();
  const status = useFeedStatus(slug, true);
  const create = useCreateFeed(slug);
  const revoke = useRevokeFeed(slug);
  if (!status.data?.actions.includes('manage')) return null;
  const address = create.data ? `${window.location.origin}${create.data.path}` : null;
  return (
    <Paper withBorder p="md" mt="md" data-testid="calendar-feed">
      <Stack gap="sm">
        <Text fw={600}>{t('feed.title')}</Text>
        <Text size="sm">{status.data.active && status.data.createdAt ? t('feed.active', { date: format.date(status.data.createdAt) }) : t('feed.none')}</Text>
        {address && (
          <Group align="flex-end" wrap="nowrap">
            <TextInput label={t('feed.address')} description={t('feed.once')} value={address} readOnly style={{ flex: 1 }} data-testid="calendar-feed-address" />
            <CopyButton value={address}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? t('feed.copied') : t('feed.copy')}</Button>}</CopyButton>
          </Group>
        )}
        <ErrorAlert error={create.error ?? revoke.error} />
        <Group>
          <Button variant="outline" onClick={() => create.mutate()} loading={create.isPending} data-testid="calendar-feed-create">
            {status.data.active ? t('feed.renew') : t('feed.create')}
          </Button>
          {status.data.active && (
            <Button variant="subtle" color="red.9" onClick={() => revoke.mutate()} loading={revoke.isPending} data-testid="calendar-feed-revoke">
              {t('feed.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
