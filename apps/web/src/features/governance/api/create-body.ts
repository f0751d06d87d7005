import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bodyDetailSchema, type CreateBody } from '@eshkol/contracts/governance';
import { apiRequest } from '../../../lib/api-client';
import { bodiesPath, invalidateGovernanceData } from './governance-keys';

export function createBody(body: CreateBody) {
  return apiRequest(bodiesPath, bodyDetailSchema, { method: 'POST', json: body });
}

export function useCreateBody() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createBody, onSuccess: () => invalidateGovernanceData(queryClient) });
}
