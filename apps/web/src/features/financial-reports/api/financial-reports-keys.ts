import type { QueryClient } from '@tanstack/react-query';
import { notificationsQueryKey } from '../../../api/query-keys';

export const financialReportsPath = '/api/v1/financial-reports';
export const clusterReportsPath = (slug: string) => `/api/v1/clusters/${encodeURIComponent(slug)}/financial-reports`;

/** Every query of the financial reports starts with this key, so one invalidation refreshes them all. */
export const financialReportsQueryKey = ['financial-reports'] as const;
export const clusterReportsQueryKey = (slug: string) => [...financialReportsQueryKey, 'cluster', slug] as const;
export const reportQueryKey = (id: number) => [...financialReportsQueryKey, 'report', id] as const;
export const queueQueryKey = [...financialReportsQueryKey, 'queue'] as const;
export const comparisonQueryKey = (fiscalYear: number) => [...financialReportsQueryKey, 'comparison', fiscalYear] as const;

/** After a submission or a review: every report view, and the notifications a review sends. */
export const invalidateFinancialReports = (queryClient: QueryClient) =>
  Promise.all([financialReportsQueryKey, notificationsQueryKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
