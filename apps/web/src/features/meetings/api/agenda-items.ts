import { addItemSchema, meetingDetailSchema, type UpdateItem } from '@eshkol/contracts/meetings';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { itemPath, meetingPath, useMeetingChange } from './meetings-keys';

export function addItem({ meetingId, body }: { meetingId: number; body: z.input<typeof addItemSchema> }) {
  return apiRequest(`${meetingPath(meetingId)}/items`, meetingDetailSchema, { method: 'POST', json: body });
}

export function updateItem({ itemId, body }: { itemId: number; body: UpdateItem }) {
  return apiRequest(itemPath(itemId), meetingDetailSchema, { method: 'PATCH', json: body });
}

export const useAddItem = () => useMeetingChange(addItem);
export const useUpdateItem = () => useMeetingChange(updateItem);
