import { useQuery } from '@tanstack/react-query';
import { studyListSchema } from '@eshkol/contracts/feasibility';
import { serviceListSchema } from '@eshkol/contracts/services';
import { apiRequest } from '../../../lib/api-client';
import { agendaServicesQueryKey, agendaStudiesQueryKey } from './meetings-keys';

/** A cluster's services, for an agenda item to be about one of them (under the services' key, which their changes refresh). */
export function useClusterServices(slug: string | null) {
  return useQuery({
    queryKey: agendaServicesQueryKey(slug),
    queryFn: () => apiRequest(`/api/v1/clusters/${encodeURIComponent(slug ?? '')}/services`, serviceListSchema),
    enabled: slug !== null,
  });
}

/** A service's study versions, for an item to be about one of them. */
export function useServiceStudies(serviceId: number | null) {
  return useQuery({
    queryKey: agendaStudiesQueryKey(serviceId),
    queryFn: () => apiRequest(`/api/v1/services/${serviceId}/studies`, studyListSchema),
    enabled: serviceId !== null,
  });
}
