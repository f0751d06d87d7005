import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { sensitivitySchema, type CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { studiesPath, studySensitivityQueryKey } from './studies-keys';

export type SensitivityAsk = { method: CostSharingMethod; range: number };

export function getStudySensitivity(serviceId: number, version: number, ask: SensitivityAsk) {
  return apiRequest(withQuery(`${studiesPath(serviceId)}/${version}/sensitivity`, { method: ask.method, range: ask.range, points: 9 }), sensitivitySchema);
}

/** Computed on the server when asked (some seconds for the larger studies); a version never changes, so the answer is kept for good. */
export function useStudySensitivity(serviceId: number, version: number, ask: SensitivityAsk | null) {
  return useQuery(
    queryOptions({
      queryKey: studySensitivityQueryKey(serviceId, version, ask?.method ?? null, ask?.range ?? null),
      queryFn: () => getStudySensitivity(serviceId, version, ask!),
      enabled: ask !== null,
      staleTime: Infinity,
      placeholderData: keepPreviousData,
    }),
  );
}
