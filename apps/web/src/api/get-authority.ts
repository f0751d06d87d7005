import { queryOptions, useQuery } from '@tanstack/react-query';
import { authorityDetailSchema } from '@eshkol/contracts/authorities';
import { apiRequest } from '../lib/api-client';
import { authorityQueryKey } from './query-keys';

export function getAuthority(id: string) {
  return apiRequest(`/api/v1/authorities/${encodeURIComponent(id)}`, authorityDetailSchema);
}

export const authorityQueryOptions = (id: string) =>
  queryOptions({ queryKey: authorityQueryKey(id), queryFn: () => getAuthority(id), enabled: id.length > 0 });

export function useAuthority(id: string) {
  return useQuery(authorityQueryOptions(id));
}
