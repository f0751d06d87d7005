import { queryOptions, useQuery } from '@tanstack/react-query';
import { participationMatrixSchema } from '@eshkol/contracts/participation';
import { clusterPath } from '../../../api/get-cluster';
import { apiRequest } from '../../../lib/api-client';
import { clusterParticipationQueryKey } from './participation-keys';

export const participationPath = (slug: string) => `${clusterPath(slug)}/participation`;

export function getParticipation(slug: string) {
  return apiRequest(participationPath(slug), participationMatrixSchema);
}

export const participationQueryOptions = (slug: string, enabled: boolean) =>
  queryOptions({ queryKey: clusterParticipationQueryKey(slug), queryFn: () => getParticipation(slug), enabled });

export function useParticipation(slug: string, enabled: boolean) {
  return useQuery(participationQueryOptions(slug, enabled));
}
