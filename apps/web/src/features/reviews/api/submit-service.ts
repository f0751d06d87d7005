import { useMutation, useQueryClient } from '@tanstack/react-query';
import { submissionSchema, type SubmitService } from '@eshkol/contracts/reviews';
import { apiRequest } from '../../../lib/api-client';
import { invalidateReviewData } from './submissions-keys';

export function submitService({ serviceId, body }: { serviceId: number; body: SubmitService }) {
  return apiRequest(`/api/v1/services/${serviceId}/submit`, submissionSchema, { method: 'POST', json: body });
}

export function useSubmitService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: submitService, onSuccess: () => invalidateReviewData(queryClient) });
}
