import type { DecideParticipation, ParticipantStatus, ServiceState } from '@eshkol/contracts/services';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { DocumentsRepo } from '../documents/documents.repo';
import { canLeaveOn, nextStatus, dateInIsrael } from './participation-rules';
import type { StoredApproval } from './service-view';
import { canDecideParticipation, isFrozen } from './services.policy';
import type { ServicesRepo } from './services.repo';

type Deps = { tx: Tx; repo: ServicesRepo; documents: Pick<DocumentsRepo, 'get'>; now: Date };

/**
 * An authority's representative answers for their authority: joins with the council's approval
 * and its document, declines, or leaves. The current row changes; the answer is appended to the
 * history and to the audit log. Runs inside the caller's transaction.
 */
export async function decideParticipation(deps: Deps, serviceId: number, authorityId: string, d: DecideParticipation, actor: Actor) {
  const { tx, repo } = deps;
  // Shared lock: answers of several authorities run side by side, but a submission waits for them (and they for it).
  const service = await repo.lock(tx, serviceId, 'answer');
  if (!service) throw new AppError('SERVICE_NOT_FOUND');
  if (!canDecideParticipation(actor, authorityId)) throw new AppError('FORBIDDEN');
  const before = await repo.lockParticipant(tx, serviceId, authorityId);
  if (!before) throw new AppError('NOT_INVITED');
  if (isFrozen(service.state as ServiceState)) throw new AppError('SERVICE_FROZEN');
  const status = nextStatus(before.status as ParticipantStatus, d.decision);
  if (!status) throw new AppError('PARTICIPATION_STATE');

  let approval: StoredApproval | null = null;
  let patch: Parameters<ServicesRepo['updateParticipant']>[3] = { status };
  if (d.decision === 'join') {
    if (d.decidedOn > dateInIsrael(deps.now)) throw new AppError('VALIDATION_FAILED', [issue('body.decidedOn', 'date_in_future', 'the approval cannot be dated in the future')]);
    const doc = await deps.documents.get(tx, d.documentId);
    // Another authority's document is as good as unknown here.
    if (!doc || (doc.authorityId !== authorityId && doc.uploadedBy !== actor.userId)) throw new AppError('DOCUMENT_NOT_FOUND');
    approval = { body: d.body, decidedOn: d.decidedOn, resolutionNumber: d.resolutionNumber, documentId: d.documentId };
    patch = {
      status,
      since: d.decidedOn,
      leftOn: null,
      approvalBody: d.body,
      approvalDecidedOn: d.decidedOn,
      approvalResolution: d.resolutionNumber,
      approvalDocumentId: d.documentId,
    };
  } else if (d.decision === 'leave') {
    if (!canLeaveOn(before.since, d.leftOn)) throw new AppError('PARTICIPATION_DATES_INVALID');
    patch = { status, leftOn: d.leftOn };
  }

  await repo.updateParticipant(tx, serviceId, authorityId, patch);
  const note = d.decision === 'join' ? null : d.note;
  await repo.insertEvents(tx, [{ serviceId, authorityId, status, approval, note, byUserId: actor.userId }]);
  const { updatedAt: _, ...was } = before;
  await writeAudit(tx, actor, {
    action: `service_participation.${d.decision}`,
    entityType: 'service_participation',
    entityId: `${serviceId}:${authorityId}`,
    owner: serviceOwner(serviceId),
    before: was,
    after: { ...was, ...patch, note },
  });
}
