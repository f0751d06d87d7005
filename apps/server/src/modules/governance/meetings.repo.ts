import { and, asc, desc, eq, gt, inArray, isNull, lt, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { bodies } from './governance.schema';
import { agendaItems, attendance, ballots, clusterGovernance, bodyDecisions, invitations, meetings, minutes } from './meetings.schema';

export type MeetingRow = typeof meetings.$inferSelect;
export type ItemRow = typeof agendaItems.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
export type BallotRow = typeof ballots.$inferSelect;
export type DecisionRow = typeof bodyDecisions.$inferSelect;
export type MinutesRow = typeof minutes.$inferSelect;

const one = <T>(rows: T[]): T | null => rows[0] ?? null;

export function createMeetingsRepo() {
  return {
    meetingsOf: (db: DbOrTx, bodyId: number) => db.select().from(meetings).where(eq(meetings.bodyId, bodyId)).orderBy(desc(meetings.startsAt), desc(meetings.id)),
    getMeeting: async (db: DbOrTx, id: number) => one(await db.select().from(meetings).where(eq(meetings.id, id))),
    /** Holds the meeting while its attendance, votes, decisions or minutes change: one change after another. */
    lockMeeting: async (db: DbOrTx, id: number) => one(await db.select().from(meetings).where(eq(meetings.id, id)).for('update')),
    insertMeeting: async (db: DbOrTx, row: typeof meetings.$inferInsert) => (await db.insert(meetings).values(row).returning())[0]!,
    updateMeeting: async (db: DbOrTx, id: number, patch: Partial<typeof meetings.$inferInsert>) => (await db.update(meetings).set(patch).where(eq(meetings.id, id)).returning())[0]!,
    /** The body's next meeting still to be held after a moment: where forwarded items go. */
    nextMeeting: async (db: DbOrTx, bodyId: number, after: Date) =>
      one(
        await db
          .select()
          .from(meetings)
          .where(and(eq(meetings.bodyId, bodyId), eq(meetings.status, 'scheduled'), gt(meetings.startsAt, after)))
          .orderBy(asc(meetings.startsAt))
          .limit(1),
      ),
    /** The meetings a unit (an authority's id, or `org:` and an organisation) is invited to. */
    /** The meetings a unit is invited to, each with the body's names and whether the unit has answered. */
    meetingsInvitingUnit: (db: DbOrTx, unit: string) =>
      db
        .select({ meeting: meetings, answer: invitations.answer, nameHe: bodies.nameHe, nameEn: bodies.nameEn })
        .from(meetings)
        .innerJoin(invitations, eq(invitations.meetingId, meetings.id))
        .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
        .where(eq(invitations.unit, unit))
        .then((rows) => rows.map((r) => ({ ...r.meeting, answer: r.answer, body: { nameHe: r.nameHe, nameEn: r.nameEn } }))),
    meetingsOfBodies: (db: DbOrTx, bodyIds: readonly number[]) =>
      bodyIds.length === 0 ? Promise.resolve([]) : db.select().from(meetings).where(inArray(meetings.bodyId, [...bodyIds])).orderBy(desc(meetings.startsAt)),

    itemsOf: (db: DbOrTx, meetingId: number) => db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)),
    getItem: async (db: DbOrTx, id: number) => one(await db.select().from(agendaItems).where(eq(agendaItems.id, id))),
    itemsByIds: (db: DbOrTx, ids: readonly number[]) => (ids.length === 0 ? Promise.resolve([]) : db.select().from(agendaItems).where(inArray(agendaItems.id, [...ids]))),
    itemsForwardedFrom: (db: DbOrTx, ids: readonly number[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.select().from(agendaItems).where(inArray(agendaItems.forwardedFromItemId, [...ids])),
    itemsCitingDocument: (db: DbOrTx, documentId: string) =>
      db.select().from(agendaItems).where(sql`${agendaItems.documentIds} @> ${JSON.stringify([documentId])}::jsonb`),
    nextPosition: async (db: DbOrTx, meetingId: number) => Number((await db.select({ p: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)))[0]?.p ?? 0) + 1,
    insertItem: async (db: DbOrTx, row: typeof agendaItems.$inferInsert) => (await db.insert(agendaItems).values(row).returning())[0]!,
    updateItem: async (db: DbOrTx, id: number, patch: Partial<typeof agendaItems.$inferInsert>) => (await db.update(agendaItems).set(patch).where(eq(agendaItems.id, id)).returning())[0]!,

    invitationsOf: (db: DbOrTx, meetingId: number) => db.select().from(invitations).where(eq(invitations.meetingId, meetingId)).orderBy(asc(invitations.id)),
    insertInvitations: async (db: DbOrTx, rows: (typeof invitations.$inferInsert)[]) => (rows.length === 0 ? [] : db.insert(invitations).values(rows).returning()),
    updateInvitation: async (db: DbOrTx, id: number, patch: Partial<typeof invitations.$inferInsert>) => (await db.update(invitations).set(patch).where(eq(invitations.id, id)).returning())[0]!,

    attendanceOf: (db: DbOrTx, meetingId: number) => db.select().from(attendance).where(eq(attendance.meetingId, meetingId)).orderBy(asc(attendance.id)),
    insertAttendance: async (db: DbOrTx, row: typeof attendance.$inferInsert) => (await db.insert(attendance).values(row).returning())[0]!,
    getAttendance: async (db: DbOrTx, id: number) => one(await db.select().from(attendance).where(eq(attendance.id, id))),
    deleteAttendance: (db: DbOrTx, id: number) => db.delete(attendance).where(eq(attendance.id, id)),

    ballotsOfItems: (db: DbOrTx, itemIds: readonly number[]) => (itemIds.length === 0 ? Promise.resolve([]) : db.select().from(ballots).where(inArray(ballots.itemId, [...itemIds])).orderBy(asc(ballots.id))),
    /** Replaces an item's ballots with these. */
    async replaceBallots(db: DbOrTx, itemId: number, rows: Omit<typeof ballots.$inferInsert, 'itemId'>[]) {
      await db.delete(ballots).where(eq(ballots.itemId, itemId));
      if (rows.length > 0) await db.insert(ballots).values(rows.map((r) => ({ ...r, itemId })));
    },

    decisionsOfItems: (db: DbOrTx, itemIds: readonly number[]) =>
      itemIds.length === 0 ? Promise.resolve([]) : db.select().from(bodyDecisions).where(inArray(bodyDecisions.itemId, [...itemIds])),
    getDecision: async (db: DbOrTx, id: number) => one(await db.select().from(bodyDecisions).where(eq(bodyDecisions.id, id))),
    lockDecision: async (db: DbOrTx, id: number) => one(await db.select().from(bodyDecisions).where(eq(bodyDecisions.id, id)).for('update')),
    /** The next running number of a body's decisions in a year. */
    nextSerial: async (db: DbOrTx, bodyId: number, year: number) =>
      Number((await db.select({ s: max(bodyDecisions.serial) }).from(bodyDecisions).where(and(eq(bodyDecisions.bodyId, bodyId), eq(bodyDecisions.year, year))))[0]?.s ?? 0) + 1,
    insertDecision: async (db: DbOrTx, row: typeof bodyDecisions.$inferInsert) => (await db.insert(bodyDecisions).values(row).returning())[0]!,
    updateDecision: async (db: DbOrTx, id: number, patch: Partial<typeof bodyDecisions.$inferInsert>) => (await db.update(bodyDecisions).set(patch).where(eq(bodyDecisions.id, id)).returning())[0]!,
    /** The decisions of a cluster's bodies, or (null) of the programme's, with their meeting, item and body. */
    register: (db: DbOrTx, clusterSlug: string | null) =>
      db
        .select({ decision: bodyDecisions, meeting: meetings, item: agendaItems, body: bodies })
        .from(bodyDecisions)
        .innerJoin(meetings, eq(meetings.id, bodyDecisions.meetingId))
        .innerJoin(agendaItems, eq(agendaItems.id, bodyDecisions.itemId))
        .innerJoin(bodies, eq(bodies.id, bodyDecisions.bodyId))
        .where(clusterSlug === null ? sql`${bodies.clusterSlug} is null` : eq(bodies.clusterSlug, clusterSlug))
        .orderBy(desc(bodyDecisions.decidedOn), desc(bodyDecisions.id)),

    /** Passed decisions past their due day, still open or in progress, whose owners have not been told. */
    overdueUntold: (db: DbOrTx, today: string) =>
      db
        .select({ decision: bodyDecisions, item: agendaItems, body: bodies })
        .from(bodyDecisions)
        .innerJoin(agendaItems, eq(agendaItems.id, bodyDecisions.itemId))
        .innerJoin(bodies, eq(bodies.id, bodyDecisions.bodyId))
        .where(
          and(
            eq(bodyDecisions.outcome, 'passed'),
            inArray(bodyDecisions.status, ['open', 'in_progress']),
            lt(bodyDecisions.dueOn, today),
            isNull(bodyDecisions.overdueNotifiedOn),
          ),
        )
        .orderBy(asc(bodyDecisions.id))
        .for('update', { of: bodyDecisions, skipLocked: true }),

    getMinutes: async (db: DbOrTx, meetingId: number) => one(await db.select().from(minutes).where(eq(minutes.meetingId, meetingId))),
    minutesOf: (db: DbOrTx, meetingIds: readonly number[]) => (meetingIds.length === 0 ? Promise.resolve([]) : db.select().from(minutes).where(inArray(minutes.meetingId, [...meetingIds]))),
    upsertMinutes: async (db: DbOrTx, row: typeof minutes.$inferInsert) =>
      (await db.insert(minutes).values(row).onConflictDoUpdate({ target: minutes.meetingId, set: { ...row, updatedAt: new Date() } }).returning())[0]!,

    boardApprovalRequired: async (db: DbOrTx, clusterSlug: string) =>
      (await db.select({ r: clusterGovernance.boardApprovalRequired }).from(clusterGovernance).where(eq(clusterGovernance.clusterSlug, clusterSlug)))[0]?.r ?? false,
    setBoardApprovalRequired: (db: DbOrTx, clusterSlug: string, required: boolean) =>
      db
        .insert(clusterGovernance)
        .values({ clusterSlug, boardApprovalRequired: required })
        .onConflictDoUpdate({ target: clusterGovernance.clusterSlug, set: { boardApprovalRequired: required, updatedAt: new Date() } }),
  };
}
export type MeetingsRepo = ReturnType<typeof createMeetingsRepo>;
