import { useMutation, useQueryClient } from '@tanstack/react-query';
import { submissionSchema } from '@eshkol/contracts/reviews';
import { apiRequest } from '../../../lib/api-client';
import { submissionPath } from './get-submission';
import { invalidateReviewData } from './submissions-keys';

export function markConditionMet({ submissionId, conditionId }: { submissionId: number; conditionId: number }) {
  return apiRequest(`${submissionPath(submissionId)}/conditions/${conditionId}/met`, submissionSchema, { method: 'POST' });
}

export function useMarkConditionMet() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markConditionMet, onSuccess: () => invalidateReviewData(queryClient) });
}
