import { meetingDetailSchema, type RecordAttendance } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath, useMeetingChange } from './meetings-keys';

export function recordAttendance({ meetingId, body }: { meetingId: number; body: RecordAttendance }) {
  return apiRequest(`${meetingPath(meetingId)}/attendance`, meetingDetailSchema, { method: 'POST', json: body });
}

export function removeAttendance({ meetingId, attendanceId }: { meetingId: number; attendanceId: number }) {
  return apiRequest(`${meetingPath(meetingId)}/attendance/${attendanceId}`, meetingDetailSchema, { method: 'DELETE' });
}

export const useRecordAttendance = () => useMeetingChange(recordAttendance);
export const useRemoveAttendance = () => useMeetingChange(removeAttendance);
