import {
  governanceLimits, isProgrammeBodyKind, onBehalfOfOne,
  type AddSeat, type BodyDetail, type BodyRules, type BodyKind, type CorrectSeat, type CreateBody, type EndSeat, type SetRules, type UpdateBody,
} from '@eshkol/contracts/governance';
import type { Domain } from '@eshkol/contracts/participation';
import { votingRulesFault } from '@eshkol/engine';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import { AppError, issue } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ClustersService } from '../clusters/clusters.service';
import type { UsersRepo } from '../users/users.repo';
import { compositionOn, rulesOn } from './composition';
import { bodyActions, canManageBody, canReadBodyDetails, type BodyTarget } from './governance.policy';
import type { BodyRow, GovernanceRepo, RulesRow, SeatRow } from './governance.repo';

type SeatFields = Omit<SeatRow, 'id' | 'bodyId' | 'createdAt'>;

const toSeatFields = (s: AddSeat): SeatFields => ({
  personName: s.personName,
  title: s.title,
  email: s.email,
  userId: s.userId,
  role: s.role,
  authorityId: s.authorityId,
  organisation: s.organisation,
  fromOn: s.from,
  toOn: s.to,
});
const rulesEntry = (r: RulesRow) => ({ id: r.id, validFrom: r.validFrom, rules: r.rules, note: r.note });
const bodyRecord = ({ createdAt: _c, ...b }: BodyRow) => b;
const seatRecord = ({ createdAt: _c, ...s }: SeatRow, body: BodyRow) => ({ ...s, bodyName: body.nameHe, clusterSlug: body.clusterSlug });

function checkRules(rules: BodyRules) {
  const fault = votingRulesFault(rules);
  if (fault) throw new AppError('RULES_INVALID', [issue('rules', 'custom', fault, { fault })], undefined, { fault });
}

