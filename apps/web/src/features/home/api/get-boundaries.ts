import { queryOptions, useQuery } from '@tanstack/react-query';
import { boundariesSchema } from '@eshkol/contracts/map';
import { apiRequest } from '../../../lib/api-client';
import { boundariesQueryKey } from './home-keys';

export function getBoundaries() {
  return apiRequest('/api/v1/map/boundaries', boundariesSchema);
}

export const boundariesQueryOptions = queryOptions({
  queryKey: boundariesQueryKey,
  queryFn: getBoundaries,
  staleTime: Infinity,
});

export function useBoundaries() {
  return useQuery(boundariesQueryOptions);
}
