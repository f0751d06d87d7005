import type { QueryClient } from '@tanstack/react-query';

export const budgetQueryKey = ['budget'] as const;

export const programmesPath = '/api/v1/budget/programmes';
export const programmePath = (id: number) => `${programmesPath}/${id}`;

/** After any change to the budget: programmes, ledgers, milestones, and notifications that may follow. */
export function invalidateBudgetData(queryClient: QueryClient) {
  return Promise.all([budgetQueryKey, ['notifications']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
