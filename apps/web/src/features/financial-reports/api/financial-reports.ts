import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  clusterFinancialReportsSchema,
  financialComparisonSchema,
  financialReportQueueSchema,
  financialReportSchema,
  type ResubmitFinancialReport,
  type ReviewFinancialReport,
  type SubmitFinancialReport,
} from '@eshkol/contracts/financial-reports';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { clusterReportsPath, clusterReportsQueryKey, comparisonQueryKey, financialReportsPath, invalidateFinancialReports, queueQueryKey, reportQueryKey } from './financial-reports-keys';

/** A cluster's years, its reports and its finances over the years, as the reader may read them. */
export const useClusterReports = (slug: string) => useQuery({ queryKey: clusterReportsQueryKey(slug), queryFn: () => apiRequest(clusterReportsPath(slug), clusterFinancialReportsSchema) });

export const useReport = (id: number | null) =>
  useQuery({ queryKey: reportQueryKey(id ?? 0), queryFn: () => apiRequest(`${financialReportsPath}/${id}`, financialReportSchema), enabled: id !== null });

export const useReportQueue = (enabled: boolean) => useQuery({ queryKey: queueQueryKey, queryFn: () => apiRequest(`${financialReportsPath}/queue`, financialReportQueueSchema), enabled });

export const useComparison = (fiscalYear: number, enabled: boolean) =>
  useQuery({ queryKey: comparisonQueryKey(fiscalYear), queryFn: () => apiRequest(withQuery(`${financialReportsPath}/comparison`, { fiscalYear }), financialComparisonSchema), enabled });

export const comparisonWorkbookPath = (fiscalYear: number) => withQuery(`${financialReportsPath}/comparison.xlsx`, { fiscalYear });
export const templatePath = (fiscalYear?: number) => withQuery(`${financialReportsPath}/template.xlsx`, { fiscalYear });

function useReportMutation<V>(send: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => invalidateFinancialReports(queryClient) });
}

export const useSubmitReport = (slug: string) =>
  useReportMutation((body: SubmitFinancialReport) => apiRequest(clusterReportsPath(slug), financialReportSchema, { method: 'POST', json: body }));

export const useResubmitReport = () =>
  useReportMutation(({ id, body }: { id: number; body: ResubmitFinancialReport }) => apiRequest(`${financialReportsPath}/${id}/resubmit`, financialReportSchema, { method: 'POST', json: body }));

export const useReviewReport = () =>
  useReportMutation(({ id, body }: { id: number; body: ReviewFinancialReport }) => apiRequest(`${financialReportsPath}/${id}/review`, financialReportSchema, { method: 'POST', json: body }));

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The regulator's Excel goes up as it is (its bytes), with the statements uploaded first. */
export const useImportReport = (slug: string) =>
  useReportMutation(({ file, statementsDocumentId }: { file: File; statementsDocumentId: string }) =>
    apiRequest(withQuery(`${clusterReportsPath(slug)}/import`, { statementsDocumentId }), financialReportSchema, { method: 'POST', raw: { body: file, contentType: xlsxType } }),
  );
