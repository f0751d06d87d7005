import { submissionPackageSchema, type SubmitService } from '@eshkol/contracts/reviews';
import type { ServiceKind } from '@eshkol/contracts/services';
import { shekelsToAgorot } from '@eshkol/engine/budget/ledger';
import type { ServiceState } from '@eshkol/engine/workflow/service-review';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { LedgerWriter } from '../budget/ledger-writer';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { FeasibilityRepo } from '../feasibility/feasibility.repo';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import type { ServiceReader } from '../services/services.reader';
import type { ServicesRepo } from '../services/services.repo';
import { toStudy } from '../feasibility/study-view';
import type { UsersRepo } from '../users/users.repo';
import { canSubmit } from './reviews.policy';
import type { ReviewsRepo } from './reviews.repo';
import { gateParticipant, gateStudy, submissionRefusal, type BoardApproval } from './submission-gates';

export type SubmitDeps = {
  repo: ReviewsRepo;
  services: Pick<ServicesRepo, 'get' | 'lock' | 'setState' | 'joinedAuthorities'>;
  serviceReader: Pick<ServiceReader, 'participants' | 'view'>;
  studies: Pick<FeasibilityRepo, 'latest' | 'get' | 'markSubmitted'>;
  clusters: Pick<ClustersRepo, 'nameOf'>;
  users: Pick<UsersRepo, 'displayNames'>;
  ledger: LedgerWriter;
  notifications: Pick<NotificationsRepo, 'notify'>;
  /** The board's approving decision of a service, where its cluster requires one (null otherwise). */
  boardApproval: (tx: Tx, clusterSlug: string, serviceId: number) => Promise<BoardApproval | null>;
};


/**
 * Submits a service to the professional committee: checks every gate, then freezes the package
 * exactly as submitted (the study version, every invited authority with its answer and approval,
 * the request, the cover letter), marks the study submitted and the service `submitted`, and
 * tells the committee. The service row is held throughout, so no answer or edit slips in between.
 */
export async function submitForReview(deps: SubmitDeps, tx: Tx, serviceId: number, input: SubmitService, actor: Actor): Promise<number> {
  const { repo, services, serviceReader, studies, ledger, notifications } = deps;
  const service = await services.lock(tx, serviceId, 'change');
  if (!service) throw new AppError('SERVICE_NOT_FOUND');
  if (!canSubmit(actor, service.clusterSlug)) throw new AppError('FORBIDDEN');
  const requestedGrantAgorot = shekelsToAgorot(input.requestedGrant);
  if (requestedGrantAgorot === null) throw new AppError('VALIDATION_FAILED', [issue('body.requestedGrant', 'not_whole_agorot', 'at most two decimals (agorot)')]);

  const participants = await serviceReader.participants(tx, [serviceId]);
  const study = input.studyVersion === null ? await studies.latest(tx, serviceId) : await studies.get(tx, serviceId, input.studyVersion);
  const refusal = submissionRefusal({
    state: service.state as ServiceState,
    role: actor.role,
    kind: service.kind as ServiceKind,
    participants: participants.map(gateParticipant),
    study: gateStudy(study),
    requestedGrantAgorot,
    availableAgorot: requestedGrantAgorot > 0 ? await ledger.availableToday(tx, service.clusterSlug) : null,
    board: await deps.boardApproval(tx, service.clusterSlug, serviceId),
  });
  // A version asked for by number that does not exist is not found, rather than missing.
  if (refusal === 'STUDY_REQUIRED' && input.studyVersion !== null) throw new AppError('STUDY_NOT_FOUND');
  if (refusal) throw new AppError(refusal);
  if (!study) throw new AppError('STUDY_REQUIRED');

  if (!study.submitted) {
    await studies.markSubmitted(tx, study.id);
    await writeAudit(tx, actor, { action: 'feasibility_study.submit', entityType: 'feasibility_study', entityId: `${serviceId}:${study.version}`, owner: serviceOwner(serviceId), before: { submitted: false }, after: { submitted: true } });
  }
  const view = await serviceReader.view(tx, service, participants, { full: true, actions: [] }, study.version);
  const author = study.createdBy ? ((await deps.users.displayNames(tx, [study.createdBy])).get(study.createdBy) ?? null) : null;
  const pkg = submissionPackageSchema.parse({ study: toStudy({ ...study, submitted: true }, author), participants: view.participants, requestedGrantAgorot, cover: input.cover });
  const submission = await repo.insert(tx, { serviceId, studyId: study.id, requestedGrantAgorot, package: pkg, submittedBy: actor.userId });
  await services.setState(tx, serviceId, service.state, 'submitted');

  await writeAudit(tx, actor, {
    action: 'submission.create',
    entityType: 'submission',
    entityId: String(submission.id),
    owner: serviceOwner(serviceId),
    after: { serviceId, studyVersion: study.version, requestedGrantAgorot, participants: view.participants.map((p) => ({ authorityId: p.authorityId, status: p.status })), cover: input.cover },
  });
  await writeAudit(tx, actor, { action: 'service.submit', entityType: 'service', entityId: String(serviceId), owner: serviceOwner(serviceId), before: { state: service.state }, after: { state: 'submitted', submissionId: submission.id } });
  const cluster = await deps.clusters.nameOf(tx, service.clusterSlug);
  await notifications.notify(tx, { kind: 'submission', role: 'committee', link: `/submissions/${submission.id}`, params: { service: service.nameHe, cluster } });
  return submission.id;
}
