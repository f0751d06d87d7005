import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bodyDetailSchema, type SetRules } from '@eshkol/contracts/governance';
import { apiRequest } from '../../../lib/api-client';
import { bodyPath, invalidateGovernanceData } from './governance-keys';

export function setRules({ bodyId, body }: { bodyId: number; body: SetRules }) {
  return apiRequest(`${bodyPath(bodyId)}/rules`, bodyDetailSchema, { method: 'POST', json: body });
}

export function useSetRules() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setRules, onSuccess: () => invalidateGovernanceData(queryClient) });
}
