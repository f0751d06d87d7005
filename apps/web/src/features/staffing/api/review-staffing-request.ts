import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffingRequestSchema, type ReviewStaffingRequest } from '@eshkol/contracts/staffing';
import { apiRequest } from '../../../lib/api-client';
import { invalidateStaffing } from './staffing-keys';

/** The regulator approves a request, returns it with remarks or rejects it. */
export function useReviewStaffingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: number; body: ReviewStaffingRequest }) =>
      apiRequest(`/api/v1/staffing/requests/${requestId}/review`, staffingRequestSchema, { method: 'POST', json: body }),
    onSuccess: () => invalidateStaffing(queryClient),
  });
}
