import { queryOptions, useQuery } from '@tanstack/react-query';
import { submissionSchema } from '@eshkol/contracts/reviews';
import { apiRequest } from '../../../lib/api-client';
import { submissionQueryKey } from './submissions-keys';

export const submissionPath = (id: number) => `/api/v1/submissions/${id}`;

export function getSubmission(id: number) {
  return apiRequest(submissionPath(id), submissionSchema);
}

export const submissionQueryOptions = (id: number) =>
  queryOptions({ queryKey: submissionQueryKey(id), queryFn: () => getSubmission(id), enabled: Number.isInteger(id) && id > 0 });

/** One submission with its frozen package and decisions. */
export function useSubmission(id: number) {
  return useQuery(submissionQueryOptions(id));
}
