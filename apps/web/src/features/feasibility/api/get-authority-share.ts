import { queryOptions, useQuery } from '@tanstack/react-query';
import { authorityShareSchema } from '@eshkol/contracts/feasibility';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { authorityShareQueryKey, studiesPath } from './studies-keys';

/** One authority's share and saving under a version's proposed method; a representative's own when no id is given. */
export function getAuthorityShare(serviceId: number, version: number, authorityId?: string) {
  return apiRequest(withQuery(`${studiesPath(serviceId)}/${version}/share`, { authorityId }), authorityShareSchema);
}

export const authorityShareQueryOptions = (serviceId: number, version: number | null, authorityId?: string) =>
  queryOptions({
    queryKey: authorityShareQueryKey(serviceId, version, authorityId),
    queryFn: () => getAuthorityShare(serviceId, version ?? 0, authorityId),
    enabled: version !== null,
    staleTime: Infinity,
  });

export function useAuthorityShare(serviceId: number, version: number | null, authorityId?: string) {
  return useQuery(authorityShareQueryOptions(serviceId, version, authorityId));
}
