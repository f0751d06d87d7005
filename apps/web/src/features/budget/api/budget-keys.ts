import type { QueryClient } from '@tanstack/react-query';

export const budgetQueryKey = ['budget'] as const;

export const programmesPath = '/api/v1/budget/programmes';
export const programmePath = (id: number) => `${programmesPath}/${id}`;

/**
 * After any change to the budget: programmes, ledgers, milestones, notifications that may follow,
 * and the services' readiness, which shows the cluster's available allocation.
 */
export function invalidateBudgetData(queryClient: QueryClient) {
  return Promise.all([budgetQueryKey, ['notifications'], ['services', 'readiness']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
