import { queryOptions, useQuery } from '@tanstack/react-query';
import { meResponseSchema, type Capability } from '@eshkol/contracts/auth';
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

/**
 * Whether the reader holds a capability, as the server listed them (nothing until it answers):
 * the pages and links to offer. Actions on one thing come with that thing.
 */
export function useCan(): (capability: Capability) => boolean {
  const held = useMe().data?.capabilities;
  return (capability) => !!held?.includes(capability);
}
