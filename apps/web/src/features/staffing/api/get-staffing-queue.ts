import { useQuery } from '@tanstack/react-query';
import { staffingQueueSchema } from '@eshkol/contracts/staffing';
import { apiRequest } from '../../../lib/api-client';
import { staffingQueueQueryKey } from './staffing-keys';

/** The requests waiting for the regulator's review, the oldest first. */
export const useStaffingQueue = () => useQuery({ queryKey: staffingQueueQueryKey, queryFn: () => apiRequest('/api/v1/staffing/queue', staffingQueueSchema) });
