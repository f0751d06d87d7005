import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { authorityListSchema, type AuthorityListQuery } from '@eshkol/contracts/authorities';

/** Which authorities, and from which one in list order: a page starts at `offset`. */
export type AuthorityListFilters = AuthorityListQuery & { offset?: number };
import { apiRequest, withQuery } from '../lib/api-client';
import { authorityListQueryKey } from './query-keys';

export const authoritiesPath = '/api/v1/authorities';

export function getAuthorities(filters: AuthorityListFilters = {}) {
  return apiRequest(withQuery(authoritiesPath, filters), authorityListSchema);
}

export function authoritiesQueryOptions(filters: AuthorityListFilters = {}) {
  return queryOptions({
    queryKey: authorityListQueryKey(filters),
    queryFn: () => getAuthorities(filters),
    placeholderData: keepPreviousData,
  });
}

export function useAuthorities(filters: AuthorityListFilters = {}) {
  return useQuery(authoritiesQueryOptions(filters));
}
