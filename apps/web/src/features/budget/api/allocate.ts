import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmeSchema, type Allocate } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData, programmePath } from './budget-keys';

export function allocate({ programmeId, body }: { programmeId: number; body: Allocate }) {
  return apiRequest(`${programmePath(programmeId)}/allocations`, programmeSchema, { method: 'POST', json: body });
}

export function useAllocate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: allocate, onSuccess: () => invalidateBudgetData(queryClient) });
}
