import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceSchema } from '@eshkol/contracts/services';
import { apiRequest } from '../lib/api-client';
import { serviceQueryKey } from './query-keys';

export const servicePath = (id: number | string) => `/api/v1/services/${encodeURIComponent(String(id))}`;

export function getService(id: number) {
  return apiRequest(servicePath(id), serviceSchema);
}

export const serviceQueryOptions = (id: number) =>
  queryOptions({ queryKey: serviceQueryKey(id), queryFn: () => getService(id), enabled: Number.isInteger(id) && id > 0 });

export function useService(id: number) {
  return useQuery(serviceQueryOptions(id));
}
