import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { progressReportListSchema, progressReportSchema, type ReviewProgressReport, type SubmitProgressReport } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData, milestoneReportsQueryKey } from './budget-keys';

/** Every version of a milestone's progress reports, newest first. */
export function useMilestoneReports(milestoneId: number) {
  return useQuery({ queryKey: milestoneReportsQueryKey(milestoneId), queryFn: () => apiRequest(`/api/v1/milestones/${milestoneId}/reports`, progressReportListSchema) });
}

export function submitProgressReport({ milestoneId, body }: { milestoneId: number; body: SubmitProgressReport }) {
  return apiRequest(`/api/v1/milestones/${milestoneId}/reports`, progressReportSchema, { method: 'POST', json: body });
}

export function reviewProgressReport({ reportId, body }: { reportId: number; body: ReviewProgressReport }) {
  return apiRequest(`/api/v1/progress-reports/${reportId}/review`, progressReportSchema, { method: 'POST', json: body });
}

export function useSubmitProgressReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: submitProgressReport, onSuccess: () => invalidateBudgetData(queryClient) });
}

export function useReviewProgressReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewProgressReport, onSuccess: () => invalidateBudgetData(queryClient) });
}
