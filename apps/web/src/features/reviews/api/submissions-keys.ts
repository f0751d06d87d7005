import type { QueryClient } from '@tanstack/react-query';
import type { SubmissionFilters } from './get-submissions';
import { budgetQueryKey, notificationsQueryKey, readinessQueryKey, servicesQueryKey, studiesQueryKey, submissionsQueryKey } from '../../../api/query-keys';

export const submissionListQueryKey = (filters: SubmissionFilters) => [...submissionsQueryKey, 'list', filters] as const;
export const serviceSubmissionsQueryKey = (serviceId: number) => [...submissionsQueryKey, 'service', serviceId] as const;
export const agendaQueryKey = (ids: number[]) => [...submissionsQueryKey, 'agenda', ids] as const;
export const submissionQueryKey = (id: number) => [...submissionsQueryKey, 'one', id] as const;
/** A study version's requested grant, under the studies' key (a version never changes). */
export const studyGrantQueryKey = (serviceId: number, version: number | null) => [...studiesQueryKey, serviceId, 'grant', version] as const;
/** Under the services' key: an answer, a study or an edit of the service refreshes it. */
export const serviceReadinessQueryKey = (serviceId: number) => [...readinessQueryKey, serviceId] as const;

/** After a submission or a decision: the queue, the submission, the service's history, its state, the budget and notifications. */
export function invalidateReviewData(queryClient: QueryClient) {
  return Promise.all(
    [submissionsQueryKey, servicesQueryKey, budgetQueryKey, notificationsQueryKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
