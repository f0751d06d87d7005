import { queryOptions, useQuery } from '@tanstack/react-query';
import { clusterListSchema } from '@eshkol/contracts/clusters';
import { apiRequest } from '../lib/api-client';
import { clustersQueryKey } from './query-keys';

export function getClusters() {
  return apiRequest('/api/v1/clusters', clusterListSchema);
}

export const clustersQueryOptions = queryOptions({ queryKey: clustersQueryKey, queryFn: getClusters });

export function useClusters() {
  return useQuery(clustersQueryOptions);
}
