import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { bodyDetailSchema } from '@eshkol/contracts/governance';
import { apiRequest } from '../../../lib/api-client';
import { bodyPath, bodyQueryKey } from './governance-keys';

const onQuery = (on: string | null) => (on ? `?on=${encodeURIComponent(on)}` : '');

/** A body on a day (today in Israel when none is given): its seats, voting authorities and rules then. */
export function getBody(id: number, on: string | null) {
  return apiRequest(`${bodyPath(id)}${onQuery(on)}`, bodyDetailSchema);
}

export function useBody(id: number, on: string | null) {
  // Another day keeps the last composition shown while the next one loads.
  return useQuery({ queryKey: bodyQueryKey(id, on), queryFn: () => getBody(id, on), placeholderData: keepPreviousData, enabled: id > 0 });
}

/** The composition on the day as an Excel workbook (a plain download link). */
export const compositionWorkbookPath = (id: number, on: string | null) => `${bodyPath(id)}/composition.xlsx${onQuery(on)}`;
