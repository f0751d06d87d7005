import { queryOptions, useQuery } from '@tanstack/react-query';
import { clusterDetailSchema } from '@eshkol/contracts/clusters';
import { apiRequest } from '../lib/api-client';
import { clustersQueryKey } from './get-clusters';

export const clusterPath = (slug: string) => `/api/v1/clusters/${encodeURIComponent(slug)}`;

export function getCluster(slug: string) {
  return apiRequest(clusterPath(slug), clusterDetailSchema);
}

export const clusterQueryOptions = (slug: string) =>
  queryOptions({ queryKey: [...clustersQueryKey, slug], queryFn: () => getCluster(slug), enabled: slug.length > 0 });

export function useCluster(slug: string) {
  return useQuery(clusterQueryOptions(slug));
}
