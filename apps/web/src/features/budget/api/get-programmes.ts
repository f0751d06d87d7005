import { queryOptions, useQuery } from '@tanstack/react-query';
import { programmeListSchema } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { programmesPath, programmesQueryKey } from './budget-keys';

export function getProgrammes() {
  return apiRequest(programmesPath, programmeListSchema);
}

export const programmesQueryOptions = (enabled = true) => queryOptions({ queryKey: programmesQueryKey, queryFn: getProgrammes, enabled });

export function useProgrammes(enabled = true) {
  return useQuery(programmesQueryOptions(enabled));
}
