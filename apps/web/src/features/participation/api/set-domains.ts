import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { SetDomains } from '@eshkol/contracts/participation';
import { authorityQueryKey, participationQueryKey } from '../../../api/query-keys';
import { apiRequest } from '../../../lib/api-client';

export function setDomains({ authorityId, body }: { authorityId: string; body: SetDomains }) {
  return apiRequest(`/api/v1/authorities/${encodeURIComponent(authorityId)}/domains`, z.unknown(), { method: 'PUT', json: body });
}

export function useSetDomains() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDomains,
    onSuccess: (_data, { authorityId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: authorityQueryKey(authorityId) }),
        queryClient.invalidateQueries({ queryKey: participationQueryKey }),
      ]),
  });
}
