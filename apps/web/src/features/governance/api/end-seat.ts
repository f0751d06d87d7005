import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bodyDetailSchema, type EndSeat } from '@eshkol/contracts/governance';
import { apiRequest } from '../../../lib/api-client';
import { invalidateGovernanceData, seatPath } from './governance-keys';

export function endSeat({ seatId, body }: { seatId: number; body: EndSeat }) {
  return apiRequest(`${seatPath(seatId)}/end`, bodyDetailSchema, { method: 'POST', json: body });
}

export function useEndSeat() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: endSeat, onSuccess: () => invalidateGovernanceData(queryClient) });
}
