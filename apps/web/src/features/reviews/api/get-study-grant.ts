import { queryOptions, useQuery } from '@tanstack/react-query';
import { storedStudySchema } from '@eshkol/contracts/feasibility';
import { servicePath } from '../../../api/get-service';
import { apiRequest } from '../../../lib/api-client';
import { studyGrantQueryKey } from './submissions-keys';

/** The grant a version of the service's study says the cluster will request (₪); null for a void version. */
export async function getStudyGrant(serviceId: number, version: number): Promise<number | null> {
  const study = await apiRequest(`${servicePath(serviceId)}/studies/${version}`, storedStudySchema);
  return study.input?.requestedGrant ?? null;
}

export function useStudyGrant(serviceId: number, version: number | null) {
  return useQuery(
    queryOptions({ queryKey: studyGrantQueryKey(serviceId, version), queryFn: () => getStudyGrant(serviceId, version ?? 0), enabled: version !== null, staleTime: Infinity }),
  );
}
