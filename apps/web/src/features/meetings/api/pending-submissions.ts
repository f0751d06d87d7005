import { useQuery } from '@tanstack/react-query';
import { submissionListSchema } from '@eshkol/contracts/reviews';
import { apiRequest } from '../../../lib/api-client';
import { pendingSubmissionsQueryKey } from './meetings-keys';

/** The submissions waiting for the professional committee: what its meeting's agenda is made of. */
export function usePendingSubmissions(enabled: boolean) {
  return useQuery({ queryKey: pendingSubmissionsQueryKey, queryFn: () => apiRequest('/api/v1/submissions?pending=true', submissionListSchema), enabled });
}
