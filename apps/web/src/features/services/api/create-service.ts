import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreateService } from '@eshkol/contracts/services';
import { apiRequest } from '../../../lib/api-client';
import { servicesQueryKey } from '../../../api/query-keys';
import { clusterServicesPath } from './get-services';

/** The new service; only its id is needed to open its page. */
const createdSchema = z.object({ id: z.number().int() });

export function createService({ slug, body }: { slug: string; body: CreateService }) {
  return apiRequest(clusterServicesPath(slug), createdSchema, { method: 'POST', json: body });
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createService, onSuccess: () => queryClient.invalidateQueries({ queryKey: servicesQueryKey }) });
}
