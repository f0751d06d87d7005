import type { FollowUp } from '@eshkol/contracts/meetings';
import type { WorkItem } from '@eshkol/contracts/work';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import { AppError } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersService } from '../clusters/clusters.service';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import { bodyAccess } from './body-access';
import { canManageBody, canReadBodyDetails, type BodyTarget } from './governance.policy';
import type { GovernanceRepo } from './governance.repo';
import { decisionOf } from './meeting-views';
import type { MeetingRow, MeetingsRepo } from './meetings.repo';

/**
 * The bodies' decisions after their meetings: the registers, their follow-up, the cluster's
 * requirement of its board's approval (the submission gate), and what waits for each reader.
 */
export function createDecisionsService(deps: {
  db: Db;
  repo: MeetingsRepo;
  bodies: GovernanceRepo;
  membersOn: ClustersService['membersOn'];
  authorities: Pick<AuthoritiesRepo, 'names'>;
  notify: NotificationsRepo['notify'];
  clock: () => Date;
}) {
  const { db, repo } = deps;
  const now = () => deps.clock();
  const { targetOf, requireBody } = bodyAccess(deps);

  /** A decision's follow-up: its status moves after the meeting, by the body's managers. */
  async function followUp(decisionId: number, input: FollowUp, actor: Actor) {
    return db.transaction(async (tx) => {
      const decision = await repo.lockDecision(tx, decisionId);
      if (!decision) throw new AppError('DECISION_NOT_FOUND');
      const body = await requireBody(tx, decision.bodyId);
      const manage = canManageBody(actor, await targetOf(tx, body));
      if (!manage) throw new AppError('FORBIDDEN');
      const after = await repo.updateDecision(tx, decisionId, { status: input.status, statusNote: input.note });
      await writeAudit(tx, actor, {
        action: 'body_decision.follow_up',
        entityType: 'body_decision',
        entityId: String(decisionId),
        before: { status: decision.status, note: decision.statusNote },
        after: { status: after.status, note: after.statusNote, number: `${after.year}/${after.serial}`, bodyName: body.nameHe },
      });
      const meeting = (await repo.getMeeting(tx, after.meetingId))!;
      const names = await deps.authorities.names(tx, after.ownerAuthorityId ? [after.ownerAuthorityId] : []);
      return decisionOf(after, meeting, (await repo.getItem(tx, after.itemId))!, body, { today: dayInIsrael(now()), names, manage });
    });
  }

  /**
   * The decision register of a cluster (or, `null`, of the programme), as the reader may read it:
   * all of it for those who read the bodies' details, the public meetings' decisions for others.
   */
  async function register(clusterSlug: string | null, actor: Actor | null, filter: { status?: string; body?: number; q?: string; overdue?: boolean; service?: number } = {}) {
    const today = dayInIsrael(now());
    const rows = await repo.register(db, clusterSlug);
    const target: BodyTarget = clusterSlug === null ? { clusterSlug: null, memberIds: [] } : { clusterSlug, memberIds: [...(await deps.membersOn(db, clusterSlug, today)).members] };
    const details = canReadBodyDetails(actor, target);
    const readable = rows.filter((r) => details || r.meeting.isPublic);
    const names = await deps.authorities.names(db, [...new Set(readable.flatMap((r) => (r.decision.ownerAuthorityId ? [r.decision.ownerAuthorityId] : [])))]);
    // A register holds one cluster's bodies (or the programme's): one reader's rights hold for all of them.
    const view = { today, names, manage: canManageBody(actor, target) };
    const q = filter.q?.toLocaleLowerCase('he');
    const items = readable
      .map((r) => decisionOf(r.decision, r.meeting, r.item, r.body, view))
      .filter(
        (d) =>
          (filter.status === undefined || d.status === filter.status) &&
          (filter.body === undefined || d.bodyId === filter.body) &&
          (filter.overdue === undefined || d.overdue === filter.overdue) &&
          (filter.service === undefined || (d.link?.kind === 'service' && d.link.id === filter.service)) &&
          (q === undefined || `${d.text} ${d.itemTitle} ${d.owner} ${d.number}`.toLocaleLowerCase('he').includes(q)),
      );
    return { items };
  }

  /** Whether the cluster requires its board's approving decision before a submission, and whether the reader may change that. */
  async function clusterSettings(clusterSlug: string, actor: Actor | null) {
    const target: BodyTarget = { clusterSlug, memberIds: [...(await deps.membersOn(db, clusterSlug, dayInIsrael(now()))).members] };
    return { boardApprovalRequired: await repo.boardApprovalRequired(db, clusterSlug), actions: canManageBody(actor, target) ? ['manage' as const] : [] };
  }

  async function setClusterSettings(clusterSlug: string, input: { boardApprovalRequired: boolean }, actor: Actor) {
    await db.transaction(async (tx) => {
      const target: BodyTarget = { clusterSlug, memberIds: [] };
      if (!canManageBody(actor, target)) throw new AppError('FORBIDDEN');
      const before = await repo.boardApprovalRequired(tx, clusterSlug);
      await repo.setBoardApprovalRequired(tx, clusterSlug, input.boardApprovalRequired);
      await writeAudit(tx, actor, {
        action: 'cluster_governance.set',
        entityType: 'cluster_governance',
        entityId: clusterSlug,
        before: { clusterSlug, boardApprovalRequired: before },
        after: { clusterSlug, boardApprovalRequired: input.boardApprovalRequired },
      });
    });
    return clusterSettings(clusterSlug, actor);
  }

  /**
   * Tells the owners of passed decisions that have passed their due day, once each: the cluster's
   * staff (the ministry, for the programme's bodies) and the representatives of the authority that
   * carries it out. Returns how many decisions were told of.
   */
  async function remindOverdue() {
    const today = dayInIsrael(now());
    return db.transaction(async (tx) => {
      const rows = await repo.overdueUntold(tx, today);
      for (const { decision, item, body } of rows) {
        const message = { kind: 'decision_overdue' as const, link: body.clusterSlug === null ? '/governance/decisions?overdue=true' : `/clusters/${body.clusterSlug}/decisions?overdue=true`, params: { body: body.nameHe, number: `${decision.year}/${decision.serial}`, item: item.title } };
        if (body.clusterSlug === null) await deps.notify(tx, { ...message, role: 'ministry' });
        else await deps.notify(tx, { ...message, role: 'cluster_staff', clusterSlug: body.clusterSlug });
        if (decision.ownerAuthorityId !== null) await deps.notify(tx, { ...message, role: 'authority_rep', authorityId: decision.ownerAuthorityId });
        await repo.updateDecision(tx, decision.id, { overdueNotifiedOn: today });
      }
      return rows.length;
    });
  }

  /**
   * The board's approving decision of a service, for the submission gate: a passed decision of
   * the cluster's board on an item linked to the service. Null when the cluster does not require one.
   */
  async function boardApproval(tx: DbOrTx, clusterSlug: string, serviceId: number) {
    if (!(await repo.boardApprovalRequired(tx, clusterSlug))) return null;
    const rows = await repo.register(tx, clusterSlug);
    const approved = rows.some((r) => r.body.kind === 'board' && r.decision.outcome === 'passed' && r.decision.status !== 'cancelled' && r.item.link?.kind === 'service' && r.item.link.id === serviceId);
    return { met: approved };
  }

  /**
   * What waits for the reader in the bodies: for the national readers, the steering committee's
   * year; for a cluster's staff, their bodies' coming meetings and their open decisions; for a
   * representative, the coming meetings of the bodies their authority sits on, and whether it answered.
   */
  async function work(actor: Actor): Promise<WorkItem[]> {
    const at = now();
    const today = dayInIsrael(at);
    const upcoming = <M extends MeetingRow>(rows: readonly M[]) => rows.filter((m) => m.status === 'scheduled' && m.startsAt > at).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (canReadBodyDetails(actor, { clusterSlug: null, memberIds: [] })) {
      const steering = (await deps.bodies.listBodies(db, null)).find((b) => b.kind === 'steering_committee');
      if (!steering) return [];
      const rows = await repo.meetingsOf(db, steering.id);
      const held = rows.filter((m) => m.status === 'closed').sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
      const decisions = (await register(null, actor)).items.filter((d) => d.bodyId === steering.id && d.outcome === 'passed' && (d.status === 'open' || d.status === 'in_progress'));
      const next = upcoming(rows)[0];
      return [
        {
          kind: 'steering',
          bodyId: steering.id,
          metThisYear: held.some((m) => dayInIsrael(m.startsAt).slice(0, 4) === today.slice(0, 4)),
          lastMetAt: held[0]?.startsAt.toISOString() ?? null,
          nextMeeting: next ? { id: next.id, startsAt: next.startsAt.toISOString() } : null,
          openDecisions: decisions.length,
          overdueDecisions: decisions.filter((d) => d.overdue).length,
        },
      ];
    }
    if (actor.role === 'cluster_staff' && actor.clusterSlug) {
      const bodies = await deps.bodies.listBodies(db, actor.clusterSlug);
      const names = new Map(bodies.map((b) => [b.id, { nameHe: b.nameHe, nameEn: b.nameEn }]));
      const meetings = upcoming(await repo.meetingsOfBodies(db, bodies.map((b) => b.id))).slice(0, 5);
      const open = (await register(actor.clusterSlug, actor)).items.filter((d) => d.outcome === 'passed' && (d.status === 'open' || d.status === 'in_progress'));
      return [
        ...meetings.map((m) => ({ kind: 'meeting' as const, meetingId: m.id, body: names.get(m.bodyId)!, startsAt: m.startsAt.toISOString(), answer: false })),
        ...(open.length > 0 ? [{ kind: 'decisions' as const, clusterSlug: actor.clusterSlug, open: open.length, overdue: open.filter((d) => d.overdue).length }] : []),
      ];
    }
    if (actor.role === 'authority_rep' && actor.authorityId) {
      const invited = upcoming(await repo.meetingsInvitingUnit(db, actor.authorityId)).slice(0, 5);
      return invited.map((m) => ({ kind: 'meeting', meetingId: m.id, body: m.body, startsAt: m.startsAt.toISOString(), answer: m.answer === null }));
    }
    return [];
  }

  return { remindOverdue, work, clusterSettings, setClusterSettings, boardApproval, followUp, register };
}
export type DecisionsService = ReturnType<typeof createDecisionsService>;
