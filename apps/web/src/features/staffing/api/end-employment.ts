import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personSchema, type EndEmployment } from '@eshkol/contracts/staffing';
import { apiRequest } from '../../../lib/api-client';
import { invalidateStaffing } from './staffing-keys';

/** A cluster's staff record a person's last day in their position. */
export function useEndEmployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: number; body: EndEmployment }) => apiRequest(`/api/v1/staffing/people/${personId}/end`, personSchema, { method: 'POST', json: body }),
    onSuccess: () => invalidateStaffing(queryClient),
  });
}
