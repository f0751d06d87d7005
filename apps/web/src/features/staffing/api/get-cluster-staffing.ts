import { useQuery } from '@tanstack/react-query';
import { clusterStaffingSchema } from '@eshkol/contracts/staffing';
import { apiRequest } from '../../../lib/api-client';
import { clusterStaffingQueryKey } from './staffing-keys';

/** A cluster's establishment as the reader may read it: salaries, names and requests only where the server gives them. */
export const useClusterStaffing = (slug: string, enabled = true) =>
  useQuery({
    queryKey: clusterStaffingQueryKey(slug),
    queryFn: () => apiRequest(`/api/v1/clusters/${encodeURIComponent(slug)}/staffing`, clusterStaffingSchema),
    enabled: enabled && slug !== '',
  });