export function createGovernanceService(deps: {
  db: Db;
  repo: GovernanceRepo;
  clusters: Pick<ClustersRepo, 'get'>;
  membersOn: ClustersService['membersOn'];
  authorities: Pick<AuthoritiesRepo, 'names'>;
  users: Pick<UsersRepo, 'displayNames'>;
  clock: () => Date;
}) {
  const { db, repo } = deps;
  const today = () => dayInIsrael(deps.clock());

  /** The body as the rules see it: its cluster and that cluster's members today. */
  async function targetOf(tx: DbOrTx, clusterSlug: string | null): Promise<BodyTarget> {
    if (clusterSlug === null) return { clusterSlug, memberIds: [] };
    return { clusterSlug, memberIds: [...(await deps.membersOn(tx, clusterSlug, today())).members] };
  }

  async function requireBody(tx: DbOrTx, id: number, lock = false) {
    const body = lock ? await repo.lockBody(tx, id) : await repo.getBody(tx, id);
    if (!body) throw new AppError('BODY_NOT_FOUND');
    return body;
  }

  async function requireCluster(tx: DbOrTx, slug: string) {
    const cluster = await deps.clusters.get(tx, slug);
    if (!cluster) throw new AppError('CLUSTER_NOT_FOUND');
    return cluster;
  }

  /** The body, held, once the reader may manage it. */
  async function managedBody(tx: DbOrTx, id: number, actor: Actor) {
    const body = await requireBody(tx, id, true);
    if (!canManageBody(actor, await targetOf(tx, body.clusterSlug))) throw new AppError('FORBIDDEN');
    return body;
  }

  /** The programme's bodies belong to no cluster, and every other body to one. */
  function checkScope(kind: BodyKind, clusterSlug: string | null) {
    if (isProgrammeBodyKind(kind) !== (clusterSlug === null)) throw new AppError('BODY_SCOPE_INVALID', [issue('clusterSlug', 'custom', 'the kind and the cluster disagree')]);
  }

  /** A professional forum has a domain, and no other body has one. */
  function checkDomain(kind: BodyKind, domain: Domain | null) {
    const forum = kind === 'professional_forum';
    if (forum !== (domain !== null)) throw new AppError('FORUM_DOMAIN_REQUIRED', [issue('domain', forum ? 'required' : 'custom', 'a domain for a professional forum only')]);
  }

  /** A seat's record holds: its term, on behalf of one, its authority a member when it starts, its account one that exists. */
  async function checkSeat(tx: DbOrTx, body: BodyRow, s: SeatFields) {
    if (s.toOn !== null && s.toOn < s.fromOn) throw new AppError('SEAT_TERM_INVALID', [issue('to', 'custom', 'the term ends before it starts')]);
    if (!onBehalfOfOne(s)) throw new AppError('VALIDATION_FAILED', [issue('authorityId', 'custom', 'a seat is on behalf of one authority or one organisation')]);
    if (s.authorityId !== null) {
      const members = body.clusterSlug === null ? new Set<string>() : (await deps.membersOn(tx, body.clusterSlug, s.fromOn)).members;
      if (!members.has(s.authorityId)) {
        const params = { authorityId: s.authorityId, on: s.fromOn };
        throw new AppError('SEAT_AUTHORITY_NOT_MEMBER', [issue('authorityId', 'not_cluster_member', 'not a member of the cluster on the first day of the term', params)], undefined, params);
      }
    }
    if (s.userId !== null && !(await deps.users.displayNames(tx, [s.userId])).has(s.userId)) throw new AppError('VALIDATION_FAILED', [issue('userId', 'invalid_value', 'no such account')]);
  }

  async function listBodies(clusterSlug: string | null, actor: Actor | null) {
    if (clusterSlug !== null) await requireCluster(db, clusterSlug);
    const target = await targetOf(db, clusterSlug);
    const rows = await repo.listBodies(db, clusterSlug);
    const actions = bodyActions(actor, target);
    return {
      items: rows.map((b) => ({ id: b.id, kind: b.kind as BodyKind, clusterSlug: b.clusterSlug, domain: b.domain as Domain | null, nameHe: b.nameHe, nameEn: b.nameEn, actions })),
      actions: actions.includes('manage') ? ['create' as const] : [],
    };
  }

  /** The body on a day (today in Israel by default), as the reader may see it. */
  async function getBody(id: number, on: string | undefined, actor: Actor | null): Promise<BodyDetail> {
    const day = on ?? today();
    const body = await requireBody(db, id);
    const [target, history, seats, cluster] = await Promise.all([
      targetOf(db, body.clusterSlug),
      repo.rulesOf(db, id),
      repo.seatsOf(db, id),
      body.clusterSlug === null ? null : deps.clusters.get(db, body.clusterSlug),
    ]);
    const membership = body.clusterSlug === null ? null : await deps.membersOn(db, body.clusterSlug, day);
    const composition = compositionOn(seats, day, membership);
    const names = await deps.authorities.names(db, [...seats.flatMap((s) => (s.authorityId ? [s.authorityId] : [])), ...composition.votingMemberIds]);
    const details = canReadBodyDetails(actor, target);
    const current = rulesOn(history, day);
    return {
      id: body.id,
      kind: body.kind as BodyKind,
      clusterSlug: body.clusterSlug,
      domain: body.domain as Domain | null,
      nameHe: body.nameHe,
      nameEn: body.nameEn,
      actions: bodyActions(actor, target),
      on: day,
      cluster: cluster ? { nameHe: cluster.nameHe ?? cluster.slug, nameEn: cluster.nameEn } : null,
      rules: current ? rulesEntry(current) : null,
      rulesHistory: history.map(rulesEntry),
      seats: composition.seats.map((s) => ({
        id: s.id,
        bodyId: s.bodyId,
        personName: s.personName,
        title: s.title,
        email: details ? s.email : null,
        userId: details ? s.userId : null,
        role: s.role as BodyDetail['seats'][number]['role'],
        authorityId: s.authorityId,
        authority: s.authorityId ? (names.get(s.authorityId) ?? null) : null,
        organisation: s.organisation,
        from: s.fromOn,
        to: s.toOn,
        status: s.status,
        lapsedOn: s.lapsedOn,
      })),
      votingMembers: composition.votingMemberIds.map((authorityId) => ({ authorityId, nameHe: names.get(authorityId)?.nameHe ?? authorityId, nameEn: names.get(authorityId)?.nameEn ?? null })),
    };
  }

  async function createBody(input: CreateBody, actor: Actor) {
    const id = await db.transaction(async (tx) => {
      checkScope(input.kind, input.clusterSlug);
      if (input.clusterSlug !== null) await requireCluster(tx, input.clusterSlug);
      if (!canManageBody(actor, await targetOf(tx, input.clusterSlug))) throw new AppError('FORBIDDEN');
      checkDomain(input.kind, input.domain);
      checkRules(input.rules);
      const body = await repo.insertBody(tx, { kind: input.kind, clusterSlug: input.clusterSlug, domain: input.domain, nameHe: input.nameHe, nameEn: input.nameEn });
      const rules = await repo.insertRules(tx, { bodyId: body.id, validFrom: input.rulesFrom, rules: input.rules, note: '', createdBy: actor.userId });
      await writeAudit(tx, actor, { action: 'body.create', entityType: 'body', entityId: String(body.id), after: { ...bodyRecord(body), rules: rulesEntry(rules) } });
      return body.id;
    });
    return getBody(id, undefined, actor);
  }

  async function updateBody(id: number, patch: UpdateBody, actor: Actor) {
    await db.transaction(async (tx) => {
      const before = await managedBody(tx, id, actor);
      checkDomain(before.kind as BodyKind, patch.domain === undefined ? (before.domain as Domain | null) : patch.domain);
      const after = await repo.updateBody(tx, id, patch);
      await writeAudit(tx, actor, { action: 'body.update', entityType: 'body', entityId: String(id), before: bodyRecord(before), after: bodyRecord(after) });
    });
    return getBody(id, undefined, actor);
  }

  /** New rules from a day on; a day before the latest rules' would rewrite what earlier votes were counted by. */
  async function setRules(id: number, input: SetRules, actor: Actor) {
    await db.transaction(async (tx) => {
      const body = await managedBody(tx, id, actor);
      checkRules(input.rules);
      const latest = (await repo.rulesOf(tx, id)).at(-1);
      if (latest && input.validFrom < latest.validFrom) {
        throw new AppError('RULES_BEFORE_CURRENT', [issue('validFrom', 'custom', 'before the latest rules', { latest: latest.validFrom })], undefined, { latest: latest.validFrom });
      }
      const row = await repo.insertRules(tx, { bodyId: id, validFrom: input.validFrom, rules: input.rules, note: input.note, createdBy: actor.userId });
      await writeAudit(tx, actor, {
        action: 'body.set_rules',
        entityType: 'body',
        entityId: String(id),
        before: latest ? rulesEntry(latest) : null,
        after: { ...rulesEntry(row), bodyName: body.nameHe },
      });
    });
    return getBody(id, undefined, actor);
  }

  async function addSeat(bodyId: number, input: AddSeat, actor: Actor) {
    await db.transaction(async (tx) => {
      const body = await managedBody(tx, bodyId, actor);
      const fields = toSeatFields(input);
      await checkSeat(tx, body, fields);
      if ((await repo.countOpenSeats(tx, bodyId)) >= governanceLimits.seats) {
        throw new AppError('VALIDATION_FAILED', [issue('seats', 'too_big', 'the body holds as many open seats as it may', { maximum: governanceLimits.seats })]);
      }
      const seat = await repo.insertSeat(tx, { ...fields, bodyId });
      await writeAudit(tx, actor, { action: 'seat.add', entityType: 'seat', entityId: String(seat.id), after: seatRecord(seat, body) });
    });
    return getBody(bodyId, undefined, actor);
  }

  /** The seat, held, with its body, once the reader may manage that body. */
  async function managedSeat(tx: DbOrTx, seatId: number, actor: Actor) {
    const seat = await repo.lockSeat(tx, seatId);
    if (!seat) throw new AppError('SEAT_NOT_FOUND');
    return { seat, body: await managedBody(tx, seat.bodyId, actor) };
  }

  /** Ends a running term on its last day. */
  async function endSeat(seatId: number, input: EndSeat, actor: Actor) {
    const bodyId = await db.transaction(async (tx) => {
      const { seat, body } = await managedSeat(tx, seatId, actor);
      if (seat.toOn !== null) throw new AppError('SEAT_ENDED');
      if (input.to < seat.fromOn) throw new AppError('SEAT_TERM_INVALID', [issue('to', 'custom', 'the term ends before it starts')]);
      const after = await repo.updateSeat(tx, seatId, { toOn: input.to });
      await writeAudit(tx, actor, { action: 'seat.end', entityType: 'seat', entityId: String(seatId), before: seatRecord(seat, body), after: seatRecord(after, body) });
      return body.id;
    });
    return getBody(bodyId, undefined, actor);
  }

  /** Corrects a seat's record; the corrected seat is checked as a new one is. */
  async function correctSeat(seatId: number, patch: CorrectSeat, actor: Actor) {
    const bodyId = await db.transaction(async (tx) => {
      const { seat, body } = await managedSeat(tx, seatId, actor);
      const fields: SeatFields = {
        personName: patch.personName === undefined ? seat.personName : patch.personName,
        title: patch.title ?? seat.title,
        email: patch.email === undefined ? seat.email : patch.email,
        userId: patch.userId === undefined ? seat.userId : patch.userId,
        role: patch.role ?? seat.role,
        authorityId: patch.authorityId === undefined ? seat.authorityId : patch.authorityId,
        organisation: patch.organisation === undefined ? seat.organisation : patch.organisation,
        fromOn: patch.from ?? seat.fromOn,
        toOn: patch.to === undefined ? seat.toOn : patch.to,
      };
      await checkSeat(tx, body, fields);
      const after = await repo.updateSeat(tx, seatId, fields);
      await writeAudit(tx, actor, { action: 'seat.correct', entityType: 'seat', entityId: String(seatId), before: seatRecord(seat, body), after: seatRecord(after, body) });
      return body.id;
    });
    return getBody(bodyId, undefined, actor);
  }

  return { listBodies, getBody, createBody, updateBody, setRules, addSeat, endSeat, correctSeat, today };
}
export type GovernanceService = ReturnType<typeof createGovernanceService>;
