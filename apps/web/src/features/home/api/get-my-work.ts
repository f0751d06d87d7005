import { useQuery } from '@tanstack/react-query';
import { myWorkSchema } from '@eshkol/contracts/work';
import { apiRequest } from '../../../lib/api-client';
import { myWorkQueryKey } from './home-keys';

export function getMyWork() {
  return apiRequest('/api/v1/me/work', myWorkSchema);
}

/** What waits for the signed-in reader; asked only when someone is signed in. */
export function useMyWork(signedIn: boolean) {
  return useQuery({ queryKey: myWorkQueryKey, queryFn: getMyWork, enabled: signedIn, staleTime: 0 });
}
