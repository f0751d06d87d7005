import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clusterComplianceSchema, deskSchema, complianceOverviewSchema, complianceRulesSchema, complianceRulesViewSchema, type SetComplianceRules } from '@eshkol/contracts/compliance';
import { isoDateSchema } from '@eshkol/contracts/common';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { clusterComplianceQueryKey, compliancePath, deskQueryKey, feedQueryKey, invalidateCompliance, overviewQueryKey, rulesQueryKey } from './compliance-keys';

const clusterViewSchema = z.object({ asOf: isoDateSchema, rules: complianceRulesSchema, cluster: clusterComplianceSchema });

export const useComplianceOverview = () => useQuery({ queryKey: overviewQueryKey, queryFn: () => apiRequest(`${compliancePath}/overview`, complianceOverviewSchema) });
export const overviewWorkbookPath = `${compliancePath}/overview.xlsx`;

export const useClusterCompliance = (slug: string, enabled: boolean) =>
  useQuery({ queryKey: clusterComplianceQueryKey(slug), queryFn: () => apiRequest(`${compliancePath}/clusters/${encodeURIComponent(slug)}`, clusterViewSchema), enabled });

export const useComplianceRules = () => useQuery({ queryKey: rulesQueryKey, queryFn: () => apiRequest(`${compliancePath}/rules`, complianceRulesViewSchema) });

export function useSetComplianceRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetComplianceRules) => apiRequest(`${compliancePath}/rules`, complianceRulesViewSchema, { method: 'POST', json: body }),
    onSuccess: () => invalidateCompliance(queryClient),
  });
}

const feedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable(), actions: z.array(z.enum(['manage'])) });
const feedPath = (slug: string) => `${compliancePath}/clusters/${encodeURIComponent(slug)}/feed`;

export const useFeedStatus = (slug: string, enabled: boolean) => useQuery({ queryKey: feedQueryKey(slug), queryFn: () => apiRequest(feedPath(slug), feedStatusSchema), enabled });

/** A new secret calendar address: its path is given once, in this answer. */
export function useCreateFeed(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(feedPath(slug), z.object({ token: z.string(), path: z.string() }), { method: 'POST' }),
    onSuccess: () => invalidateCompliance(queryClient),
  });
}

export function useRevokeFeed(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => apiRequest(feedPath(slug), feedStatusSchema, { method: 'DELETE' }), onSuccess: () => invalidateCompliance(queryClient) });
}

export const useDesk = (enabled: boolean) => useQuery({ queryKey: deskQueryKey, queryFn: () => apiRequest(`${compliancePath}/desk`, deskSchema), enabled });
