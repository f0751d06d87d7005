import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { clusterSettingsQueryKey, invalidateGovernanceData } from './governance-keys';

const settingsSchema = z.object({ boardApprovalRequired: z.boolean(), actions: z.array(z.enum(['manage'])) });
const settingsPath = (slug: string) => `/api/v1/governance/clusters/${encodeURIComponent(slug)}/settings`;

/** Whether the cluster's submissions need its board's approving decision, and whether the reader may change that. */
export function useClusterSettings(slug: string) {
  return useQuery({ queryKey: clusterSettingsQueryKey(slug), queryFn: () => apiRequest(settingsPath(slug), settingsSchema) });
}

export function useSetBoardApproval(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (boardApprovalRequired: boolean) => apiRequest(settingsPath(slug), settingsSchema, { method: 'PUT', json: { boardApprovalRequired } }),
    onSuccess: () => invalidateGovernanceData(queryClient),
  });
}
