import { queryOptions, useQuery } from '@tanstack/react-query';
import { notificationListSchema } from '@eshkol/contracts/notifications';
import { notificationsQueryKey } from '../../../api/query-keys';
import { apiRequest } from '../../../lib/api-client';

/** How often the header asks for new notifications. */
export const pollIntervalMs = 60_000;

export function getNotifications() {
  return apiRequest('/api/v1/notifications', notificationListSchema);
}

export const notificationsQueryOptions = (enabled: boolean) =>
  queryOptions({
    queryKey: notificationsQueryKey,
    queryFn: getNotifications,
    enabled,
    staleTime: pollIntervalMs / 2,
    refetchInterval: pollIntervalMs,
  });

/** The signed-in user's notifications, polled while the page is open. */
export function useNotifications(enabled: boolean) {
  return useQuery(notificationsQueryOptions(enabled));
}
