import { useMutation, useQueryClient } from '@tanstack/react-query';
import { milestoneSchema } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData } from './budget-keys';

export function approvePayment(milestoneId: number) {
  return apiRequest(`/api/v1/milestones/${milestoneId}/payment`, milestoneSchema, { method: 'POST' });
}

export function useApprovePayment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approvePayment, onSuccess: () => invalidateBudgetData(queryClient) });
}
