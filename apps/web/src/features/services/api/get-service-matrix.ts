import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceMatrixSchema } from '@eshkol/contracts/services';
import { apiRequest } from '../../../lib/api-client';
import { clusterServicesPath } from './get-services';
import { serviceMatrixQueryKey } from './services-keys';

export const serviceMatrixPath = (slug: string) => `${clusterServicesPath(slug)}/matrix`;

export function getServiceMatrix(slug: string) {
  return apiRequest(serviceMatrixPath(slug), serviceMatrixSchema);
}

export const serviceMatrixQueryOptions = (slug: string, enabled = true) =>
  queryOptions({ queryKey: serviceMatrixQueryKey(slug), queryFn: () => getServiceMatrix(slug), enabled: enabled && slug.length > 0 });

export function useServiceMatrix(slug: string, enabled = true) {
  return useQuery(serviceMatrixQueryOptions(slug, enabled));
}
