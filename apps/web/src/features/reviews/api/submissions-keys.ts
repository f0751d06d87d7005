import type { QueryClient } from '@tanstack/react-query';

export const submissionsQueryKey = ['submissions'] as const;

/** After a submission or a decision: the queue, the submission, the service's history, its state, the budget and notifications. */
export function invalidateReviewData(queryClient: QueryClient) {
  return Promise.all(
    [submissionsQueryKey, ['services'], ['service'], ['budget'], ['notifications']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
