import { Anchor, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Notification } from '@eshkol/contracts/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { messageArgs, safeLink } from '../model/notification-message';

type Props = {
  items: Notification[];
  /** Following a link marks its notification read and closes the list. */
  onFollow: (n: Notification) => void;
  onMarkRead: (id: number) => void;
  pending: boolean;
};

export function NotificationList({ items, onFollow, onMarkRead, pending }: Props) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  if (items.length === 0) return <Text size="sm">{t('empty')}</Text>;
  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} data-testid="notification-list">
      {items.map((n) => {
        const { key, values } = messageArgs(n, format.unknown);
        return (
          <Box
            component="li"
            key={n.id}
            py="xs"
            px="xs"
            bg={n.read ? undefined : 'blue.0'}
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
            data-notification-id={n.id}
            data-read={n.read}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div>
                {!n.read && <span className="visually-hidden">{t('unreadMark')} </span>}
                <Anchor component={Link} to={safeLink(n.link)} onClick={() => onFollow(n)} fw={n.read ? 400 : 600} size="sm" c="dark">
                  {t(key, values)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {format.dateTime(n.createdAt)}
                </Text>
              </div>
              {!n.read && (
                <UnstyledButton onClick={() => onMarkRead(n.id)} disabled={pending} fz="xs" c="blue.9" style={{ whiteSpace: 'nowrap' }}>
                  {t('markRead')}
                </UnstyledButton>
              )}
            </Group>
          </Box>
        );
      })}
    </Stack>
  );
}

export function MarkAllRead({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  const { t } = useTranslation('notifications');
  return (
    <Button variant="subtle" size="compact-sm" onClick={onClick} loading={loading}>
      {t('markAllRead')}
    </Button>
  );
}
