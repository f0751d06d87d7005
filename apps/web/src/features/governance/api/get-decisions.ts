import { useQuery } from '@tanstack/react-query';
import { decisionListSchema } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { serviceDecisionsQueryKey } from './governance-keys';

/** The decisions of a cluster's bodies about one service, as the reader may read them. */
export function useServiceDecisions(clusterSlug: string, serviceId: number) {
  const query = `scope=${encodeURIComponent(clusterSlug)}&service=${serviceId}`;
  return useQuery({ queryKey: serviceDecisionsQueryKey(clusterSlug, serviceId), queryFn: () => apiRequest(`/api/v1/governance/decisions?${query}`, decisionListSchema) });
}
