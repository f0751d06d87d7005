import type { QueryClient } from '@tanstack/react-query';

/** After a change to clusters or memberships: everything that shows them. */
export function invalidateClusterData(queryClient: QueryClient) {
  return Promise.all(
    [['clusters'], ['authorities'], ['authority'], ['stats'], ['participation']].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
