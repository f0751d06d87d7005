import type { QueryClient } from '@tanstack/react-query';
import { budgetQueryKey, notificationsQueryKey, readinessQueryKey } from '../../../api/query-keys';

export const programmesPath = '/api/v1/budget/programmes';
export const programmePath = (id: number) => `${programmesPath}/${id}`;

export const programmesQueryKey = [...budgetQueryKey, 'programmes'] as const;
export const programmeQueryKey = (id: number | null) => [...budgetQueryKey, 'programme', id] as const;
export const ledgerQueryKey = (programmeId: number) => [...budgetQueryKey, 'ledger', programmeId] as const;
export const serviceMilestonesQueryKey = (serviceId: number) => [...budgetQueryKey, 'milestones', serviceId] as const;
export const milestoneReportsQueryKey = (milestoneId: number) => [...budgetQueryKey, 'progress-reports', milestoneId] as const;

/**
 * After any change to the budget: programmes, ledgers, milestones, notifications that may follow,
 * and the services' readiness, which shows the cluster's available allocation.
 */
export function invalidateBudgetData(queryClient: QueryClient) {
  return Promise.all([budgetQueryKey, notificationsQueryKey, readinessQueryKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
