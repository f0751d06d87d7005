import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clusterSchema, type CreateCluster } from '@eshkol/contracts/clusters';
import { apiRequest } from '../../../lib/api-client';
import { invalidateClusterData } from './invalidate-cluster-data';

export function createCluster(body: CreateCluster) {
  return apiRequest('/api/v1/clusters', clusterSchema, { method: 'POST', json: body });
}

export function useCreateCluster() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCluster, onSuccess: () => invalidateClusterData(queryClient) });
}
