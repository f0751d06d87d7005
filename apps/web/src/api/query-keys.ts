import type { AuthorityListQuery } from '@eshkol/contracts/authorities';

/**
 * Query keys that more than one feature names: a feature refreshes another's data through these,
 * never by spelling a key. Keys that only their own feature names live in its `api/*-keys.ts`,
 * under these roots where others refresh them.
 */

export const clustersQueryKey = ['clusters'] as const;
export const clusterQueryKey = (slug: string) => [...clustersQueryKey, slug] as const;

export const authoritiesQueryKey = ['authorities'] as const;
export const authorityListQueryKey = (filters: AuthorityListQuery & { offset?: number }) => [...authoritiesQueryKey, filters] as const;

/** Kept apart from the list's key so a list refresh does not refetch every detail. */
export const authorityDetailsQueryKey = ['authority'] as const;
export const authorityQueryKey = (id: string) => [...authorityDetailsQueryKey, id] as const;

/** Every query about services starts with this key, so one invalidation refreshes them all. */
export const servicesQueryKey = ['services'] as const;
export const serviceQueryKey = (id: number) => [...servicesQueryKey, 'detail', id] as const;
/** A service's readiness for the committee also shows the cluster's allocation, which the budget changes. */
export const readinessQueryKey = [...servicesQueryKey, 'readiness'] as const;

export const studiesQueryKey = ['studies'] as const;
export const submissionsQueryKey = ['submissions'] as const;
export const budgetQueryKey = ['budget'] as const;
export const notificationsQueryKey = ['notifications'] as const;
export const participationQueryKey = ['participation'] as const;
export const statsQueryKey = ['stats'] as const;
