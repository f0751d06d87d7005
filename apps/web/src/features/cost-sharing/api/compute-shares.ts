import { useMutation } from '@tanstack/react-query';
import { costSharingResultSchema, type CostSharingInput } from '@eshkol/contracts/cost-sharing';
import { problemSchema } from '@eshkol/contracts/errors';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { i18n } from '../../../i18n/setup';

export function computeShares(input: CostSharingInput) {
  return apiRequest('/api/v1/cost-sharing', costSharingResultSchema, { method: 'POST', json: input });
}

export function useComputeShares() {
  return useMutation({ mutationFn: computeShares });
}

/** Asks the server for the workbook of a calculation and saves it. */
export async function downloadSharesWorkbook(input: CostSharingInput, labels: Record<string, string>): Promise<void> {
  const response = await fetch('/api/v1/cost-sharing/export.xlsx', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
    body: JSON.stringify({ input, labels }),
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const problem = problemSchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(response.status, problem.success ? problem.data : null, response.statusText);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'cost-sharing.xlsx';
  link.click();
  URL.revokeObjectURL(url);
}
