import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceListSchema } from '@eshkol/contracts/services';
import { clusterPath } from '../../../api/get-cluster';
import { apiRequest } from '../../../lib/api-client';
import { clusterServicesQueryKey } from './services-keys';

export const clusterServicesPath = (slug: string) => `${clusterPath(slug)}/services`;

export function getServices(slug: string) {
  return apiRequest(clusterServicesPath(slug), serviceListSchema);
}

export const servicesQueryOptions = (slug: string, enabled = true) =>
  queryOptions({ queryKey: clusterServicesQueryKey(slug), queryFn: () => getServices(slug), enabled: enabled && slug.length > 0 });

export function useServices(slug: string, enabled = true) {
  return useQuery(servicesQueryOptions(slug, enabled));
}
