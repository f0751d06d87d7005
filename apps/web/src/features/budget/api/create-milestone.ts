import { useMutation, useQueryClient } from '@tanstack/react-query';
import { milestoneSchema, type CreateMilestone } from '@eshkol/contracts/budget';
import { apiRequest } from '../../../lib/api-client';
import { invalidateBudgetData } from './budget-keys';
import { serviceMilestonesPath } from './get-service-milestones';

export function createMilestone({ serviceId, body }: { serviceId: number; body: CreateMilestone }) {
  return apiRequest(serviceMilestonesPath(serviceId), milestoneSchema, { method: 'POST', json: body });
}

export function useCreateMilestone() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createMilestone, onSuccess: () => invalidateBudgetData(queryClient) });
}
