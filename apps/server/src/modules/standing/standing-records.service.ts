import type { EndDelegation, RecordDelegation, RecordLegalForm, RecordOrder } from '@eshkol/contracts/standing';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import type { Cite } from '../../platform/citations';
import { AppError, issue } from '../../platform/errors';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ClustersService } from '../clusters/clusters.service';
import type { DocumentsModule } from '../documents/documents.module';
import { delegationsOverlap, formEndsBeforeStart, placeForm } from './standing-rules';
import { canRecordDelegation, canRecordLegalForm, canRecordOrder } from './standing.policy';
import type { StandingRepo } from './standing.repo';
import { auditOfDelegation, auditOfLegalForm, toDelegation, toLegalForm, toOrder } from './standing-views';

export type StandingRecordsDeps = {
  db: Db;
  repo: StandingRepo;
  clusters: Pick<ClustersRepo, 'get'>;
  membersOn: ClustersService['membersOn'];
  documents: Pick<DocumentsModule, 'get' | 'names'>;
  cite: Cite;
  clock: () => Date;
};

/**
 * What is recorded of a cluster's standing, each in one transaction that also writes the audit
 * event: a legal form (ending the open one when it follows it), an order, a member's delegation
 * of a power, and the end of one. The `record…In` steps take an open transaction and an actor or
 * none (the shipped data, loaded at the first start), and check everything but the permission.
 */
