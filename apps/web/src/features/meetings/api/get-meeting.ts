import { useQuery } from '@tanstack/react-query';
import { meetingDetailSchema } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath, meetingQueryKey } from './meetings-keys';

/** A meeting with its agenda, invitations, attendance, quorum, votes, decisions and minutes, and what the reader may do with it. */
export function getMeeting(id: number) {
  return apiRequest(meetingPath(id), meetingDetailSchema);
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: meetingQueryKey(id), queryFn: () => getMeeting(id), enabled: id > 0 });
}

/** The meeting's calendar file (a plain download link). */
export const calendarPath = (id: number) => `${meetingPath(id)}/invite.ics`;
