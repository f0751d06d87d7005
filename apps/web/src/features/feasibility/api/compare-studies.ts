import { queryOptions, useQuery } from '@tanstack/react-query';
import { studyComparisonSchema } from '@eshkol/contracts/feasibility';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { studiesPath, studyComparisonQueryKey } from './studies-keys';

export function compareStudies(serviceId: number, from: number, to: number) {
  return apiRequest(withQuery(`${studiesPath(serviceId)}/compare`, { from, to }), studyComparisonSchema);
}

export const studyComparisonQueryOptions = (serviceId: number, from: number | null, to: number | null) =>
  queryOptions({
    queryKey: studyComparisonQueryKey(serviceId, from, to),
    queryFn: () => compareStudies(serviceId, from ?? 0, to ?? 0),
    enabled: from !== null && to !== null && from !== to,
    staleTime: Infinity,
  });

export function useStudyComparison(serviceId: number, from: number | null, to: number | null) {
  return useQuery(studyComparisonQueryOptions(serviceId, from, to));
}
