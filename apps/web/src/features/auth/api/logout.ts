import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { isSessionQuery, meQueryKey } from '../../../lib/auth/auth-keys';

export function logout() {
  return apiRequest('/api/v1/auth/logout', z.unknown(), { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (q) => !isSessionQuery(q) });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
