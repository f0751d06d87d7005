import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { submissionListSchema } from '@eshkol/contracts/reviews';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { submissionListQueryKey } from './submissions-keys';

export type SubmissionFilters = { pending?: boolean; cluster?: string };

export function getSubmissions({ pending, cluster }: SubmissionFilters) {
  return apiRequest(withQuery('/api/v1/submissions', { pending: pending === undefined ? undefined : String(pending), cluster }), submissionListSchema);
}

export const submissionsQueryOptions = (filters: SubmissionFilters) =>
  queryOptions({ queryKey: submissionListQueryKey(filters), queryFn: () => getSubmissions(filters), placeholderData: keepPreviousData });

/** Submissions across clusters (the committee's queue when `pending`). */
export function useSubmissions(filters: SubmissionFilters) {
  return useQuery(submissionsQueryOptions(filters));
}
