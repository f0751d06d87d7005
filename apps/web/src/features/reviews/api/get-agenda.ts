import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { agendaSchema } from '@eshkol/contracts/reviews';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { formatAgendaIds } from '../model/agenda-ids';
import { agendaQueryKey } from './submissions-keys';

export function getAgenda(ids: number[]) {
  return apiRequest(withQuery('/api/v1/submissions/agenda', { ids: formatAgendaIds(ids) }), agendaSchema);
}

export const agendaQueryOptions = (ids: number[]) =>
  queryOptions({ queryKey: agendaQueryKey(ids), queryFn: () => getAgenda(ids), enabled: ids.length > 0, placeholderData: keepPreviousData });

/** The chosen submissions of a meeting, in full, in one request. */
export function useAgenda(ids: number[]) {
  return useQuery(agendaQueryOptions(ids));
}
