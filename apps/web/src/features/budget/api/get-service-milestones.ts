import { queryOptions, useQuery } from '@tanstack/react-query';
import { milestoneListSchema } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { serviceMilestonesQueryKey } from './budget-keys';

export const serviceMilestonesPath = (serviceId: number) => `/api/v1/services/${serviceId}/milestones`;

export function getServiceMilestones(serviceId: number) {
  return apiRequest(serviceMilestonesPath(serviceId), milestoneListSchema);
}

export const serviceMilestonesQueryOptions = (serviceId: number, enabled: boolean) =>
  queryOptions({ queryKey: serviceMilestonesQueryKey(serviceId), queryFn: () => getServiceMilestones(serviceId), enabled });

export function useServiceMilestones(serviceId: number, enabled: boolean) {
  return useQuery(serviceMilestonesQueryOptions(serviceId, enabled));
}
