import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { notificationsQueryKey, servicesQueryKey, studiesQueryKey } from '../../../api/query-keys';

export const governancePath = '/api/v1/governance';
export const bodyMeetingsPath = (bodyId: number) => `${governancePath}/bodies/${bodyId}/meetings`;
export const meetingPath = (id: number) => `${governancePath}/meetings/${id}`;
export const itemPath = (id: number) => `${governancePath}/items/${id}`;
export const decisionsPath = `${governancePath}/decisions`;

/** Every query about meetings and decisions starts with this key, so one invalidation refreshes them all. */
export const meetingsQueryKey = ['meetings'] as const;
export const bodyMeetingsQueryKey = (bodyId: number) => [...meetingsQueryKey, 'body', bodyId] as const;
export const meetingQueryKey = (id: number) => [...meetingsQueryKey, 'meeting', id] as const;
export const decisionsQueryKey = (params: Record<string, string | undefined>) => [...meetingsQueryKey, 'decisions', params] as const;
/** The bodies a meeting names (its own on its day, a cluster's for forwarding, a register's filter), under the meetings' root. */
export const pendingSubmissionsQueryKey = [...meetingsQueryKey, 'pending-submissions'] as const;
/** What an agenda item may be about: a cluster's services and a service's studies, under their own roots so their changes refresh these. */
export const agendaServicesQueryKey = (slug: string | null) => [...servicesQueryKey, 'for-agenda', slug] as const;
export const agendaStudiesQueryKey = (serviceId: number | null) => [...studiesQueryKey, 'for-agenda', serviceId] as const;
export const meetingBodiesQueryKey = (scope: string | number, on?: string) => [...meetingsQueryKey, 'bodies', scope, on ?? null] as const;

/** After any change to a meeting, its items, its minutes or a decision: meetings, registers and the bell. */
export function invalidateMeetingsData(queryClient: QueryClient) {
  return Promise.all([meetingsQueryKey, notificationsQueryKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * A change to a meeting that answers with the meeting as it now is: the page shows that answer at
 * once (the quorum after an attendance, the tally after a ballot), and every other view refreshes.
 */
export function useMeetingChange<V>(send: (variables: V) => Promise<MeetingDetail>, scope?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    // Changes in one scope (a grid's ballots) reach the server one after another, in the order made.
    scope: scope ? { id: scope } : undefined,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingQueryKey(meeting.id), meeting);
      return invalidateMeetingsData(queryClient);
    },
  });
}
