import { queryOptions, useQuery } from '@tanstack/react-query';
import { studyListSchema } from '@eshkol/contracts/feasibility';
import { apiRequest } from '../../../lib/api-client';

/** Every query about studies starts with this key. */
export const studiesQueryKey = ['studies'] as const;

export const studiesPath = (serviceId: number) => `/api/v1/services/${serviceId}/studies`;

export function getStudies(serviceId: number) {
  return apiRequest(studiesPath(serviceId), studyListSchema);
}

export const studiesQueryOptions = (serviceId: number, enabled = true) =>
  queryOptions({ queryKey: [...studiesQueryKey, serviceId, 'list'], queryFn: () => getStudies(serviceId), enabled });

export function useStudies(serviceId: number, enabled = true) {
  return useQuery(studiesQueryOptions(serviceId, enabled));
}
