import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  authorityStandingSchema,
  clusterStandingSchema,
  delegationSchema,
  legalFormRecordSchema,
  orderSchema,
  powerListSchema,
  powerSchema,
  type AddPower,
  type EndDelegation,
  type RecordDelegation,
  type RecordLegalForm,
  type RecordOrder,
  type RenamePower,
} from '@eshkol/contracts/standing';
import { apiRequest } from '../../../lib/api-client';
import { authorityStandingPath, authorityStandingQueryKey, clusterStandingQueryKey, invalidateStanding, powersPath, powersQueryKey, standingPath } from './standing-keys';

export const useClusterStanding = (slug: string) => useQuery({ queryKey: clusterStandingQueryKey(slug), queryFn: () => apiRequest(standingPath(slug), clusterStandingSchema), enabled: slug.length > 0 });
export const standingWorkbookPath = (slug: string) => `${standingPath(slug)}.xlsx`;
export const useAuthorityStanding = (id: string) => useQuery({ queryKey: authorityStandingQueryKey(id), queryFn: () => apiRequest(authorityStandingPath(id), authorityStandingSchema), enabled: id.length > 0 });
export const usePowers = () => useQuery({ queryKey: powersQueryKey, queryFn: () => apiRequest(powersPath, powerListSchema) });

/** A write of the standing; on success every standing query is read again. */
function useStandingWrite<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => invalidateStanding(queryClient) });
}

export const useRecordLegalForm = (slug: string) =>
  useStandingWrite((body: RecordLegalForm) => apiRequest(`${standingPath(slug)}/legal-forms`, legalFormRecordSchema, { method: 'POST', json: body }));
export const useRecordOrder = (slug: string) => useStandingWrite((body: RecordOrder) => apiRequest(`${standingPath(slug)}/orders`, orderSchema, { method: 'POST', json: body }));
export const useRecordDelegation = (slug: string) =>
  useStandingWrite((body: RecordDelegation) => apiRequest(`${standingPath(slug)}/delegations`, delegationSchema, { method: 'POST', json: body }));
export const useEndDelegation = () =>
  useStandingWrite(({ id, ...body }: EndDelegation & { id: number }) => apiRequest(`/api/v1/standing/delegations/${id}/end`, delegationSchema, { method: 'POST', json: body }));

export const useAddPower = () => useStandingWrite((body: AddPower) => apiRequest(powersPath, powerSchema, { method: 'POST', json: body }));
export const useRenamePower = () => useStandingWrite(({ id, ...body }: RenamePower & { id: number }) => apiRequest(`${powersPath}/${id}`, powerSchema, { method: 'PATCH', json: body }));
export const useRetirePower = () => useStandingWrite((id: number) => apiRequest(`${powersPath}/${id}/retire`, powerSchema, { method: 'POST', json: {} }));
