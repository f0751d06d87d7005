import { useQuery } from '@tanstack/react-query';
import { bodyListSchema } from '@eshkol/contracts/governance';
import { apiRequest } from '../../../lib/api-client';
import { bodiesPath, bodiesQueryKey } from './governance-keys';

/** A cluster's bodies, or (null) the programme's, with what the reader may do. */
export function getBodies(clusterSlug: string | null) {
  return apiRequest(clusterSlug === null ? bodiesPath : `${bodiesPath}?cluster=${encodeURIComponent(clusterSlug)}`, bodyListSchema);
}

export function useBodies(clusterSlug: string | null) {
  return useQuery({ queryKey: bodiesQueryKey(clusterSlug), queryFn: () => getBodies(clusterSlug) });
}
