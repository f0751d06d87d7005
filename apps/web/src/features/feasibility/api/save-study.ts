import { useMutation, useQueryClient } from '@tanstack/react-query';
import { studySchema, type SaveStudy } from '@eshkol/contracts/feasibility';
import { servicesQueryKey, studiesQueryKey } from '../../../api/query-keys';
import { apiRequest } from '../../../lib/api-client';
import { studiesPath } from './studies-keys';

/** Saves the study as a new version; the server computes its cost-sharing with the engine. */
export function saveStudy({ serviceId, body }: { serviceId: number; body: SaveStudy }) {
  return apiRequest(studiesPath(serviceId), studySchema, { method: 'POST', json: body });
}

export function useSaveStudy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveStudy,
    // The service shows its current version.
    onSuccess: () => Promise.all([studiesQueryKey, servicesQueryKey].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
