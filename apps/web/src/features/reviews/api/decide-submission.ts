import { useMutation, useQueryClient } from '@tanstack/react-query';
import { submissionSchema, type DecideSubmission } from '@eshkol/contracts/reviews';
import { apiRequest } from '../../../lib/api-client';
import { submissionPath } from './get-submission';
import { invalidateReviewData } from './submissions-keys';

export function decideSubmission({ submissionId, body }: { submissionId: number; body: DecideSubmission }) {
  return apiRequest(`${submissionPath(submissionId)}/decisions`, submissionSchema, { method: 'POST', json: body });
}

export function useDecideSubmission() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideSubmission, onSuccess: () => invalidateReviewData(queryClient) });
}
