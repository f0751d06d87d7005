import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importResultSchema, type ImportKind } from '@eshkol/contracts/imports';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { isSessionQuery } from '../../../lib/auth/auth-keys';

export type ImportInput = { kind: ImportKind; file: File; asOf?: string; dryRun: boolean };

/** The file goes up as it is (its bytes, as text/csv); the server checks the encoding. */
export function importFile({ kind, file, asOf, dryRun }: ImportInput) {
  return apiRequest(
    withQuery(`/api/v1/imports/${kind}`, { asOf: kind === 'clusters' ? asOf : undefined, dryRun: dryRun ? 'true' : undefined }),
    importResultSchema,
    { method: 'POST', raw: { body: file, contentType: 'text/csv' } },
  );
}

export function useImportFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importFile,
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ predicate: (q) => !isSessionQuery(q) });
    },
  });
}
