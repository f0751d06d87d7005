import { queryOptions, useQuery } from '@tanstack/react-query';
import { submissionListSchema } from '@eshkol/contracts/reviews';
import { apiRequest } from '../../../lib/api-client';
import { serviceSubmissionsQueryKey } from './submissions-keys';

export function getServiceSubmissions(serviceId: number) {
  return apiRequest(`/api/v1/services/${serviceId}/submissions`, submissionListSchema);
}

export const serviceSubmissionsQueryOptions = (serviceId: number, enabled: boolean) =>
  queryOptions({ queryKey: serviceSubmissionsQueryKey(serviceId), queryFn: () => getServiceSubmissions(serviceId), enabled });

/** Every submission of one service, newest first as the server gives them. */
export function useServiceSubmissions(serviceId: number, enabled: boolean) {
  return useQuery(serviceSubmissionsQueryOptions(serviceId, enabled));
}
