import { queryOptions, useQuery } from '@tanstack/react-query';
import { programmeStatsSchema } from '@eshkol/contracts/stats';
import { apiRequest } from '../../../lib/api-client';
import { programmeStatsQueryKey } from './home-keys';

export function getProgrammeStats() {
  return apiRequest('/api/v1/stats/programme', programmeStatsSchema);
}

export const programmeStatsQueryOptions = queryOptions({ queryKey: programmeStatsQueryKey, queryFn: getProgrammeStats });

export function useProgrammeStats() {
  return useQuery(programmeStatsQueryOptions);
}
