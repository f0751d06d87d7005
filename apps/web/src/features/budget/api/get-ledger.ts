import { queryOptions, useQuery } from '@tanstack/react-query';
import { ledgerSchema } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { ledgerQueryKey, programmePath } from './budget-keys';

export function getLedger(programmeId: number) {
  return apiRequest(`${programmePath(programmeId)}/ledger`, ledgerSchema);
}

export const ledgerQueryOptions = (programmeId: number, enabled: boolean) =>
  queryOptions({ queryKey: ledgerQueryKey(programmeId), queryFn: () => getLedger(programmeId), enabled });

/** The append-only ledger of a programme, entry by entry. */
export function useLedger(programmeId: number, enabled: boolean) {
  return useQuery(ledgerQueryOptions(programmeId, enabled));
}
