import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { decisionListSchema, decisionSchema, type FollowUp } from '@eshkol/contracts/meetings';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { decisionsPath, decisionsQueryKey, invalidateMeetingsData } from './meetings-keys';

/** A register's query as the server reads it: the scope (a cluster's slug, or `programme`) and its filters. */
export type RegisterQuery = { scope: string; status?: string; body?: string; q?: string; overdue?: string };

export function getDecisions(query: RegisterQuery) {
  return apiRequest(withQuery(decisionsPath, query), decisionListSchema);
}

export function useDecisions(query: RegisterQuery, enabled = true) {
  return useQuery({ queryKey: decisionsQueryKey(query), queryFn: () => getDecisions(query), placeholderData: keepPreviousData, enabled });
}

/** The register with the same filters as an Excel workbook (a plain download link). */
export const decisionsWorkbookPath = (query: RegisterQuery) => withQuery(`${decisionsPath}.xlsx`, query);

export function followUpDecision({ decisionId, body }: { decisionId: number; body: FollowUp }) {
  return apiRequest(`${decisionsPath}/${decisionId}`, decisionSchema, { method: 'PATCH', json: body });
}

export function useFollowUpDecision() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: followUpDecision, onSuccess: () => invalidateMeetingsData(queryClient) });
}
