import { meetingDetailSchema, type Answer } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { meetingPath, useMeetingChange } from './meetings-keys';

/** A representative's answer for their authority (or the secretary's for any unit). */
export function answerInvitation({ meetingId, body }: { meetingId: number; body: Answer }) {
  return apiRequest(`${meetingPath(meetingId)}/answers`, meetingDetailSchema, { method: 'POST', json: body });
}

export const useAnswerInvitation = () => useMeetingChange(answerInvitation);
