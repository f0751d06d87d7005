import { queryOptions, useQuery } from '@tanstack/react-query';
import { programmeStatsSchema } from '@eshkol/contracts/stats';
import { apiRequest } from '../../../lib/api-client';
import { programmeStatsOfYearQueryKey } from './home-keys';

/** The programme's figures: today's members, or (`asOf`) those of a past year. */
export function getProgrammeStats(asOf: number | null = null) {
  return apiRequest(asOf === null ? '/api/v1/stats/programme' : `/api/v1/stats/programme?asOf=${asOf}`, programmeStatsSchema);
}

export const programmeStatsQueryOptions = (asOf: number | null = null) =>
  queryOptions({ queryKey: programmeStatsOfYearQueryKey(asOf), queryFn: () => getProgrammeStats(asOf), placeholderData: (previous) => previous });

export function useProgrammeStats(asOf: number | null = null) {
  return useQuery(programmeStatsQueryOptions(asOf));
}
