import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { authorityListSchema, type AuthorityListQuery } from '@eshkol/contracts/authorities';
import { apiRequest, withQuery } from '../lib/api-client';
import { authorityListQueryKey } from './query-keys';

export const authoritiesPath = '/api/v1/authorities';

export function getAuthorities(filters: AuthorityListQuery = {}) {
  return apiRequest(withQuery(authoritiesPath, filters), authorityListSchema);
}

export function authoritiesQueryOptions(filters: AuthorityListQuery = {}) {
  return queryOptions({
    queryKey: authorityListQueryKey(filters),
    queryFn: () => getAuthorities(filters),
    placeholderData: keepPreviousData,
  });
}

export function useAuthorities(filters: AuthorityListQuery = {}) {
  return useQuery(authoritiesQueryOptions(filters));
}
