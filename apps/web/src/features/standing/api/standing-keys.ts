import type { QueryClient } from '@tanstack/react-query';

export const standingPath = (slug: string) => `/api/v1/clusters/${encodeURIComponent(slug)}/standing`;
export const authorityStandingPath = (id: string) => `/api/v1/authorities/${encodeURIComponent(id)}/standing`;
export const powersPath = '/api/v1/standing/powers';

/** Every query of the standing starts with this key, so one invalidation after a write refreshes them all. */
export const standingQueryKey = ['standing'] as const;
export const clusterStandingQueryKey = (slug: string) => [...standingQueryKey, 'cluster', slug] as const;
export const authorityStandingQueryKey = (id: string) => [...standingQueryKey, 'authority', id] as const;
export const powersQueryKey = [...standingQueryKey, 'powers'] as const;

export const invalidateStanding = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: standingQueryKey });
