import { votingSeatRoles, type SeatRole } from '@eshkol/contracts/governance';
import {
  meetingLimits,
  type AddItem, type Answer, type ApproveMinutes, type ForwardItem, type Item, type ItemLink, type MeetingAction, type MeetingDetail,
  type RecordAttendance, type RecordDecision, type ScheduleMeeting, type SetBallots, type Unit, type UpdateItem, type UpdateMeeting,
} from '@eshkol/contracts/meetings';
import { TallyError, tallyVote, type Tally, type TallyInput } from '@eshkol/engine';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael, instantOfIsraelWallClock, wallClockInIsrael } from '../../platform/calendar';
import { AppError, issue } from '../../platform/errors';
import type { Mailer } from '../../platform/mail';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersService } from '../clusters/clusters.service';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import { compositionOn, rulesOn } from './composition';
import { canAnswerFor, canManageBody, canReadBodyDetails } from './governance.policy';
import type { BodyRow, GovernanceRepo, SeatRow } from './governance.repo';
import { bodyAccess } from './body-access';
import type { ItemLinks, LinkPlace, LinkTarget } from './item-links';
import type { DocumentsModule } from '../documents/documents.module';
import { meetingCalendar } from './meeting-calendar';
import { decisionOf, meetingDay, summaryOf, unitKey, unitOf } from './meeting-views';
import { invitationMail, minutesDraft } from './meeting-texts';
import type { AttendanceRow, BallotRow, ItemRow, MeetingRow, MeetingsRepo } from './meetings.repo';

const minutesOfDay = 24 * 60 * 60_000;

