import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '@eshkol/contracts/common';
import { apiRequest } from '../../../lib/api-client';
import { notificationsQueryKey } from '../../../api/query-keys';

export function markRead(ids: number[] | 'all') {
  return apiRequest('/api/v1/notifications/read', okSchema, { method: 'POST', json: { ids } });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }) });
}
