import type { QueryClient } from '@tanstack/react-query';

export const compliancePath = '/api/v1/compliance';

/** Every query of the compliance calendar starts with this key, so one invalidation refreshes them all. */
export const complianceQueryKey = ['compliance'] as const;
export const overviewQueryKey = [...complianceQueryKey, 'overview'] as const;
export const clusterComplianceQueryKey = (slug: string) => [...complianceQueryKey, 'cluster', slug] as const;
export const rulesQueryKey = [...complianceQueryKey, 'rules'] as const;
export const deskQueryKey = [...complianceQueryKey, 'desk'] as const;
export const feedQueryKey = (slug: string) => [...complianceQueryKey, 'feed', slug] as const;

export const invalidateCompliance = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: complianceQueryKey });