export function createMeetingsService(deps: {
  db: Db;
  repo: MeetingsRepo;
  bodies: GovernanceRepo;
  membersOn: ClustersService['membersOn'];
  authorities: Pick<AuthoritiesRepo, 'names' | 'populations'>;
  notify: NotificationsRepo['notify'];
  mailer: Mailer;
  links: ItemLinks;
  documents: Pick<DocumentsModule, 'get' | 'names'>;
  clock: () => Date;
}) {
  const { db, repo } = deps;
  const now = () => deps.clock();

  const { targetOf, requireBody } = bodyAccess(deps);

  /**
   * The body on the meeting's day: its seats then, the voting units (member authorities with a
   * voting seat; in the programme's bodies, organisations with one), every unit seated, the
   * chair's unit, the rules in force and the units' names.
   */
  async function sittingOn(tx: DbOrTx, body: BodyRow, day: string) {
    const [seats, history] = await Promise.all([deps.bodies.seatsOf(tx, body.id), deps.bodies.rulesOf(tx, body.id)]);
    const membership = body.clusterSlug === null ? null : await deps.membersOn(tx, body.clusterSlug, day);
    const composition = compositionOn(seats, day, membership);
    const active = composition.seats.filter((s) => s.status === 'active');
    const voting =
      body.clusterSlug === null
        ? [...new Set(active.filter((s) => s.organisation !== null && votingSeatRoles.includes(s.role as SeatRole)).map((s) => unitKey(s)))]
        : composition.votingMemberIds;
    const seated = [...new Set(active.map((s) => unitKey(s)))];
    const chair = active.find((s) => s.role === 'chair');
    const authorityIds = active.flatMap((s) => (s.authorityId ? [s.authorityId] : []));
    const names = await deps.authorities.names(tx, authorityIds);
    const rules = rulesOn(history, day);
    const populations = rules?.rules.weights === 'population' ? await deps.authorities.populations(tx, voting) : new Map<string, number | null>();
    return { active, voting, seated, chairUnit: chair ? unitKey(chair) : null, rules, names, populations };
  }
  type Sitting = Awaited<ReturnType<typeof sittingOn>>;

  /** The tally of an item's ballots with the attendance now, by the body's rules on the day. */
  function tallyOf(sitting: Sitting, present: readonly AttendanceRow[], itemBallots: readonly { unit: string; vote: string }[]): Tally {
    if (!sitting.rules) throw new AppError('TALLY_UNUSABLE', undefined, undefined, { fault: 'no-rules' });
    const rules = sitting.rules.rules;
    const { populations } = sitting;
    const voting = new Set(sitting.voting);
    const input: TallyInput = {
      rules,
      members: sitting.voting.map((authorityId) => ({ authorityId, population: populations.get(authorityId) ?? null })),
      chairAuthorityId: sitting.chairUnit !== null && voting.has(sitting.chairUnit) ? sitting.chairUnit : null,
      attendance: present.filter((a) => voting.has(a.unit) && votingSeatRoles.includes(a.role as SeatRole)).map((a) => ({ person: String(a.id), authorityId: a.unit })),
      ballots: itemBallots.map((b) => ({ authorityId: b.unit, vote: b.vote as 'for' | 'against' | 'abstain' })),
    };
    try {
      return tallyVote(input);
    } catch (e) {
      if (e instanceof TallyError) throw new AppError('TALLY_UNUSABLE', undefined, undefined, { fault: e.fault });
      throw e;
    }
  }
  /** The tally for a page, where rules that cannot be tallied show no figure rather than refuse the read. */
  function tallyOrNull(...args: Parameters<typeof tallyOf>): Tally | null {
    try {
      return tallyOf(...args);
    } catch {
      return null;
    }
  }

  async function requireMeeting(tx: DbOrTx, id: number, lock = false) {
    const meeting = lock ? await repo.lockMeeting(tx, id) : await repo.getMeeting(tx, id);
    if (!meeting) throw new AppError('MEETING_NOT_FOUND');
    return meeting;
  }

  /** The meeting, held, with its body, once the reader may run it. */
  async function managedMeeting(tx: DbOrTx, id: number, actor: Actor) {
    const meeting = await requireMeeting(tx, id, true);
    const body = await requireBody(tx, meeting.bodyId);
    if (!canManageBody(actor, await targetOf(tx, body))) throw new AppError('FORBIDDEN');
    return { meeting, body };
  }

  /** Attendance, votes, decisions and the agenda change only while the meeting is open. */
  function requireOpen(meeting: MeetingRow) {
    if (meeting.status !== 'scheduled') throw new AppError('MEETING_CLOSED');
  }

  async function managedItem(tx: DbOrTx, itemId: number, actor: Actor) {
    const item = await repo.getItem(tx, itemId);
    if (!item) throw new AppError('ITEM_NOT_FOUND');
    return { item, ...(await managedMeeting(tx, item.meetingId, actor)) };
  }

  /** Whether the reader sees the meeting: those who read the body's details, and anyone once it is marked public. */
  async function readable(tx: DbOrTx, meeting: MeetingRow, body: BodyRow, actor: Actor | null) {
    return meeting.isPublic || canReadBodyDetails(actor, await targetOf(tx, body));
  }

  /** A document attached to an agenda item is read by whoever may read one of the meetings it is attached to. */
  async function mayReadDocument(tx: DbOrTx, actor: Actor, documentId: string) {
    for (const item of await repo.itemsCitingDocument(tx, documentId)) {
      const meeting = (await repo.getMeeting(tx, item.meetingId))!;
      if (await readable(tx, meeting, await requireBody(tx, meeting.bodyId), actor)) return true;
    }
    return false;
  }

  async function listMeetings(bodyId: number, actor: Actor | null) {
    const body = await requireBody(db, bodyId);
    const target = await targetOf(db, body);
    const details = canReadBodyDetails(actor, target);
    const rows = (await repo.meetingsOf(db, bodyId)).filter((m) => details || m.isPublic);
    const minutes = new Map((await repo.minutesOf(db, rows.map((m) => m.id))).map((x) => [x.meetingId, x.status as 'draft' | 'approved']));
    return { items: rows.map((m) => summaryOf(m, body, minutes.get(m.id) ?? 'none')), actions: canManageBody(actor, target) ? ['schedule' as const] : [] };
  }

  async function getMeeting(id: number, actor: Actor | null, tx: DbOrTx = db): Promise<MeetingDetail> {
    const meeting = await requireMeeting(tx, id);
    const body = await requireBody(tx, meeting.bodyId);
    const target = await targetOf(tx, body);
    if (!(meeting.isPublic || canReadBodyDetails(actor, target))) throw new AppError('MEETING_NOT_FOUND');
    const day = meetingDay(meeting);
    const today = dayInIsrael(now());
    const [sitting, items, invites, present, minutes] = await Promise.all([
      sittingOn(tx, body, day),
      repo.itemsOf(tx, id),
      repo.invitationsOf(tx, id),
      repo.attendanceOf(tx, id),
      repo.getMinutes(tx, id),
    ]);
    const itemIds = items.map((i) => i.id);
    const [allBallots, itemDecisions, forwardedTo, forwardedFrom] = await Promise.all([
      repo.ballotsOfItems(tx, itemIds),
      repo.decisionsOfItems(tx, itemIds),
      repo.itemsForwardedFrom(tx, itemIds),
      repo.itemsByIds(tx, items.flatMap((i) => (i.forwardedFromItemId ? [i.forwardedFromItemId] : []))),
    ]);
    const trailMeetings = new Map<number, MeetingRow>();
    for (const i of [...forwardedTo, ...forwardedFrom]) {
      if (!trailMeetings.has(i.meetingId)) trailMeetings.set(i.meetingId, (await repo.getMeeting(tx, i.meetingId))!);
    }
    const trailBodies = new Map<number, BodyRow>();
    for (const m of trailMeetings.values()) if (!trailBodies.has(m.bodyId)) trailBodies.set(m.bodyId, (await deps.bodies.getBody(tx, m.bodyId))!);
    const fromDecisions = await repo.decisionsOfItems(tx, forwardedFrom.map((i) => i.id));
    const extraIds = [
      ...new Set([
        ...[...invites, ...present, ...allBallots].flatMap((x) => (x.authorityId ? [x.authorityId] : [])),
        ...[...itemDecisions, ...fromDecisions].flatMap((d) => (d.ownerAuthorityId ? [d.ownerAuthorityId] : [])),
      ]),
    ];
    const names = new Map([...sitting.names, ...(await deps.authorities.names(tx, extraIds))]);
    const documentNames = await deps.documents.names(tx, [...new Set(items.flatMap((i) => i.documentIds))]);
    const places = new Map(await Promise.all(items.map(async (i) => [i.id, i.link ? await linkTarget(tx, i.link) : null] as const)));
    const manage = canManageBody(actor, target);
    // Items are forwarded within a cluster, so the trail's decisions are followed up by the same managers.
    const view = { today, names, manage };
    const unit = (key: string) => unitOf(key, names);
    const voting = new Set(sitting.voting);

    const trail = (i: ItemRow) => {
      const m = trailMeetings.get(i.meetingId)!;
      const b = trailBodies.get(m.bodyId)!;
      return { itemId: i.id, meetingId: m.id, bodyId: b.id, body: { nameHe: b.nameHe, nameEn: b.nameEn } };
    };

    const itemViews: Item[] = [];
    for (const i of items) {
      const ballots = allBallots.filter((b) => b.itemId === i.id);
      const decision = itemDecisions.find((d) => d.itemId === i.id);
      const from = i.forwardedFromItemId ? forwardedFrom.find((f) => f.id === i.forwardedFromItemId) : undefined;
      const fromDecision = from ? fromDecisions.find((d) => d.itemId === from.id) : undefined;
      let tally: Tally | null = null;
      if (decision) tally = decision.tally;
      else if (i.needsDecision) tally = tallyOrNull(sitting, present, ballots);
      itemViews.push({
        id: i.id,
        position: i.position,
        title: i.title,
        presenter: i.presenter,
        description: i.description,
        needsDecision: i.needsDecision,
        link: i.link ?? null,
        linked: placeOf(places.get(i.id) ?? null),
        documentIds: i.documentIds,
        documents: i.documentIds.flatMap((id) => (documentNames.has(id) ? [{ id, fileName: documentNames.get(id)! }] : [])),
        ballots: ballots.map((b) => ({ ...unit(b.unit), vote: b.vote as 'for' | 'against' | 'abstain' })),
        tally,
        decision: decision ? decisionOf(decision, meeting, i, body, view) : null,
        forwardedFrom: from
          ? {
              ...trail(from),
              decision: fromDecision ? decisionOf(fromDecision, trailMeetings.get(from.meetingId)!, from, trailBodies.get(trailMeetings.get(from.meetingId)!.bodyId)!, view) : null,
            }
          : null,
        forwardedTo: forwardedTo.filter((f) => f.forwardedFromItemId === i.id).map(trail),
      });
    }

    let quorum: MeetingDetail['quorum'] = null;
    if (sitting.rules && sitting.voting.length > 0) quorum = tallyOrNull(sitting, present, [])?.quorum ?? null;
    const open = meeting.status === 'scheduled';
    const mineUnits = new Set(invites.filter((inv) => actor !== null && canAnswerFor(actor, target, inv.unit)).map((inv) => inv.unit));
    const actions: MeetingAction[] = [];
    if (manage && open) actions.push('manage', 'record', 'close');
    if (open && mineUnits.size > 0) actions.push('answer');
    if (manage && meeting.status === 'closed' && minutes?.status !== 'approved') actions.push('minutes');
    if (manage && minutes?.status === 'draft') actions.push('approveMinutes');
    const details = canReadBodyDetails(actor, target);

    return {
      ...summaryOf(meeting, body, minutes ? (minutes.status as 'draft' | 'approved') : 'none'),
      actions,
      members: sitting.voting.map(unit),
      rules: sitting.rules ? { id: sitting.rules.id, validFrom: sitting.rules.validFrom, rules: sitting.rules.rules, note: sitting.rules.note } : null,
      items: itemViews,
      invitations: invites.map((inv) => ({
        unit: unit(inv.unit),
        answer: (inv.answer as 'attending' | 'alternate' | 'excused' | null) ?? null,
        alternateName: inv.alternateName,
        note: details ? inv.note : '',
        answeredAt: inv.answeredAt?.toISOString() ?? null,
        mine: open && mineUnits.has(inv.unit),
      })),
      attendance: present.map((a) => ({
        id: a.id,
        seatId: a.seatId,
        personName: a.personName,
        title: a.title,
        role: a.role as SeatRole,
        unit: unit(a.unit),
        counts: voting.has(a.unit) && votingSeatRoles.includes(a.role as SeatRole),
      })),
      quorum,
      minutes:
        minutes && (details || minutes.status === 'approved')
          ? {
              status: minutes.status as 'draft' | 'approved',
              text: minutes.text,
              approvedBy: (minutes.approvedBy as 'chair' | 'vote' | null) ?? null,
              approvedOn: minutes.approvedOn,
              approvalDecisionId: minutes.approvalDecisionId,
            }
          : null,
    };
  }

  /** The invitation's calendar event; `sequence` grows with each change of the time or place. */
  function calendarOf(meeting: MeetingRow, body: BodyRow, items: readonly string[], sequence: number) {
    const end = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
    return meetingCalendar({
      uid: `meeting-${meeting.id}@eshkol`,
      startsAtLocal: wallClockInIsrael(meeting.startsAt),
      endsAtLocal: wallClockInIsrael(end),
      stampedAt: now(),
      summary: body.nameHe,
      location: meeting.place,
      url: meeting.onlineUrl,
      description: items.map((t, i) => `${i + 1}. ${t}`).join('\n'),
      sequence,
      cancelled: meeting.status === 'cancelled',
    });
  }

  function checkWhen(startsAt: Date) {
    if (startsAt.getTime() <= now().getTime()) throw new AppError('MEETING_IN_PAST', [issue('startsAt', 'custom', 'the time has passed')]);
    if (startsAt.getTime() > now().getTime() + meetingLimits.ahead * minutesOfDay) throw new AppError('MEETING_TOO_FAR', [issue('startsAt', 'custom', 'too far ahead')]);
  }

  /** Invites every unit seated on the meeting's day, mails every holder with an address, and tells the authorities' representatives. */
  async function invite(tx: DbOrTx, meeting: MeetingRow, body: BodyRow, sitting: Sitting) {
    await repo.insertInvitations(
      tx,
      sitting.seated.map((key) => ({ meetingId: meeting.id, unit: key, authorityId: key.startsWith('org:') ? null : key, organisation: key.startsWith('org:') ? key.slice(4) : null })),
    );
    const text = invitationMail({ bodyName: body.nameHe, startsAt: meeting.startsAt, place: meeting.place, onlineUrl: meeting.onlineUrl, items: [], link: `/meetings/${meeting.id}` });
    const calendar = calendarOf(meeting, body, [], 0);
    const addresses = [...new Set(sitting.active.flatMap((s: SeatRow) => (s.email ? [s.email] : [])))];
    await deps.mailer.queue(tx, addresses.map((to) => ({ to, subject: text.subject, text: text.text, calendar, meetingId: meeting.id })));
    for (const authorityId of new Set(sitting.active.flatMap((s) => (s.authorityId ? [s.authorityId] : [])))) {
      await deps.notify(tx, { kind: 'meeting_invitation', role: 'authority_rep', authorityId, link: `/meetings/${meeting.id}`, params: { body: body.nameHe } });
    }
  }

  async function schedule(bodyId: number, input: ScheduleMeeting, actor: Actor) {
    const id = await db.transaction(async (tx) => {
      const body = await deps.bodies.lockBody(tx, bodyId);
      if (!body) throw new AppError('BODY_NOT_FOUND');
      if (!canManageBody(actor, await targetOf(tx, body))) throw new AppError('FORBIDDEN');
      const startsAt = instantOfIsraelWallClock(input.startsAt);
      checkWhen(startsAt);
      const meeting = await repo.insertMeeting(tx, {
        bodyId,
        startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        onlineUrl: input.onlineUrl,
        isPublic: input.public,
        createdBy: actor.userId,
      });
      await invite(tx, meeting, body, await sittingOn(tx, body, meetingDay(meeting)));
      await writeAudit(tx, actor, { action: 'meeting.schedule', entityType: 'meeting', entityId: String(meeting.id), after: { ...meetingRecord(meeting), bodyName: body.nameHe } });
      return meeting.id;
    });
    void deps.mailer.deliver();
    return getMeeting(id, actor);
  }

  const meetingRecord = ({ createdAt: _c, ...m }: MeetingRow) => ({ ...m, startsAt: m.startsAt.toISOString(), closedAt: m.closedAt?.toISOString() ?? null });

  async function updateMeeting(id: number, patch: UpdateMeeting, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, id, actor);
      requireOpen(meeting);
      const startsAt = patch.startsAt === undefined ? meeting.startsAt : instantOfIsraelWallClock(patch.startsAt);
      if (patch.startsAt !== undefined) checkWhen(startsAt);
      const after = await repo.updateMeeting(tx, id, {
        startsAt,
        durationMinutes: patch.durationMinutes ?? meeting.durationMinutes,
        place: patch.place ?? meeting.place,
        onlineUrl: patch.onlineUrl === undefined ? meeting.onlineUrl : patch.onlineUrl,
        isPublic: patch.public ?? meeting.isPublic,
      });
      if (after.startsAt.getTime() !== meeting.startsAt.getTime() || after.place !== meeting.place || after.onlineUrl !== meeting.onlineUrl) {
        const sitting = await sittingOn(tx, body, meetingDay(after));
        const items = (await repo.itemsOf(tx, id)).map((i) => i.title);
        const text = invitationMail({ bodyName: body.nameHe, startsAt: after.startsAt, place: after.place, onlineUrl: after.onlineUrl, items, link: `/meetings/${id}` });
        const calendar = calendarOf(after, body, items, 1);
        const addresses = [...new Set(sitting.active.flatMap((s) => (s.email ? [s.email] : [])))];
        await deps.mailer.queue(tx, addresses.map((to) => ({ to, subject: text.subject, text: text.text, calendar, meetingId: id })));
      }
      await writeAudit(tx, actor, { action: 'meeting.update', entityType: 'meeting', entityId: String(id), before: meetingRecord(meeting), after: { ...meetingRecord(after), bodyName: body.nameHe } });
    });
    void deps.mailer.deliver();
    return getMeeting(id, actor);
  }

  async function calendar(id: number, actor: Actor | null) {
    const meeting = await requireMeeting(db, id);
    const body = await requireBody(db, meeting.bodyId);
    if (!(await readable(db, meeting, body, actor))) throw new AppError('MEETING_NOT_FOUND');
    return calendarOf(meeting, body, (await repo.itemsOf(db, id)).map((i) => i.title), 0);
  }

  /** Where a decision leads: its meeting, in its body's cluster. */
  const decisionTarget: LinkTarget = async (tx, id) => {
    const d = await repo.getDecision(tx, id);
    const body = d ? await deps.bodies.getBody(tx, d.bodyId) : null;
    return d && body ? { clusterSlug: body.clusterSlug, serviceId: null, meetingId: d.meetingId } : null;
  };
  const placeOf = (p: LinkPlace | null) => (p ? { serviceId: p.serviceId, meetingId: p.meetingId } : null);
  const linkTarget = (tx: DbOrTx, link: ItemLink) => (link.kind === 'decision' ? decisionTarget(tx, link.id) : deps.links.resolve(tx, link));

  /**
   * What an item is about must exist and, in a cluster's body, be the cluster's own; its documents
   * must exist and be the cluster's (or the uploader's own).
   */
  async function checkItemRefs(tx: DbOrTx, body: BodyRow, actor: Actor, refs: { link?: ItemLink | null; documentIds?: readonly string[] }) {
    if (refs.link) {
      const target = await linkTarget(tx, refs.link);
      if (!target) throw new AppError('ITEM_LINK_NOT_FOUND', [issue('link', 'invalid_value', `no such ${refs.link.kind}`)]);
      if (body.clusterSlug !== null && target.clusterSlug !== body.clusterSlug) throw new AppError('ITEM_LINK_SCOPE', [issue('link', 'invalid_value', 'of another cluster')]);
    }
    for (const [i, id] of (refs.documentIds ?? []).entries()) {
      const doc = await deps.documents.get(tx, id);
      const own = doc !== null && (doc.uploadedBy === actor.userId || (body.clusterSlug !== null && doc.clusterSlug === body.clusterSlug));
      if (!own) throw new AppError('DOCUMENT_NOT_FOUND', [issue(`documentIds.${i}`, 'invalid_value', 'no such document of the cluster')]);
    }
  }

  const itemRecord = ({ createdAt: _c, ...i }: ItemRow, body: BodyRow) => ({ ...i, bodyName: body.nameHe });

  async function addItem(meetingId: number, input: AddItem, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, meetingId, actor);
      requireOpen(meeting);
      if ((await repo.itemsOf(tx, meetingId)).length >= meetingLimits.items) throw new AppError('VALIDATION_FAILED', [issue('items', 'too_big', 'too many items', { maximum: meetingLimits.items })]);
      await checkItemRefs(tx, body, actor, input);
      const item = await repo.insertItem(tx, { meetingId, position: await repo.nextPosition(tx, meetingId), ...input });
      await writeAudit(tx, actor, { action: 'agenda_item.add', entityType: 'agenda_item', entityId: String(item.id), after: itemRecord(item, body) });
    });
    return getMeeting(meetingId, actor);
  }

  async function updateItem(itemId: number, patch: UpdateItem, actor: Actor) {
    const meetingId = await db.transaction(async (tx) => {
      const { item, meeting, body } = await managedItem(tx, itemId, actor);
      requireOpen(meeting);
      await checkItemRefs(tx, body, actor, patch);
      if (patch.needsDecision === false && (await repo.ballotsOfItems(tx, [itemId])).length > 0) throw new AppError('ITEM_NO_VOTE');
      const after = await repo.updateItem(tx, itemId, patch);
      await writeAudit(tx, actor, { action: 'agenda_item.update', entityType: 'agenda_item', entityId: String(itemId), before: itemRecord(item, body), after: itemRecord(after, body) });
      return meeting.id;
    });
    return getMeeting(meetingId, actor);
  }

  /** A representative answers for their authority; the meeting's managers record any unit's answer. */
  async function answer(meetingId: number, input: Answer, actor: Actor) {
    await db.transaction(async (tx) => {
      const meeting = await requireMeeting(tx, meetingId, true);
      const body = await requireBody(tx, meeting.bodyId);
      const target = await targetOf(tx, body);
      const key = unitKey(input);
      if (!canAnswerFor(actor, target, key)) throw new AppError('FORBIDDEN');
      requireOpen(meeting);
      const invitation = (await repo.invitationsOf(tx, meetingId)).find((i) => i.unit === key);
      if (!invitation) throw new AppError('MEETING_NOT_INVITED', [issue('authorityId', 'custom', 'not invited')]);
      const after = await repo.updateInvitation(tx, invitation.id, { answer: input.answer, alternateName: input.alternateName, note: input.note, answeredBy: actor.userId, answeredAt: now() });
      await writeAudit(tx, actor, {
        action: 'meeting.answer',
        entityType: 'meeting',
        entityId: String(meetingId),
        before: { unit: invitation.unit, answer: invitation.answer, alternateName: invitation.alternateName },
        after: { unit: after.unit, authorityId: after.authorityId, organisation: after.organisation, answer: after.answer, alternateName: after.alternateName, bodyName: body.nameHe },
      });
    });
    return getMeeting(meetingId, actor);
  }

  async function recordAttendance(meetingId: number, input: RecordAttendance, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, meetingId, actor);
      requireOpen(meeting);
      const present = await repo.attendanceOf(tx, meetingId);
      if (present.length >= meetingLimits.attendance) throw new AppError('VALIDATION_FAILED', [issue('attendance', 'too_big', 'too many present', { maximum: meetingLimits.attendance })]);
      let row;
      if ('seatId' in input) {
        const sitting = await sittingOn(tx, body, meetingDay(meeting));
        const seat = sitting.active.find((s) => s.id === input.seatId);
        if (!seat) throw new AppError('ATTENDANCE_NOT_SEATED', [issue('seatId', 'custom', 'not an active seat of the body on the day')]);
        if (present.some((a) => a.seatId === seat.id)) throw new AppError('ATTENDANCE_TWICE');
        row = { seatId: seat.id, personName: seat.personName, title: seat.title, role: seat.role, unit: unitKey(seat), authorityId: seat.authorityId, organisation: seat.organisation };
      } else {
        const key = unitKey(input);
        const invited = (await repo.invitationsOf(tx, meetingId)).some((i) => i.unit === key);
        if (!invited) throw new AppError('MEETING_NOT_INVITED', [issue('authorityId', 'custom', 'not invited')]);
        row = { seatId: null, personName: input.personName, title: input.title, role: input.role, unit: key, authorityId: input.authorityId, organisation: input.organisation };
      }
      const added = await repo.insertAttendance(tx, { meetingId, ...row, recordedBy: actor.userId });
      await writeAudit(tx, actor, { action: 'meeting.attend', entityType: 'meeting', entityId: String(meetingId), after: { ...row, attendanceId: added.id, bodyName: body.nameHe } });
    });
    return getMeeting(meetingId, actor);
  }

  async function removeAttendance(meetingId: number, attendanceId: number, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, meetingId, actor);
      requireOpen(meeting);
      const row = await repo.getAttendance(tx, attendanceId);
      if (!row || row.meetingId !== meetingId) throw new AppError('ATTENDANCE_NOT_FOUND');
      await repo.deleteAttendance(tx, attendanceId);
      const { recordedAt: _r, ...record } = row;
      await writeAudit(tx, actor, { action: 'meeting.unattend', entityType: 'meeting', entityId: String(meetingId), before: { ...record, bodyName: body.nameHe } });
    });
    return getMeeting(meetingId, actor);
  }

  /** An item of an open meeting still to be decided, with the body on the meeting's day and who is present. */
  async function undecidedItem(tx: DbOrTx, itemId: number, actor: Actor) {
    const { item, meeting, body } = await managedItem(tx, itemId, actor);
    requireOpen(meeting);
    if (!item.needsDecision) throw new AppError('ITEM_NO_VOTE');
    if ((await repo.decisionsOfItems(tx, [itemId])).length > 0) throw new AppError('DECISION_EXISTS');
    const [sitting, present] = await Promise.all([sittingOn(tx, body, meetingDay(meeting)), repo.attendanceOf(tx, meeting.id)]);
    return { item, meeting, body, sitting, present };
  }

  /** Each unit's vote on an item, all of them at once; refused whole when one is not a present voting member's, or a unit votes twice. */
  async function setBallots(itemId: number, input: SetBallots, actor: Actor) {
    const meetingId = await db.transaction(async (tx) => {
      const { item, meeting, body, sitting, present } = await undecidedItem(tx, itemId, actor);
      const voting = new Set(sitting.voting);
      const here = new Set(present.filter((a) => votingSeatRoles.includes(a.role as SeatRole)).map((a) => a.unit));
      const seen = new Set<string>();
      input.ballots.forEach((b, i) => {
        const key = unitKey(b);
        const params = { unit: key };
        if (!voting.has(key)) throw new AppError('BALLOT_NOT_MEMBER', [issue(`ballots.${i}.authorityId`, 'custom', 'not a voting member', params)], undefined, params);
        if (!here.has(key)) throw new AppError('BALLOT_NOT_PRESENT', [issue(`ballots.${i}.authorityId`, 'custom', 'nobody present for it', params)], undefined, params);
        if (seen.has(key)) throw new AppError('BALLOT_TWICE', [issue(`ballots.${i}.authorityId`, 'custom', 'voted twice', params)], undefined, params);
        seen.add(key);
      });
      const rows = input.ballots.map((b) => ({ unit: unitKey(b), authorityId: b.authorityId, organisation: b.organisation, vote: b.vote }));
      const tally = tallyOf(sitting, present, rows);
      const before = await repo.ballotsOfItems(tx, [itemId]);
      await repo.replaceBallots(tx, itemId, rows);
      await writeAudit(tx, actor, {
        action: 'agenda_item.vote',
        entityType: 'agenda_item',
        entityId: String(itemId),
        before: { ballots: before.map((b: BallotRow) => ({ unit: b.unit, vote: b.vote })) },
        after: { ballots: rows.map((b) => ({ unit: b.unit, vote: b.vote })), outcome: tally.outcome, itemTitle: item.title, bodyName: body.nameHe },
      });
      return meeting.id;
    });
    return getMeeting(meetingId, actor);
  }

  /** The decision on an item, by the tally of its votes now: needs a quorum, and is taken once. */
  async function recordDecision(itemId: number, input: RecordDecision, actor: Actor) {
    const meetingId = await db.transaction(async (tx) => {
      const { item, meeting, body, sitting, present } = await undecidedItem(tx, itemId, actor);
      const tally = tallyOf(sitting, present, await repo.ballotsOfItems(tx, [itemId]));
      if (tally.outcome === 'no-quorum') throw new AppError('DECISION_NO_QUORUM');
      const decidedOn = dayInIsrael(now());
      const year = Number(decidedOn.slice(0, 4));
      if (input.ownerAuthorityId !== null) {
        const members = body.clusterSlug === null ? new Set<string>() : (await deps.membersOn(tx, body.clusterSlug, decidedOn)).members;
        if (!members.has(input.ownerAuthorityId)) throw new AppError('DECISION_OWNER_NOT_MEMBER', [issue('ownerAuthorityId', 'custom', 'not a member authority of the cluster that day')]);
      }
      const decision = await repo.insertDecision(tx, {
        itemId,
        meetingId: meeting.id,
        bodyId: body.id,
        year,
        serial: await repo.nextSerial(tx, body.id, year),
        text: input.text,
        owner: input.owner,
        ownerAuthorityId: input.ownerAuthorityId,
        dueOn: input.dueOn,
        outcome: tally.outcome,
        tally,
        decidedOn,
        createdBy: actor.userId,
      });
      await writeAudit(tx, actor, {
        action: 'body_decision.record',
        entityType: 'body_decision',
        entityId: String(decision.id),
        after: {
          number: `${decision.year}/${decision.serial}`,
          text: decision.text,
          owner: decision.owner,
          ownerAuthorityId: decision.ownerAuthorityId,
          dueOn: decision.dueOn,
          outcome: decision.outcome,
          itemTitle: item.title,
          bodyName: body.nameHe,
        },
      });
      if (decision.ownerAuthorityId !== null && decision.outcome === 'passed') {
        await deps.notify(tx, {
          kind: 'decision_assigned',
          role: 'authority_rep',
          authorityId: decision.ownerAuthorityId,
          link: `/meetings/${meeting.id}`,
          params: { body: body.nameHe, number: `${decision.year}/${decision.serial}`, item: item.title },
        });
      }
      return meeting.id;
    });
    return getMeeting(meetingId, actor);
  }

  /** Closes the meeting: its attendance, votes and decisions no longer change. */
  async function close(meetingId: number, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, meetingId, actor);
      requireOpen(meeting);
      const after = await repo.updateMeeting(tx, meetingId, { status: 'closed', closedAt: now() });
      await writeAudit(tx, actor, { action: 'meeting.close', entityType: 'meeting', entityId: String(meetingId), before: { status: meeting.status }, after: { status: after.status, bodyName: body.nameHe } });
    });
    return getMeeting(meetingId, actor);
  }

  /**
   * Forwards an item with its decision to another body of the same cluster: a new item on that
   * body's next scheduled meeting, naming where it came from.
   */
  async function forwardItem(itemId: number, input: ForwardItem, actor: Actor) {
    const meetingId = await db.transaction(async (tx) => {
      const { item, meeting, body } = await managedItem(tx, itemId, actor);
      const decision = (await repo.decisionsOfItems(tx, [itemId]))[0];
      if (!decision) throw new AppError('ITEM_NOT_DECIDED');
      const to = await requireBody(tx, input.toBodyId);
      if (to.id === body.id || to.clusterSlug === null || to.clusterSlug !== body.clusterSlug) throw new AppError('FORWARD_SCOPE_INVALID', [issue('toBodyId', 'custom', 'another body of the same cluster')]);
      const next = await repo.nextMeeting(tx, to.id, now());
      if (!next) throw new AppError('NO_NEXT_MEETING');
      await repo.lockMeeting(tx, next.id);
      const added = await repo.insertItem(tx, {
        meetingId: next.id,
        position: await repo.nextPosition(tx, next.id),
        title: item.title,
        presenter: body.nameHe,
        description: decision.text,
        needsDecision: true,
        link: item.link,
        documentIds: item.documentIds,
        forwardedFromItemId: item.id,
      });
      for (const authorityId of (await targetOf(tx, to)).memberIds) {
        await deps.notify(tx, { kind: 'item_forwarded', role: 'authority_rep', authorityId, link: `/meetings/${next.id}`, params: { item: item.title, from: body.nameHe, to: to.nameHe } });
      }
      await writeAudit(tx, actor, {
        action: 'agenda_item.forward',
        entityType: 'agenda_item',
        entityId: String(item.id),
        after: { itemTitle: item.title, fromBody: body.nameHe, toBody: to.nameHe, toMeetingId: next.id, newItemId: added.id },
      });
      return meeting.id;
    });
    return getMeeting(meetingId, actor);
  }

  /** The minutes' first draft from the meeting as recorded: after it closes, and until the minutes are approved. */
  async function generateMinutes(meetingId: number, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, meetingId, actor);
      if (meeting.status !== 'closed') throw new AppError('MEETING_NOT_CLOSED');
      const existing = await repo.getMinutes(tx, meetingId);
      if (existing?.status === 'approved') throw new AppError('MINUTES_APPROVED');
      const detail = await getMeeting(meetingId, actor, tx);
      const name = (u: Unit) => u.names.nameHe;
      const present = new Map<string, { unit: string; people: string[] }>();
      for (const a of detail.attendance) {
        const key = unitKey(a.unit);
        const entry = present.get(key) ?? { unit: name(a.unit), people: [] };
        entry.people.push(a.personName ? `${a.personName}${a.title ? `, ${a.title}` : ''}` : a.title);
        present.set(key, entry);
      }
      const text = minutesDraft({
        bodyName: body.nameHe,
        startsAt: meeting.startsAt,
        place: meeting.place,
        present: [...present.values()],
        absent: detail.members.filter((m) => !present.has(unitKey(m))).map(name),
        items: detail.items.map((i) => ({
          title: i.title,
          presenter: i.presenter,
          description: i.description,
          ballots: i.ballots.map((b) => ({ unit: name(b), vote: b.vote })),
          tally: i.tally,
          decision: i.decision ? { number: i.decision.number, text: i.decision.text, owner: [i.decision.owner, i.decision.ownerAuthority?.names.nameHe ?? ''].filter((x) => x !== '').join(', '), dueOn: i.decision.dueOn ? new Date(`${i.decision.dueOn}T12:00:00Z`) : null } : null,
        })),
      });
      await repo.upsertMinutes(tx, { meetingId, text, status: 'draft', approvedBy: null, approvalDecisionId: null, approvedOn: null });
      // The members read the draft before they approve it, by the chair or at the next meeting.
      if (!existing) {
        for (const authorityId of (await targetOf(tx, body)).memberIds) {
          await deps.notify(tx, { kind: 'minutes_to_approve', role: 'authority_rep', authorityId, link: `/meetings/${meetingId}`, params: { body: body.nameHe } });
        }
      }
      await writeAudit(tx, actor, { action: 'minutes.write', entityType: 'minutes', entityId: String(meetingId), before: existing ? { length: existing.text.length } : null, after: { generated: true, length: text.length, bodyName: body.nameHe } });
    });
    return getMeeting(meetingId, actor);
  }

  async function editMinutes(meetingId: number, text: string, actor: Actor) {
    await db.transaction(async (tx) => {
      const { body } = await managedMeeting(tx, meetingId, actor);
      const existing = await repo.getMinutes(tx, meetingId);
      if (!existing) throw new AppError('MINUTES_NONE');
      if (existing.status === 'approved') throw new AppError('MINUTES_APPROVED');
      await repo.upsertMinutes(tx, { ...existing, text });
      await writeAudit(tx, actor, { action: 'minutes.write', entityType: 'minutes', entityId: String(meetingId), before: { length: existing.text.length }, after: { generated: false, length: text.length, bodyName: body.nameHe } });
    });
    return getMeeting(meetingId, actor);
  }

  /** Approves and freezes the minutes: recorded for the chair, or by a decision passed at a later meeting of the same body. */
  async function approveMinutes(meetingId: number, input: ApproveMinutes, actor: Actor) {
    await db.transaction(async (tx) => {
      const { meeting, body } = await managedMeeting(tx, meetingId, actor);
      const existing = await repo.getMinutes(tx, meetingId);
      if (!existing) throw new AppError('MINUTES_NONE');
      if (existing.status === 'approved') throw new AppError('MINUTES_APPROVED');
      let decisionId: number | null = null;
      if (input.by === 'vote') {
        const decision = await repo.getDecision(tx, input.decisionId);
        const later = decision ? await repo.getMeeting(tx, decision.meetingId) : null;
        if (!decision || !later || decision.bodyId !== body.id || decision.outcome !== 'passed' || later.startsAt <= meeting.startsAt) {
          throw new AppError('APPROVAL_DECISION_INVALID', [issue('decisionId', 'custom', 'a passed decision of a later meeting of the body')]);
        }
        decisionId = decision.id;
      }
      const approvedOn = dayInIsrael(now());
      await repo.upsertMinutes(tx, { ...existing, status: 'approved', approvedBy: input.by, approvalDecisionId: decisionId, approvedOn });
      await writeAudit(tx, actor, { action: 'minutes.approve', entityType: 'minutes', entityId: String(meetingId), after: { by: input.by, decisionId, approvedOn, bodyName: body.nameHe } });
    });
    return getMeeting(meetingId, actor);
  }

  return {
    listMeetings, getMeeting, schedule, updateMeeting, calendar, addItem, updateItem, answer, recordAttendance, removeAttendance,
    setBallots, recordDecision, close, forwardItem, generateMinutes, editMinutes, approveMinutes, mayReadDocument,
  };
}
export type MeetingsService = ReturnType<typeof createMeetingsService>;
