import { legacyAuditActions, type AuditAction, type AuditEntityType, type AuditEvent, type AuditOwner, type AuditQuery } from '@eshkol/contracts/audit';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import type { Actor } from './access';
import { auditEvents } from './audit.schema';

export type AuditEntry = {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** What the change belongs to, when that is more than the entity itself (a service, for its participants, studies and money). */
  owner?: AuditOwner | null;
};

/** The service a change belongs to, as its owner. */
export const serviceOwner = (serviceId: number | null | undefined): AuditOwner | null => (serviceId == null ? null : { type: 'service', id: String(serviceId) });

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
    ownerType: entry.owner?.type ?? null,
    ownerId: entry.owner?.id ?? null,
  });
}

/** The log, newest first, as the audit page filters it. */
export function listAudit(db: DbOrTx, q: AuditQuery) {
  const where: SQL[] = [];
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
  const owner = q.serviceId ? serviceOwner(q.serviceId) : q.ownerType && q.ownerId ? { type: q.ownerType, id: q.ownerId } : null;
  if (owner) where.push(eq(auditEvents.ownerType, owner.type), eq(auditEvents.ownerId, owner.id));
  if (q.before) where.push(lt(auditEvents.id, q.before));
  return db.select().from(auditEvents).where(and(...where)).orderBy(desc(auditEvents.id)).limit(q.limit);
}

/** An event as the API gives it: under today's name of its action, with its owner. */
export function toAuditEvent(e: typeof auditEvents.$inferSelect): AuditEvent {
  const owner = e.ownerType && e.ownerId ? ({ type: e.ownerType, id: e.ownerId } as AuditOwner) : null;
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorEmail: e.actorEmail,
    action: (legacyAuditActions[e.action] ?? e.action) as AuditAction,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    owner,
    serviceId: owner?.type === 'service' ? Number(owner.id) : null,
  };
}
