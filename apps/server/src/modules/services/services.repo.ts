import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { authorities } from '../authorities/authorities.schema';
import { documents } from '../documents/documents.schema';
import { serviceParticipants, serviceParticipationEvents, services } from './services.schema';
import { users } from '../users/users.schema';

export type ServiceRow = typeof services.$inferSelect;
export type ParticipantRow = typeof serviceParticipants.$inferSelect & { nameHe: string; nameEn: string | null; documentName: string | null };
export type EventRow = typeof serviceParticipationEvents.$inferSelect & { byName: string | null };
export type NewEvent = typeof serviceParticipationEvents.$inferInsert;

export function createServicesRepo() {
  const participantColumns = {
    p: serviceParticipants,
    nameHe: authorities.nameHe,
    nameEn: authorities.nameEn,
    documentName: documents.fileName,
  };

  return {
    async insert(db: DbOrTx, row: typeof services.$inferInsert) {
      const [created] = await db.insert(services).values(row).returning();
      return created!;
    },
    get: async (db: DbOrTx, id: number): Promise<ServiceRow | null> => (await db.select().from(services).where(eq(services.id, id)))[0] ?? null,
    /**
     * Reads the service and locks its row until the transaction ends: `update` for changes of the
     * service itself (edits, a new study version), `share` for an authority's answer, so that
     * answers of several authorities run side by side but none slips past a submission.
     */
    lock: async (db: DbOrTx, id: number, mode: 'update' | 'share'): Promise<ServiceRow | null> =>
      (await db.select().from(services).where(eq(services.id, id)).for(mode))[0] ?? null,
    ofCluster: (db: DbOrTx, clusterSlug: string) => db.select().from(services).where(eq(services.clusterSlug, clusterSlug)).orderBy(asc(services.id)),
    update: (db: DbOrTx, id: number, patch: Partial<typeof services.$inferInsert>) => db.update(services).set(patch).where(eq(services.id, id)),

    async participants(db: DbOrTx, serviceIds: number[]): Promise<ParticipantRow[]> {
      if (serviceIds.length === 0) return [];
      const rows = await db
        .select(participantColumns)
        .from(serviceParticipants)
        .innerJoin(authorities, eq(authorities.id, serviceParticipants.authorityId))
        .leftJoin(documents, eq(documents.id, serviceParticipants.approvalDocumentId))
        .where(inArray(serviceParticipants.serviceId, serviceIds))
        .orderBy(asc(authorities.nameHe));
      return rows.map((r) => ({ ...r.p, nameHe: r.nameHe, nameEn: r.nameEn, documentName: r.documentName }));
    },
    /** One authority's row, locked: two answers of the same authority run one after the other. */
    lockParticipant: async (db: DbOrTx, serviceId: number, authorityId: string) =>
      (
        await db
          .select()
          .from(serviceParticipants)
          .where(and(eq(serviceParticipants.serviceId, serviceId), eq(serviceParticipants.authorityId, authorityId)))
          .for('update')
      )[0] ?? null,
    insertParticipants: (db: DbOrTx, rows: (typeof serviceParticipants.$inferInsert)[]) => db.insert(serviceParticipants).values(rows),
    updateParticipant: (db: DbOrTx, serviceId: number, authorityId: string, patch: Partial<typeof serviceParticipants.$inferInsert>) =>
      db
        .update(serviceParticipants)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(serviceParticipants.serviceId, serviceId), eq(serviceParticipants.authorityId, authorityId))),

    async events(db: DbOrTx, serviceId: number): Promise<EventRow[]> {
      const rows = await db
        .select({ e: serviceParticipationEvents, byName: users.displayName })
        .from(serviceParticipationEvents)
        .leftJoin(users, eq(users.id, serviceParticipationEvents.byUserId))
        .where(eq(serviceParticipationEvents.serviceId, serviceId))
        .orderBy(asc(serviceParticipationEvents.id));
      return rows.map((r) => ({ ...r.e, byName: r.byName }));
    },
    insertEvents: (db: DbOrTx, rows: NewEvent[]) => db.insert(serviceParticipationEvents).values(rows),

    /** The services whose approvals (current or in their history) cite this document. */
    async citingDocument(db: DbOrTx, documentId: string): Promise<number[]> {
      const rows = await db
        .selectDistinct({ id: serviceParticipationEvents.serviceId })
        .from(serviceParticipationEvents)
        .where(sql`${serviceParticipationEvents.approval} ->> 'documentId' = ${documentId}`);
      return rows.map((r) => r.id);
    },
  };
}
export type ServicesRepo = ReturnType<typeof createServicesRepo>;
