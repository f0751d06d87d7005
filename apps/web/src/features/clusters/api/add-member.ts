import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { JoinCluster } from '@eshkol/contracts/memberships';
import { clusterPath } from '../../../api/get-cluster';
import { apiRequest } from '../../../lib/api-client';
import { invalidateClusterData } from './invalidate-cluster-data';

export function addMember({ slug, body }: { slug: string; body: JoinCluster }) {
  return apiRequest(`${clusterPath(slug)}/memberships`, z.unknown(), { method: 'POST', json: body });
}

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addMember, onSuccess: () => invalidateClusterData(queryClient) });
}
