import { ActionIcon, Group, Indicator, Popover, ScrollArea, Title } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useMe } from '../../../lib/auth/get-me';
import { useNotifications } from '../api/get-notifications';
import { useMarkRead } from '../api/mark-read';
import { BellIcon } from './bell-icon';
import { MarkAllRead, NotificationList } from './notification-list';

/** The header's bell, for a signed-in user once its words have arrived. */
export function NotificationBell() {
  const signedIn = !!useMe().data?.user;
  if (!signedIn) return null;
  return (
    <Suspense fallback={null}>
      <Bell />
    </Suspense>
  );
}

/** How many notifications wait, and the list of them with a link to act on each. */
function Bell() {
  const { t } = useTranslation('notifications');
  const notifications = useNotifications(true);
  const markRead = useMarkRead();
  const [opened, setOpened] = useState(false);

  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  // The count badge sits outside the popover's target, which must be the button itself (it carries the popup's ARIA).
  return (
    <Indicator label={unread} disabled={unread === 0} size={18} maxValue={99} color="red.9" offset={4}>
      <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="dark"
            size="lg"
            aria-label={t('bell', { count: unread })}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
            data-unread={unread}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="sm" aria-labelledby="notifications-title">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5" id="notifications-title">
              {t('title')}
            </Title>
            {unread > 0 && <MarkAllRead onClick={() => markRead.mutate('all')} loading={markRead.isPending && markRead.variables === 'all'} />}
          </Group>
          {notifications.error ? (
            <ErrorAlert error={notifications.error} />
          ) : !notifications.data ? (
            <PageLoader />
          ) : (
            <ScrollArea.Autosize mah={420} type="auto">
              <NotificationList
                items={items}
                pending={markRead.isPending}
                onMarkRead={(id) => markRead.mutate([id])}
                onFollow={(n) => {
                  if (!n.read) markRead.mutate([n.id]);
                  setOpened(false);
                }}
              />
            </ScrollArea.Autosize>
          )}
          <ErrorAlert error={markRead.error} />
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
