import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingDetailSchema, type ScheduleMeeting } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { bodyMeetingsPath, invalidateMeetingsData } from './meetings-keys';

export function scheduleMeeting({ bodyId, body }: { bodyId: number; body: ScheduleMeeting }) {
  return apiRequest(bodyMeetingsPath(bodyId), meetingDetailSchema, { method: 'POST', json: body });
}

export function useScheduleMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scheduleMeeting, onSuccess: () => invalidateMeetingsData(queryClient) });
}
