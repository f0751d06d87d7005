import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { LeaveCluster } from '@eshkol/contracts/memberships';
import { clusterPath } from '../../../api/get-cluster';
import { apiRequest } from '../../../lib/api-client';
import { invalidateClusterData } from './invalidate-cluster-data';

export function endMembership({ slug, authorityId, body }: { slug: string; authorityId: string; body: LeaveCluster }) {
  return apiRequest(`${clusterPath(slug)}/memberships/${encodeURIComponent(authorityId)}`, z.unknown(), { method: 'PATCH', json: body });
}

export function useEndMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: endMembership, onSuccess: () => invalidateClusterData(queryClient) });
}
