import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffingRequestSchema, type CreateStaffingRequest, type ResubmitStaffingRequest } from '@eshkol/contracts/staffing';
import { apiRequest } from '../../../lib/api-client';
import { invalidateStaffing } from './staffing-keys';

/** A cluster's staff ask the regulator to open a position, change one or approve a person's salary. */
export function useSubmitStaffingRequest(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffingRequest) => apiRequest(`/api/v1/clusters/${encodeURIComponent(slug)}/staffing/requests`, staffingRequestSchema, { method: 'POST', json: body }),
    onSuccess: () => invalidateStaffing(queryClient),
  });
}

/** A returned request sent again as a new version. */
export function useResubmitStaffingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: number; body: ResubmitStaffingRequest }) =>
      apiRequest(`/api/v1/staffing/requests/${requestId}/resubmit`, staffingRequestSchema, { method: 'POST', json: body }),
    onSuccess: () => invalidateStaffing(queryClient),
  });
}
