import { queryOptions, useQuery } from '@tanstack/react-query';
import { studyListSchema } from '@eshkol/contracts/feasibility';
import { apiRequest } from '../../../lib/api-client';
import { studiesPath, studyListQueryKey } from './studies-keys';

export function getStudies(serviceId: number) {
  return apiRequest(studiesPath(serviceId), studyListSchema);
}

export const studiesQueryOptions = (serviceId: number, enabled = true) =>
  queryOptions({ queryKey: studyListQueryKey(serviceId), queryFn: () => getStudies(serviceId), enabled });

export function useStudies(serviceId: number, enabled = true) {
  return useQuery(studiesQueryOptions(serviceId, enabled));
}
