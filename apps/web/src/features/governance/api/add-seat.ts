import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bodyDetailSchema, type AddSeat } from '@eshkol/contracts/governance';
import { apiRequest } from '../../../lib/api-client';
import { bodyPath, invalidateGovernanceData } from './governance-keys';

export function addSeat({ bodyId, body }: { bodyId: number; body: AddSeat }) {
  return apiRequest(`${bodyPath(bodyId)}/seats`, bodyDetailSchema, { method: 'POST', json: body });
}

export function useAddSeat() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addSeat, onSuccess: () => invalidateGovernanceData(queryClient) });
}
