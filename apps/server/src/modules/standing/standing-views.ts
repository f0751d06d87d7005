import type { Delegation, LegalFormRecord, Order, Power } from '@eshkol/contracts/standing';
import type { Cite } from '../../platform/citations';
import { statusOn } from './standing-rules';
import type { DelegationRow, LegalFormRow, OrderRow, PowerRow } from './standing.repo';

/** Rows as the API gives them; a document only to a reader who may open it (the caller passes its names, or none). */

export const toLegalForm = (r: LegalFormRow, cite: Cite): LegalFormRecord => ({
  id: r.id,
  form: r.form as LegalFormRecord['form'],
  fromOn: r.fromOn,
  untilOn: r.untilOn,
  source: r.source,
  citations: cite(r.source),
  note: r.note,
  recordedAt: r.recordedAt.toISOString(),
});

const attached = (id: string | null, documents: ReadonlyMap<string, string> | null) => (id !== null && documents?.has(id) ? { id, fileName: documents.get(id)! } : null);

export const toOrder = (r: OrderRow, documents: ReadonlyMap<string, string> | null): Order => ({
  id: r.id,
  kind: r.kind as Order['kind'],
  draft: r.draft,
  title: r.title,
  datedOn: r.datedOn,
  publication: r.publication,
  effect: r.effect,
  sourceUrl: r.sourceUrl,
  document: attached(r.documentId, documents),
  recordedAt: r.recordedAt.toISOString(),
});

export const toPower = (p: PowerRow): Power => ({ id: p.id, nameHe: p.nameHe, nameEn: p.nameEn, retiredOn: p.retiredOn });

export const toDelegation = (d: DelegationRow, today: string, documents: ReadonlyMap<string, string> | null, mayEnd: boolean): Delegation => ({
  id: d.id,
  clusterSlug: d.clusterSlug,
  authorityId: d.authorityId,
  powerId: d.powerId,
  fromDay: d.fromDay,
  untilDay: d.untilDay,
  decision: { decidedOn: d.decidedOn, number: d.decisionNumber, document: attached(d.decisionDocumentId, documents) },
  status: statusOn(d, today),
  actions: mayEnd && d.untilDay === null ? ['end'] : [],
});

/** What an audit event keeps of a delegation: its figures, and the names of what it is about. */
export const auditOfDelegation = (d: DelegationRow, power: PowerRow) => ({
  clusterSlug: d.clusterSlug,
  authorityId: d.authorityId,
  powerId: d.powerId,
  powerNameHe: power.nameHe,
  powerNameEn: power.nameEn,
  fromDay: d.fromDay,
  untilDay: d.untilDay,
  decidedOn: d.decidedOn,
  decisionNumber: d.decisionNumber,
  decisionDocumentId: d.decisionDocumentId,
});

export const auditOfLegalForm = (r: LegalFormRow) => ({ clusterSlug: r.clusterSlug, form: r.form, fromOn: r.fromOn, untilOn: r.untilOn, source: r.source, note: r.note });
