import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { UpdateService } from '@eshkol/contracts/services';
import { apiRequest } from '../../../lib/api-client';
import { servicePath } from '../../../api/get-service';
import { servicesQueryKey } from '../../../api/query-keys';

export function updateService({ id, body }: { id: number; body: UpdateService }) {
  return apiRequest(servicePath(id), z.unknown(), { method: 'PATCH', json: body });
}

export function useUpdateService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateService, onSuccess: () => queryClient.invalidateQueries({ queryKey: servicesQueryKey }) });
}
