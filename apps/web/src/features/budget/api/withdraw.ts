import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmeSchema, type Withdraw } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData, programmePath } from './budget-keys';

/** Takes back part of a cluster's allocation that it has not committed. */
export function withdraw({ programmeId, body }: { programmeId: number; body: Withdraw }) {
  return apiRequest(`${programmePath(programmeId)}/withdrawals`, programmeSchema, { method: 'POST', json: body });
}

export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdraw, onSuccess: () => invalidateBudgetData(queryClient) });
}
