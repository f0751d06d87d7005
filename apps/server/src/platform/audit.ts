import type { AuditEntityType, AuditQuery } from '@eshkol/contracts/audit';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { auditEvents } from './audit.schema';
import type { Actor } from './access';

export type AuditEntry = {
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The shared service the change belongs to (its participants, studies, submissions, money). */
  serviceId?: number | null;
};

/** Writes one audit event; call it inside the transaction that makes the change. */
export async function writeAudit(tx: DbOrTx, actor: Pick<Actor, 'userId' | 'email'> | null, entry: AuditEntry) {
  await tx.insert(auditEvents).values({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? 'system',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    serviceId: entry.serviceId ?? null,
  });
}

/** The log, newest first, as the audit page filters it. */
export function listAudit(db: DbOrTx, q: AuditQuery) {
  const where: SQL[] = [];
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
  if (q.serviceId) where.push(eq(auditEvents.serviceId, q.serviceId));
  if (q.before) where.push(lt(auditEvents.id, q.before));
  return db.select().from(auditEvents).where(and(...where)).orderBy(desc(auditEvents.id)).limit(q.limit);
}
