import { useQuery } from '@tanstack/react-query';
import { meetingListSchema } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { bodyMeetingsPath, bodyMeetingsQueryKey } from './meetings-keys';

/** A body's meetings the reader may see, and whether they may schedule one. */
export function getBodyMeetings(bodyId: number) {
  return apiRequest(bodyMeetingsPath(bodyId), meetingListSchema);
}

export function useBodyMeetings(bodyId: number) {
  return useQuery({ queryKey: bodyMeetingsQueryKey(bodyId), queryFn: () => getBodyMeetings(bodyId), enabled: bodyId > 0 });
}
