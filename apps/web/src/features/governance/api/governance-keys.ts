import type { QueryClient } from '@tanstack/react-query';

export const bodiesPath = '/api/v1/governance/bodies';
export const bodyPath = (id: number) => `${bodiesPath}/${id}`;
export const seatPath = (id: number) => `/api/v1/governance/seats/${id}`;

/** Every query about bodies starts with this key, so one invalidation refreshes them all. */
export const governanceQueryKey = ['governance'] as const;
export const bodiesQueryKey = (clusterSlug: string | null) => [...governanceQueryKey, 'bodies', clusterSlug] as const;
export const bodyQueryKey = (id: number, on: string | null) => [...governanceQueryKey, 'body', id, on] as const;
export const clusterSettingsQueryKey = (slug: string) => [...governanceQueryKey, 'settings', slug] as const;
export const bodyMeetingsQueryKey = (bodyId: number) => [...governanceQueryKey, 'meetings', bodyId] as const;
export const serviceDecisionsQueryKey = (clusterSlug: string, serviceId: number) => [...governanceQueryKey, 'decisions', clusterSlug, serviceId] as const;

/** After any change to a body, its seats or its rules. */
export const invalidateGovernanceData = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: governanceQueryKey });
