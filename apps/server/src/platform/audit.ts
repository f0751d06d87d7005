import type { AuditEntityType } from '@eshkol/contracts/audit';
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
