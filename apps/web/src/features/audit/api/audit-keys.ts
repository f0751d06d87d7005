import type { AuditFilters } from './get-audit';

export const auditQueryKey = (filters: AuditFilters) => ['audit', filters] as const;
