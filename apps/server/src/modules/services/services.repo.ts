import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { serviceParticipants, serviceParticipationEvents, services } from './services.schema';

export type ServiceRow = typeof services.$inferSelect;
export type ParticipantRecord = typeof serviceParticipants.$inferSelect;
export type EventRecord = typeof serviceParticipationEvents.$inferSelect;
export type NewEvent = typeof serviceParticipationEvents.$inferInsert;

/**
 * How a service row is held until the transaction ends. Every writer that reads a service to
 * change it or what hangs on it takes one of these first, before any other row:
 * - `change` (FOR NO KEY UPDATE): edits, a new study version, a submission, a decision, a
 *   milestone. NO KEY UPDATE rather than UPDATE, so that inserts that refer to the service (the
 *   ledger's, the studies') still take their KEY SHARE on it.
 * - `answer` (FOR SHARE): an authority's answer, so that answers of several authorities run side
 *   by side, but none slips past a submission or an edit.
 * The one lock order: the service row, then a participant row, then the budget's programme and
 * account rows (modules/budget/ledger-writer.ts).
 */
export type ServiceLock = 'change' | 'answer';
const lockModes = { change: 'no key update', answer: 'share' } as const;

export function createServicesRepo() {
  return {
    async insert(db: DbOrTx, row: typeof services.$inferInsert) {
      const [created] = await db.insert(services).values(row).returning();
      return created!;
    },
    get: async (db: DbOrTx, id: number): Promise<ServiceRow | null> => (await db.select().from(services).where(eq(services.id, id)))[0] ?? null,
    /** Reads the service and holds its row until the transaction ends (see `ServiceLock`). */
    lock: async (db: DbOrTx, id: number, mode: ServiceLock): Promise<ServiceRow | null> =>
      (await db.select().from(services).where(eq(services.id, id)).for(lockModes[mode]))[0] ?? null,
    async byIds(db: DbOrTx, ids: readonly number[]): Promise<Map<number, ServiceRow>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select().from(services).where(inArray(services.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r]));
    },
    ofCluster: (db: DbOrTx, clusterSlug: string) => db.select().from(services).where(eq(services.clusterSlug, clusterSlug)).orderBy(asc(services.id)),
    /** Names of the given services, for views that name them. */
    async names(db: DbOrTx, ids: readonly number[]): Promise<Map<number, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: services.id, nameHe: services.nameHe }).from(services).where(inArray(services.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r.nameHe]));
    },
    update: (db: DbOrTx, id: number, patch: Partial<Omit<typeof services.$inferInsert, 'state'>>) => db.update(services).set(patch).where(eq(services.id, id)),
    /**
     * Moves the service from one state to the next; the caller holds it locked (`change`) and has
     * checked the move with the review machine. A service found in another state is a bug.
     */
    async setState(db: DbOrTx, id: number, from: string, to: string) {
      const moved = await db.update(services).set({ state: to }).where(and(eq(services.id, id), eq(services.state, from))).returning({ id: services.id });
      if (moved.length !== 1) throw new Error(`service ${id} is not in state ${from}`);
    },

    /** Where an authority is invited or takes part: its participant rows, by service. */
    ofAuthority: (db: DbOrTx, authorityId: string): Promise<ParticipantRecord[]> =>
      db.select().from(serviceParticipants).where(eq(serviceParticipants.authorityId, authorityId)).orderBy(asc(serviceParticipants.serviceId)),
    /** The participants of the given services, in no particular order (views name and sort them). */
    async participants(db: DbOrTx, serviceIds: readonly number[]): Promise<ParticipantRecord[]> {
      if (serviceIds.length === 0) return [];
      return db.select().from(serviceParticipants).where(inArray(serviceParticipants.serviceId, [...serviceIds]));
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
    /** Authorities that joined the service (now or before they left). */
    async joinedAuthorities(db: DbOrTx, serviceId: number): Promise<string[]> {
      const rows = await db
        .select({ id: serviceParticipants.authorityId })
        .from(serviceParticipants)
        .where(and(eq(serviceParticipants.serviceId, serviceId), inArray(serviceParticipants.status, ['joined', 'left'])));
      return rows.map((r) => r.id);
    },

    events: (db: DbOrTx, serviceId: number): Promise<EventRecord[]> =>
      db.select().from(serviceParticipationEvents).where(eq(serviceParticipationEvents.serviceId, serviceId)).orderBy(asc(serviceParticipationEvents.id)),
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
