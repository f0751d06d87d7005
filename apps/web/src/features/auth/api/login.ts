import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meResponseSchema, type LoginRequest } from '@eshkol/contracts/auth';
import { apiRequest } from '../../../lib/api-client';
import { isSessionQuery, meQueryKey } from '../../../lib/auth/auth-keys';

export function login(body: LoginRequest) {
  return apiRequest('/api/v1/auth/login', meResponseSchema, { method: 'POST', json: body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.invalidateQueries({ predicate: (q) => !isSessionQuery(q) });
    },
  });
}
