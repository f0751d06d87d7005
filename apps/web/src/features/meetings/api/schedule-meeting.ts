import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type ScheduleMeeting, type UpdateMeeting } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { bodyMeetingsPath, invalidateMeetingsData, meetingPath, useMeetingChange } from './meetings-keys';

export function scheduleMeeting({ bodyId, body }: { bodyId: number; body: ScheduleMeeting }) {
  return apiRequest(bodyMeetingsPath(bodyId), meetingDetailSchema, { method: 'POST', json: body });
}

export function useScheduleMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scheduleMeeting, onSuccess: () => invalidateMeetingsData(queryClient) });
}

/** Moves a meeting still to be held, or changes its place; the invitees are mailed again when the time or place changes. */
export const useUpdateMeeting = () => useMeetingChange(({ meetingId, body }: { meetingId: number; body: UpdateMeeting }) => apiRequest(meetingPath(meetingId), meetingDetailSchema, { method: 'PATCH', json: body }));
