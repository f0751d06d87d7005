import type { DecideSubmission, Submission, SubmissionReadiness, SubmitService } from '@eshkol/contracts/reviews';
import { serviceReview, type ServiceState } from '@eshkol/engine/workflow/service-review';
import type { Db, DbOrTx } from '../../db/client';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { Actor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { decideSubmission, markConditionMet, type DecideDeps } from './decide-submission';
import { toSubmission, toSubmissionSummary } from './review-views';
import { canReadReadiness, canReadSubmissions, submissionActions, submissionListScope } from './reviews.policy';
import type { ReviewReader, SubmissionRow } from './reviews.reader';
import { gateParticipant, gateStudy, submissionChecks } from './submission-gates';
import { submitForReview, type SubmitDeps } from './submit-for-review';

export type ReviewsDeps = SubmitDeps & DecideDeps & { db: Db; reader: ReviewReader; clusters: Pick<ClustersRepo, 'nameOf' | 'names'>; clock: () => Date };

export function createReviewsService(deps: ReviewsDeps) {
  const { db, repo, reader, services, serviceReader, studies, ledger, clock } = deps;

  /** Submissions in full, with what the reader may do on them. */
  async function full(tx: DbOrTx, rows: SubmissionRow[], actor: Actor | null): Promise<Submission[]> {
    const decisions = await reader.decisions(tx, rows.map((r) => r.id));
    const conditions = await reader.conditions(tx, decisions.map((d) => d.id));
    return rows.map((r) => toSubmission(r, decisions, conditions, submissionActions(actor)));
  }

  async function summaries(rows: SubmissionRow[]) {
    const decisions = await reader.decisions(db, rows.map((r) => r.id));
    return { items: rows.map((r) => toSubmissionSummary(r, decisions)) };
  }

  async function requireReadable(clusterSlug: string, serviceId: number, actor: Actor | null) {
    if (!canReadSubmissions(actor, clusterSlug, actor?.role === 'authority_rep' ? await services.joinedAuthorities(db, serviceId) : [])) {
      throw new AppError('FORBIDDEN');
    }
  }

  async function get(id: number, actor: Actor | null): Promise<Submission> {
    const row = await reader.get(db, id);
    if (!row) throw new AppError('SUBMISSION_NOT_FOUND');
    await requireReadable(row.clusterSlug, row.serviceId, actor);
    return (await full(db, [row], actor))[0]!;
  }

  /** The queue across clusters (`pending`), narrowed to the caller's scope. */
  async function list(query: { pending?: 'true' | 'false'; cluster?: string }, actor: Actor | null) {
    const scope = submissionListScope(actor, query.cluster);
    if (!scope.ok) throw new AppError('FORBIDDEN');
    return summaries(await reader.list(db, { pending: query.pending === undefined ? undefined : query.pending === 'true', clusterSlug: scope.cluster }));
  }

  /** Every submission of one service, newest first. */
  async function ofService(serviceId: number, actor: Actor | null) {
    const service = await services.get(db, serviceId);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    await requireReadable(service.clusterSlug, serviceId, actor);
    return summaries(await reader.list(db, { serviceId }));
  }

  /** Which gates of a submission the service meets now, for its staff before they submit. */
  async function readiness(serviceId: number, actor: Actor | null): Promise<SubmissionReadiness> {
    const service = await services.get(db, serviceId);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    if (!canReadReadiness(actor, service.clusterSlug)) throw new AppError('FORBIDDEN');
    return db.transaction(async (tx) => {
      const [participants, study] = await Promise.all([serviceReader.participants(tx, [serviceId]), studies.latest(tx, serviceId)]);
      return {
        open: serviceReview.check(service.state as ServiceState, 'submit').ok,
        checks: submissionChecks({ participants: participants.map(gateParticipant), study: gateStudy(study), board: await deps.boardApproval(tx, service.clusterSlug, serviceId) }),
        studyVersion: study?.version ?? null,
        availableAgorot: await ledger.availableToday(tx, service.clusterSlug),
      };
    });
  }

  /** A meeting's submissions in the order asked, in full; every id must exist. */
  async function agenda(ids: number[], actor: Actor | null): Promise<Submission[]> {
    const rows = await reader.list(db, { ids });
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (ids.some((id) => !byId.has(id))) throw new AppError('SUBMISSION_NOT_FOUND');
    return full(db, ids.map((id) => byId.get(id)!), actor);
  }

  async function submit(serviceId: number, input: SubmitService, actor: Actor) {
    const id = await db.transaction((tx) => submitForReview(deps, tx, serviceId, input, actor));
    return get(id, actor);
  }

  async function decide(submissionId: number, input: DecideSubmission, actor: Actor) {
    await db.transaction((tx) => decideSubmission(deps, tx, submissionId, input, actor));
    return get(submissionId, actor);
  }

  async function conditionMet(submissionId: number, conditionId: number, actor: Actor) {
    await db.transaction((tx) => markConditionMet(repo, tx, submissionId, conditionId, actor, clock()));
    return get(submissionId, actor);
  }

  const clusterNames = () => deps.clusters.names(db);

  return { get, list, ofService, readiness, agenda, submit, decide, conditionMet, clusterNames };
}
export type ReviewsService = ReturnType<typeof createReviewsService>;
