import type { AuditQuery } from '@eshkol/contracts/audit';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { auditEvents } from '../../platform/audit.schema';

export function createAuditRepo() {
  return {
    list(db: DbOrTx, q: AuditQuery) {
      const where: SQL[] = [];
      if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
      if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
      if (q.serviceId) where.push(eq(auditEvents.serviceId, q.serviceId));
      if (q.before) where.push(lt(auditEvents.id, q.before));
      return db.select().from(auditEvents).where(and(...where)).orderBy(desc(auditEvents.id)).limit(q.limit);
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
