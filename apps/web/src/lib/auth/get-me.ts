import { queryOptions, useQuery } from '@tanstack/react-query';
import { meResponseSchema } from '@eshkol/contracts/auth';
import { apiRequest } from '../api-client';
import { meQueryKey } from './auth-keys';

export function getMe() {
  return apiRequest('/api/v1/auth/me', meResponseSchema);
}

export const meQueryOptions = queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 60_000 });

/** The signed-in user (null when anonymous) and whether demo accounts exist. */
export function useMe() {
  return useQuery(meQueryOptions);
}
