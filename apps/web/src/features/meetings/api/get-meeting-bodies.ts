import { useQuery } from '@tanstack/react-query';
import { bodyDetailSchema, bodyListSchema } from '@eshkol/contracts/governance';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { governancePath, meetingBodiesQueryKey } from './meetings-keys';

/**
 * The bodies as a meeting's page needs them: one body on a day (its seats then, for attendance),
 * and a cluster's bodies or (null) the programme's (to forward an item, to filter a register, and
 * whether the reader manages each).
 */
export function useMeetingBody(bodyId: number, on?: string) {
  return useQuery({
    queryKey: meetingBodiesQueryKey(bodyId, on),
    queryFn: () => apiRequest(withQuery(`${governancePath}/bodies/${bodyId}`, { on }), bodyDetailSchema),
    enabled: bodyId > 0,
  });
}

export function useScopeBodies(clusterSlug: string | null) {
  return useQuery({
    queryKey: meetingBodiesQueryKey(clusterSlug ?? 'programme'),
    queryFn: () => apiRequest(withQuery(`${governancePath}/bodies`, { cluster: clusterSlug }), bodyListSchema),
  });
}
