import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { auditListSchema, type AuditQuery } from '@eshkol/contracts/audit';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { auditQueryKey } from './audit-keys';

export type AuditFilters = Pick<AuditQuery, 'entityType' | 'entityId' | 'serviceId'>;

const pageSize = 50;

export function getAudit(filters: AuditFilters, before?: number) {
  return apiRequest(withQuery('/api/v1/audit', { ...filters, limit: pageSize, before }), auditListSchema);
}

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditQueryKey(filters),
    queryFn: ({ pageParam }) => getAudit(filters, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(filters));
}
