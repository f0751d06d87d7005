import type { Locale } from '@eshkol/contracts/common';
import type { CostSharingInput, CostSharingMethod, CostSharingResult, Sensitivity } from '@eshkol/contracts/cost-sharing';
import type { SensitivityOptions } from '@eshkol/engine';
import type { SaveStudy, StoredStudy, Study, StudyListItem } from '@eshkol/contracts/feasibility';
import type { UsersRepo } from '../users/users.repo';
import { figuresOf, studyOf, toStudy, type StudyFigures } from './study-view';
import type { ParticipantStatus, ServiceState } from '@eshkol/contracts/services';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import { asEngineFailure } from '../cost-sharing/compute';
import { CostSharingRefused, engineProblem } from '../cost-sharing/cost-sharing.service';
import { canManageServices, isFrozen } from '../services/services.policy';
import type { ServicesRepo } from '../services/services.repo';
import { canReadShare, canReadStudies } from './feasibility.policy';
import type { FeasibilityRepo, StudyRow } from './feasibility.repo';
import { compareStudies, duplicates, participantsMismatch, shareOf, toEngineInput } from './study-input';

export type StudyVersion = number | 'latest';


export function createFeasibilityService(deps: {
  db: Db;
  repo: FeasibilityRepo;
  services: Pick<ServicesRepo, 'get' | 'participants' | 'lock'>;
  users: Pick<UsersRepo, 'displayNames'>;
  authorities: Pick<AuthoritiesRepo, 'getRows'>;
  compute: (input: CostSharingInput) => Promise<CostSharingResult>;
  sensitivity: (input: CostSharingInput, options: SensitivityOptions) => Promise<Sensitivity>;
}) {
  const { db, repo, services, authorities } = deps;

  async function scopeOf(serviceId: number, tx: DbOrTx = db) {
    const service = await services.get(tx, serviceId);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    const participants = (await services.participants(tx, [serviceId])).map((p) => ({ authorityId: p.authorityId, status: p.status as ParticipantStatus }));
    return { clusterSlug: service.clusterSlug, state: service.state as ServiceState, participants };
  }

  /** The gates of a new version, checked before computing and again in the transaction that stores it. */
  function checkSave(scope: Awaited<ReturnType<typeof scopeOf>>, baseline: readonly string[], actor: Actor) {
    if (!canManageServices(actor, scope.clusterSlug)) throw new AppError('FORBIDDEN');
    if (isFrozen(scope.state)) throw new AppError('SERVICE_FROZEN');
    const joined = scope.participants.filter((p) => p.status === 'joined').map((p) => p.authorityId);
    if (joined.length === 0) throw new AppError('NO_PARTICIPANTS');
    const mismatch = participantsMismatch(baseline, joined);
    if (mismatch) {
      const issues = [
        ...mismatch.missing.map((id) => issue('body.baseline', 'missing_participant', `${id} has joined the service and is missing`, { authorityId: id })),
        ...mismatch.extra.map((id) => issue('body.baseline', 'extra_participant', `${id} has not joined the service`, { authorityId: id })),
      ];
      throw new AppError('STUDY_PARTICIPANTS_MISMATCH', issues);
    }
  }

  async function refusedAsProblem<T>(work: () => Promise<T>, locale: Locale): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof CostSharingRefused) throw error.toAppError(locale);
      throw error;
    }
  }
  const computeOrRefuse = (input: CostSharingInput, locale: Locale) => refusedAsProblem(() => deps.compute(input), locale);

  /** Computes the cost-sharing off the request's transaction and keeps it as the next, immutable version. */
  async function save(serviceId: number, body: SaveStudy, actor: Actor, locale: Locale): Promise<Study> {
    const ids = body.baseline.map((b) => b.authorityId);
    const repeated = duplicates(ids);
    if (repeated.length > 0) throw new AppError('VALIDATION_FAILED', repeated.map((id) => issue('body.baseline', 'duplicate', `${id} appears more than once`, { value: id })));
    checkSave(await scopeOf(serviceId), ids, actor);
    const rows = await authorities.getRows(db);
    const { input, study, warnings } = toEngineInput(body, new Map(ids.map((id) => [id, rows.get(id)?.population ?? null])));
    const computed = await computeOrRefuse(input, locale);
    // A study proposes its method's shares: a method that could not be computed cannot be proposed, and nothing is kept.
    const proposedFailed = computed.failures.find((f) => f.method === study.proposedMethod);
    if (proposedFailed) throw engineProblem(asEngineFailure(proposedFailed), locale, { code: 'PROPOSED_METHOD_FAILED', path: 'body.proposedMethod' });
    const result = { ...computed, warnings: [...computed.warnings, ...warnings] };
    // Only what reads back as a study is kept: a version beyond the contracts would be void from the start.
    const figures = figuresOf({ input: study, result });
    if (!figures) throw new Error(`the study computed for service ${serviceId} fails its contracts`);
    const created = await db.transaction(async (tx) => {
      await services.lock(tx, serviceId, 'change');
      checkSave(await scopeOf(serviceId, tx), ids, actor);
      const version = ((await repo.latestVersion(tx, serviceId)) ?? 0) + 1;
      const row = await repo.insert(tx, { serviceId, version, input: study, result, createdBy: actor.userId });
      await writeAudit(tx, actor, {
        action: 'feasibility_study.save',
        entityType: 'feasibility_study',
        entityId: `${serviceId}:${version}`,
        owner: serviceOwner(serviceId),
        after: { serviceId, version, input: study, total: result.total, saving: result.saving, proposedMethod: study.proposedMethod },
      });
      return row;
    });
    return studyOf(created, await authorOf(created), figures);
  }

  async function readable(serviceId: number, actor: Actor | null) {
    const scope = await scopeOf(serviceId);
    if (!canReadStudies(actor, scope)) throw new AppError('FORBIDDEN');
    return scope;
  }

  async function find(serviceId: number, version: StudyVersion): Promise<StudyRow> {
    const row = version === 'latest' ? await repo.latest(db, serviceId) : await repo.get(db, serviceId, version);
    if (!row) throw new AppError('STUDY_NOT_FOUND');
    return row;
  }

  const authorOf = async (row: StudyRow) => (row.createdBy ? ((await deps.users.displayNames(db, [row.createdBy])).get(row.createdBy) ?? null) : null);
  const view = async (row: StudyRow): Promise<StoredStudy> => toStudy(row, await authorOf(row));

  /** The figures a comparison or a share is computed from; a void version has none to give. */
  function figures(row: StudyRow): StudyFigures & { version: number } {
    const checked = figuresOf(row);
    if (!checked) throw new AppError('STUDY_OUT_OF_RANGE', undefined, undefined, { version: row.version });
    return { version: row.version, ...checked };
  }

  /** A line of the list: a void version shows no joint cost and no saving. */
  function listed(row: StudyRow): StudyListItem {
    const line = { id: row.id, version: row.version, createdAt: row.createdAt.toISOString(), submitted: row.submitted };
    const checked = figuresOf(row);
    return checked ? { ...line, void: false, total: checked.result.total, saving: checked.result.saving } : { ...line, void: true, total: null, saving: null };
  }

  return {
    save,
    async list(serviceId: number, actor: Actor | null) {
      await readable(serviceId, actor);
      return (await repo.list(db, serviceId)).map(listed);
    },
    async get(serviceId: number, version: StudyVersion, actor: Actor | null) {
      await readable(serviceId, actor);
      return view(await find(serviceId, version));
    },
    async compare(serviceId: number, from: number, to: number, actor: Actor | null) {
      await readable(serviceId, actor);
      return compareStudies(figures(await find(serviceId, from)), figures(await find(serviceId, to)));
    },
    /**
     * How the shares of one of the version's methods (its proposed one unless named) move with the
     * joint cost and the quantities. The game is the version's as kept; the proportional method
     * weighs the authorities as it did then (its kept shares are the weights), whatever the
     * registry says today.
     */
    async sensitivity(serviceId: number, version: StudyVersion, options: { method?: CostSharingMethod; range: number; points: number }, actor: Actor | null, locale: Locale) {
      await readable(serviceId, actor);
      const { input: study, result } = figures(await find(serviceId, version));
      const method = options.method ?? study.proposedMethod;
      const computed = result.allocations.find((a) => a.method === method);
      if (!computed) throw new AppError('VALIDATION_FAILED', [issue('querystring.method', 'method_not_in_study', `the study has no ${method} shares`, { value: method })]);
      const { input } = toEngineInput({ ...study, methods: [method], proposedMethod: method }, new Map());
      const weights = method === 'proportional' ? Object.fromEntries(computed.shares.map((s) => [s.player, s.share])) : null;
      return refusedAsProblem(() => deps.sensitivity({ ...input, weights }, { method, range: options.range, points: options.points }), locale);
    },
    /** One authority's share and saving: a representative's own when no authority is named. */
    async share(serviceId: number, version: StudyVersion, authorityId: string | undefined, actor: Actor) {
      const target = authorityId ?? (actor.role === 'authority_rep' ? actor.authorityId : null);
      if (!target) throw new AppError('VALIDATION_FAILED', [issue('querystring.authorityId', 'required', 'name the authority')]);
      if (!canReadShare(actor, await scopeOf(serviceId), target)) throw new AppError('FORBIDDEN');
      const share = shareOf(figures(await find(serviceId, version)), target);
      if (!share) throw new AppError('NOT_FOUND');
      return share;
    },
  };
}
export type FeasibilityService = ReturnType<typeof createFeasibilityService>;
