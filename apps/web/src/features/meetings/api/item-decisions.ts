import { meetingDetailSchema, type ForwardItem, type RecordDecision, type SetBallots } from '@eshkol/contracts/meetings';
import { apiRequest } from '../../../lib/api-client';
import { itemPath, useMeetingChange } from './meetings-keys';

/** Every ballot of the item at once: the grid as it now stands. */
export function setBallots({ itemId, body }: { itemId: number; body: SetBallots }) {
  return apiRequest(`${itemPath(itemId)}/ballots`, meetingDetailSchema, { method: 'PUT', json: body });
}

export function recordDecision({ itemId, body }: { itemId: number; body: RecordDecision }) {
  return apiRequest(`${itemPath(itemId)}/decision`, meetingDetailSchema, { method: 'POST', json: body });
}

export function forwardItem({ itemId, body }: { itemId: number; body: ForwardItem }) {
  return apiRequest(`${itemPath(itemId)}/forward`, meetingDetailSchema, { method: 'POST', json: body });
}

export const useSetBallots = (itemId: number) => useMeetingChange(setBallots, `ballots-${itemId}`);
export const useRecordDecision = () => useMeetingChange(recordDecision);
export const useForwardItem = () => useMeetingChange(forwardItem);
