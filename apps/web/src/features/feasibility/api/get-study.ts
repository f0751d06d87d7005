import { queryOptions, useQuery } from '@tanstack/react-query';
import { storedStudySchema } from '@eshkol/contracts/feasibility';
import { apiRequest } from '../../../lib/api-client';
import { studiesPath, studyQueryKey } from './studies-keys';

export function getStudy(serviceId: number, version: number) {
  return apiRequest(`${studiesPath(serviceId)}/${version}`, storedStudySchema);
}

/** A version never changes once saved, so it is cached for good. */
export const studyQueryOptions = (serviceId: number, version: number | null) =>
  queryOptions({
    queryKey: studyQueryKey(serviceId, version),
    queryFn: () => getStudy(serviceId, version ?? 0),
    enabled: version !== null,
    staleTime: Infinity,
  });

export function useStudy(serviceId: number, version: number | null) {
  return useQuery(studyQueryOptions(serviceId, version));
}
