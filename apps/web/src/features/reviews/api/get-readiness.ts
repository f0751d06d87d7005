import { queryOptions, useQuery } from '@tanstack/react-query';
import { submissionReadinessSchema } from '@eshkol/contracts/reviews';
import { servicePath } from '../../../api/get-service';
import { apiRequest } from '../../../lib/api-client';
import { serviceReadinessQueryKey } from './submissions-keys';

export function getReadiness(serviceId: number) {
  return apiRequest(`${servicePath(serviceId)}/readiness`, submissionReadinessSchema);
}

export const readinessQueryOptions = (serviceId: number, enabled: boolean) =>
  queryOptions({ queryKey: serviceReadinessQueryKey(serviceId), queryFn: () => getReadiness(serviceId), enabled });

/** Which gates of a submission the service meets now. */
export function useReadiness(serviceId: number, enabled: boolean) {
  return useQuery(readinessQueryOptions(serviceId, enabled));
}
