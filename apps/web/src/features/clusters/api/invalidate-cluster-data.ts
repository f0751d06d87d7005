import type { QueryClient } from '@tanstack/react-query';
import {
  authoritiesQueryKey,
  authorityDetailsQueryKey,
  clustersQueryKey,
  participationQueryKey,
  statsQueryKey,
} from '../../../api/query-keys';

/** After a change to clusters or memberships: everything that shows them. */
export function invalidateClusterData(queryClient: QueryClient) {
  return Promise.all(
    [clustersQueryKey, authoritiesQueryKey, authorityDetailsQueryKey, statsQueryKey, participationQueryKey].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
