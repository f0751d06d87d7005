import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { UpdateCluster } from '@eshkol/contracts/clusters';
import { clusterPath } from '../../../api/get-cluster';
import { apiRequest } from '../../../lib/api-client';
import { invalidateClusterData } from './invalidate-cluster-data';

export function updateCluster({ slug, changes }: { slug: string; changes: UpdateCluster }) {
  return apiRequest(clusterPath(slug), z.unknown(), { method: 'PATCH', json: changes });
}

export function useUpdateCluster() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateCluster, onSuccess: () => invalidateClusterData(queryClient) });
}
