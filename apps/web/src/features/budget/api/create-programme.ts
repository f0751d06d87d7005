import { useMutation, useQueryClient } from '@tanstack/react-query';
import { programmeSchema, type CreateProgramme } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData, programmesPath } from './budget-keys';

export function createProgramme(body: CreateProgramme) {
  return apiRequest(programmesPath, programmeSchema, { method: 'POST', json: body });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProgramme, onSuccess: () => invalidateBudgetData(queryClient) });
}
