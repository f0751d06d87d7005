import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { DecideParticipation } from '@eshkol/contracts/services';
import { apiRequest } from '../../../lib/api-client';
import { servicePath } from '../../../api/get-service';
import { notificationsQueryKey, servicesQueryKey, studiesQueryKey } from '../../../api/query-keys';

type Args = { serviceId: number; authorityId: string; body: DecideParticipation };

/** An authority representative joins, declines or leaves a service for their own authority. */
export function decideParticipation({ serviceId, authorityId, body }: Args) {
  return apiRequest(`${servicePath(serviceId)}/participants/${encodeURIComponent(authorityId)}/decision`, z.unknown(), { method: 'POST', json: body });
}

export function useDecideParticipation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideParticipation,
    // The participants of a study and the notifications follow the decision.
    onSuccess: () => Promise.all([servicesQueryKey, studiesQueryKey, notificationsQueryKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
