import { meetingDetailSchema, type ApproveMinutes } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath, useMeetingChange } from './meetings-keys';

export function closeMeeting(meetingId: number) {
  return apiRequest(`${meetingPath(meetingId)}/close`, meetingDetailSchema, { method: 'POST' });
}

/** Writes the minutes anew from the closed meeting (a draft's edits are replaced). */
export function generateMinutes(meetingId: number) {
  return apiRequest(`${meetingPath(meetingId)}/minutes`, meetingDetailSchema, { method: 'POST' });
}

export function editMinutes({ meetingId, text }: { meetingId: number; text: string }) {
  return apiRequest(`${meetingPath(meetingId)}/minutes`, meetingDetailSchema, { method: 'PUT', json: { text } });
}

export function approveMinutes({ meetingId, body }: { meetingId: number; body: ApproveMinutes }) {
  return apiRequest(`${meetingPath(meetingId)}/minutes/approve`, meetingDetailSchema, { method: 'POST', json: body });
}

export const useCloseMeeting = () => useMeetingChange(closeMeeting);
export const useGenerateMinutes = () => useMeetingChange(generateMinutes);
export const useEditMinutes = () => useMeetingChange(editMinutes);
export const useApproveMinutes = () => useMeetingChange(approveMinutes);
