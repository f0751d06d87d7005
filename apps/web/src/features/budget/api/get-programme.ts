import { queryOptions, useQuery } from '@tanstack/react-query';
import { programmeSchema } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { programmePath, programmeQueryKey } from './budget-keys';

export function getProgramme(id: number) {
  return apiRequest(programmePath(id), programmeSchema);
}

export const programmeQueryOptions = (id: number | null) =>
  queryOptions({ queryKey: programmeQueryKey(id), queryFn: () => getProgramme(id ?? 0), enabled: id !== null });

/** A programme's balances per cluster and its projects with their milestones. */
export function useProgramme(id: number | null) {
  return useQuery(programmeQueryOptions(id));
}
