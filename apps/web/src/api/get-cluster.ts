import { queryOptions, useQuery } from '@tanstack/react-query';
import { clusterDetailSchema } from '@eshkol/contracts/clusters';
import { apiRequest } from '../lib/api-client';
import { clusterQueryKey } from './query-keys';

export const clusterPath = (slug: string) => `/api/v1/clusters/${encodeURIComponent(slug)}`;

export function getCluster(slug: string) {
  return apiRequest(clusterPath(slug), clusterDetailSchema);
}

export const clusterQueryOptions = (slug: string) =>
  queryOptions({ queryKey: clusterQueryKey(slug), queryFn: () => getCluster(slug), enabled: slug.length > 0 });

export function useCluster(slug: string) {
  return useQuery(clusterQueryOptions(slug));
}
