import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, meetingListSchema } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { bodyMeetingsQueryKey, invalidateGovernanceData } from './governance-keys';

/** The meetings of each of these bodies, as the reader may read them. */
export function useMeetingsOfBodies(bodyIds: readonly number[]) {
  return useQueries({
    queries: bodyIds.map((id) => ({ queryKey: bodyMeetingsQueryKey(id), queryFn: () => apiRequest(`/api/v1/governance/bodies/${id}/meetings`, meetingListSchema) })),
  });
}

/** Puts a service on a meeting's agenda, as an item the body votes on. */
export function usePutOnAgenda() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, title, serviceId }: { meetingId: number; title: string; serviceId: number }) =>
      apiRequest(`/api/v1/governance/meetings/${meetingId}/items`, meetingDetailSchema, { method: 'POST', json: { title, needsDecision: true, link: { kind: 'service', id: serviceId } } }),
    onSuccess: () => invalidateGovernanceData(queryClient),
  });
}