export function createStandingRecordsService(deps: StandingRecordsDeps) {
  const { db, repo, clock } = deps;

  async function requireCluster(tx: DbOrTx, slug: string) {
    if (!(await deps.clusters.get(tx, slug))) throw new AppError('CLUSTER_NOT_FOUND');
  }

  /** A document a record cites: one that exists and is the recorder's own or the cluster's. */
  async function checkDocument(tx: DbOrTx, id: string | null, clusterSlug: string, actor: Actor | null, field: string) {
    if (id === null) return;
    const doc = await deps.documents.get(tx, id);
    if (!doc || (doc.uploadedBy !== actor?.userId && doc.clusterSlug !== clusterSlug)) throw new AppError('DOCUMENT_NOT_FOUND', [issue(field, 'invalid_value', 'no such document of the recorder or the cluster')]);
  }

  async function recordLegalFormIn(tx: DbOrTx, slug: string, input: RecordLegalForm, actor: Actor | null) {
    await requireCluster(tx, slug);
    if (formEndsBeforeStart(input)) throw new AppError('LEGAL_FORM_DATES_INVALID', [issue('untilOn', 'custom', 'before the start')]);
    await repo.lockCluster(tx, slug);
    const place = placeForm(await repo.legalFormsOf(tx, slug), input);
    if (!place.ok) throw new AppError('LEGAL_FORM_OVERLAP', [issue('fromOn', 'custom', 'another form is recorded for part of this period')]);
    if (place.ends) {
      const ended = await repo.endLegalForm(tx, place.ends.id, input.fromOn!);
      await writeAudit(tx, actor, { action: 'legal_form.end', entityType: 'legal_form', entityId: String(ended.id), before: { untilOn: null }, after: auditOfLegalForm(ended) });
    }
    const row = await repo.insertLegalForm(tx, { clusterSlug: slug, ...input, recordedBy: actor?.userId ?? null, recordedAt: clock() });
    await writeAudit(tx, actor, { action: 'legal_form.record', entityType: 'legal_form', entityId: String(row.id), after: auditOfLegalForm(row) });
    return toLegalForm(row, deps.cite);
  }

  async function recordOrderIn(tx: DbOrTx, slug: string, input: RecordOrder, actor: Actor | null) {
    await requireCluster(tx, slug);
    await checkDocument(tx, input.documentId, slug, actor, 'documentId');
    await repo.lockCluster(tx, slug);
    if (input.kind === 'establishing' && (await repo.ordersOf(tx, slug)).some((o) => o.kind === 'establishing')) throw new AppError('ORDER_ESTABLISHING_EXISTS', [issue('kind', 'invalid_value', 'the cluster has an establishing order')]);
    const row = await repo.insertOrder(tx, { clusterSlug: slug, ...input, recordedBy: actor?.userId ?? null, recordedAt: clock() });
    const { clusterSlug, kind, draft, title, datedOn, publication, effect, sourceUrl, documentId } = row;
    await writeAudit(tx, actor, { action: 'cluster_order.record', entityType: 'cluster_order', entityId: String(row.id), after: { clusterSlug, kind, draft, title, datedOn, publication, effect, sourceUrl, documentId } });
    return toOrder(row, actor ? await deps.documents.names(tx, row.documentId ? [row.documentId] : []) : null);
  }

  /** A power on the list, not retired. */
  async function offeredPower(tx: DbOrTx, powerId: number) {
    const power = await repo.lockPower(tx, powerId);
    if (!power) throw new AppError('POWER_NOT_FOUND', [issue('powerId', 'invalid_value', 'no such power')]);
    if (power.retiredOn !== null) throw new AppError('POWER_RETIRED', [issue('powerId', 'invalid_value', 'the power was retired')]);
    return power;
  }

  async function recordDelegationIn(tx: DbOrTx, slug: string, input: RecordDelegation, actor: Actor | null) {
    await requireCluster(tx, slug);
    if (input.untilDay !== null && input.untilDay < input.fromDay) throw new AppError('DELEGATION_DATES_INVALID', [issue('untilDay', 'custom', 'before the first day')]);
    const power = await offeredPower(tx, input.powerId);
    if (!(await deps.membersOn(tx, slug, input.fromDay)).members.has(input.authorityId)) {
      const params = { authorityId: input.authorityId, on: input.fromDay };
      throw new AppError('DELEGATION_NOT_MEMBER', [issue('authorityId', 'not_cluster_member', 'not a member of the cluster on the first day', params)], undefined, params);
    }
    if ((await repo.delegationsOfPower(tx, input.authorityId, input.powerId)).some((d) => delegationsOverlap(d, input))) {
      throw new AppError('DELEGATION_OVERLAP', [issue('fromDay', 'custom', 'the authority delegates this power in part of this period')]);
    }
    await checkDocument(tx, input.decision.documentId, slug, actor, 'decision.documentId');
    const row = await repo.insertDelegation(tx, {
      clusterSlug: slug,
      authorityId: input.authorityId,
      powerId: input.powerId,
      fromDay: input.fromDay,
      untilDay: input.untilDay,
      decidedOn: input.decision.decidedOn,
      decisionNumber: input.decision.number,
      decisionDocumentId: input.decision.documentId,
      recordedBy: actor?.userId ?? null,
      recordedAt: clock(),
    });
    await writeAudit(tx, actor, { action: 'delegation.record', entityType: 'delegation', entityId: String(row.id), after: auditOfDelegation(row, power) });
    return toDelegation(row, dayInIsrael(clock()), actor ? await deps.documents.names(tx, row.decisionDocumentId ? [row.decisionDocumentId] : []) : null, true);
  }

  const recordLegalForm = (slug: string, input: RecordLegalForm, actor: Actor) =>
    db.transaction(async (tx) => {
      if (!canRecordLegalForm(actor, slug)) throw new AppError('FORBIDDEN');
      return recordLegalFormIn(tx, slug, input, actor);
    });

  const recordOrder = (slug: string, input: RecordOrder, actor: Actor) =>
    db.transaction(async (tx) => {
      if (!canRecordOrder(actor, slug)) throw new AppError('FORBIDDEN');
      return recordOrderIn(tx, slug, input, actor);
    });

  const recordDelegation = (slug: string, input: RecordDelegation, actor: Actor) =>
    db.transaction(async (tx) => {
      if (!canRecordDelegation(actor, slug)) throw new AppError('FORBIDDEN');
      return recordDelegationIn(tx, slug, input, actor);
    });

  /** A delegation in force (or to come) ends on its last day; the record stays, with that day. */
  const endDelegation = (id: number, input: EndDelegation, actor: Actor) =>
    db.transaction(async (tx) => {
      const d = await repo.lockDelegation(tx, id);
      if (!d) throw new AppError('DELEGATION_NOT_FOUND');
      if (!canRecordDelegation(actor, d.clusterSlug)) throw new AppError('FORBIDDEN');
      if (d.untilDay !== null) throw new AppError('DELEGATION_ENDED');
      if (input.untilDay < d.fromDay) throw new AppError('DELEGATION_DATES_INVALID', [issue('untilDay', 'custom', 'before the first day')]);
      const after = await repo.endDelegation(tx, id, input.untilDay);
      const power = (await repo.getPower(tx, d.powerId))!;
      await writeAudit(tx, actor, { action: 'delegation.end', entityType: 'delegation', entityId: String(id), before: { untilDay: null }, after: auditOfDelegation(after, power) });
      return toDelegation(after, dayInIsrael(clock()), await deps.documents.names(tx, after.decisionDocumentId ? [after.decisionDocumentId] : []), true);
    });

  return { recordLegalForm, recordOrder, recordDelegation, endDelegation, recordLegalFormIn, recordOrderIn, recordDelegationIn };
}
export type StandingRecordsService = ReturnType<typeof createStandingRecordsService>;
