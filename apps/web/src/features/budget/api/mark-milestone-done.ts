import { useMutation, useQueryClient } from '@tanstack/react-query';
import { milestoneSchema } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData } from './budget-keys';

export function markMilestoneDone(milestoneId: number) {
  return apiRequest(`/api/v1/milestones/${milestoneId}/done`, milestoneSchema, { method: 'POST' });
}

export function useMarkMilestoneDone() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markMilestoneDone, onSuccess: () => invalidateBudgetData(queryClient) });
}
