import type { QueryClient } from '@tanstack/react-query';

/** Every query of the clusters' establishments starts with this key, so one invalidation after a write refreshes them all. */
export const staffingQueryKey = ['staffing'] as const;
export const clusterStaffingQueryKey = (slug: string) => [...staffingQueryKey, 'cluster', slug] as const;
export const staffingQueueQueryKey = [...staffingQueryKey, 'queue'] as const;

export const invalidateStaffing = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: staffingQueryKey });
