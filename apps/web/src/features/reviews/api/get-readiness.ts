import { queryOptions, useQuery } from '@tanstack/react-query';
import { submissionReadinessSchema } from '@eshkol/contracts/reviews';
import { servicePath, servicesQueryKey } from '../../../api/get-service';
import { apiRequest } from '../../../lib/api-client';

export function getReadiness(serviceId: number) {
  return apiRequest(`${servicePath(serviceId)}/readiness`, submissionReadinessSchema);
}

/** Under the services' key: an answer, a study or an edit of the service refreshes it. */
export const readinessQueryOptions = (serviceId: number, enabled: boolean) =>
  queryOptions({ queryKey: [...servicesQueryKey, 'readiness', serviceId], queryFn: () => getReadiness(serviceId), enabled });

/** Which gates of a submission the service meets now. */
export function useReadiness(serviceId: number, enabled: boolean) {
  return useQuery(readinessQueryOptions(serviceId, enabled));
}
