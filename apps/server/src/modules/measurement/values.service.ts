import type { ReviewValue, ReviewValues, SubmitValue } from '@eshkol/contracts/measurement';
import type { MeasurementValue } from '@eshkol/contracts/measurement-views';
import type { DbOrTx, Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import { checkEntries, writeEntries } from './entries';
import { canEnter, canReadPending, canReview } from './measurement.policy';
import type { IndicatorRow, ValueRow, VersionRow } from './measurement.repo';
import type { MeasurementDeps } from './measurement-ports';
import { toValue, type VersionNames } from './measurement-views';
import type { IndicatorsService } from './indicators.service';

/**
 * Values entered one at a time and the partner's decisions on them, each in one transaction: a
 * cluster's staff or a representative enter a version with a comment and evidence; the partner
 * approves it (it then counts) or returns it with a remark (and a new version may be entered).
 */
export function createValuesService(deps: MeasurementDeps & { indicators: Pick<IndicatorsService, 'readable'> }) {
  const { db, repo } = deps;

  async function namesOf(tx: DbOrTx, versions: readonly VersionRow[]): Promise<VersionNames> {
    const [documents, users] = await Promise.all([
      deps.documents.names(tx, versions.flatMap((v) => v.documentIds)),
      deps.users.displayNames(tx, versions.flatMap((v) => [v.submittedBy, v.reviewedBy])),
    ]);
    return { documents, users };
  }

  /** The cluster an authority is in today, as the scope of what waits on its values. */
  const scopeOf = async (tx: DbOrTx, authorityId: string) => ({ authorityId, clusterSlug: (await deps.registry.get(tx, authorityId))?.currentCluster?.slug ?? null });

  /** A value as the reader may see it: with its versions for those who read what waits on it; its approved version alone for others; none when nothing is approved. */
  async function view(tx: DbOrTx, row: ValueRow, actor: Actor | null): Promise<MeasurementValue> {
    const scope = await scopeOf(tx, row.authorityId);
    if (!canReadPending(actor, scope)) {
      if (row.approvedVersion === null) throw new AppError('MEASUREMENT_VALUE_NOT_FOUND');
      return toValue(row, null, { documents: new Map(), users: new Map() }, { enters: false, actor });
    }
    const versions = await repo.versionsOf(tx, [row.id]);
    return toValue(row, versions, await namesOf(tx, versions), { enters: canEnter(actor, scope), actor });
  }

  async function get(valueId: number, actor: Actor | null) {
    const row = await repo.value(db, valueId);
    if (!row) throw new AppError('MEASUREMENT_VALUE_NOT_FOUND');
    await deps.indicators.readable(db, row.indicatorId, actor);
    return view(db, row, actor);
  }

  /** The evidence cited: each document the reader uploaded, or one of the authority's or of its cluster's. */
  async function checkDocuments(tx: DbOrTx, documentIds: readonly string[], authorityId: string, clusterSlug: string | null, actor: Actor) {
    for (const [i, id] of documentIds.entries()) {
      const doc = await deps.documents.get(tx, id);
      const ours = doc && (doc.uploadedBy === actor.userId || doc.authorityId === authorityId || (clusterSlug !== null && doc.clusterSlug === clusterSlug));
      if (!ours) throw new AppError('DOCUMENT_NOT_FOUND', [issue(`documentIds.${i}`, 'invalid_value', 'no such document of the authority or its cluster')]);
    }
  }

  async function submit(indicatorId: number, input: SubmitValue, actor: Actor): Promise<MeasurementValue> {
    return db.transaction(async (tx) => {
      // Shared: entries for one indicator run side by side, but not while it changes.
      const indicator = await repo.lockIndicator(tx, indicatorId, 'share');
      if (!indicator) throw new AppError('INDICATOR_NOT_FOUND');
      const checked = (await checkEntries(deps, tx, [{ indicator, ...input }], actor, 'form'))[0]!;
      if ('fault' in checked) {
        const f = checked.fault;
        throw new AppError(f.code, [issue(f.path, f.issue, f.message, f.params)], undefined, f.code === 'MEASUREMENT_VALUE_OUT_OF_RANGE' ? { min: indicator.minValue, max: indicator.maxValue } : f.code === 'MEASUREMENT_PERIOD_INVALID' ? { frequency: indicator.frequency } : undefined);
      }
      await checkDocuments(tx, input.documentIds, input.authorityId, checked.clusterSlug, actor);
      const [written] = await writeEntries(deps, tx, [checked], actor, 'entry');
      const authority = await deps.registry.get(tx, input.authorityId);
      await deps.notify(tx, {
        kind: 'measurement_to_approve',
        role: 'measurement',
        link: `/measurement/queue?value=${written!.row.id}`,
        params: { indicator: indicator.nameHe, authority: authority?.nameHe ?? input.authorityId, period: written!.row.period },
      });
      return view(tx, written!.row, actor);
    });
  }

  /** The decision on a value's version: it is approved (and counts) or returned with a remark, and who entered it is told. */
  async function decide(tx: Tx, row: ValueRow, indicator: IndicatorRow, decision: 'approve' | 'return', remark: string, actor: Actor) {
    const at = deps.clock();
    const approved = decision === 'approve';
    const version = await repo.reviewVersion(tx, row.id, row.latestVersion, { state: approved ? 'approved' : 'returned', remark, reviewedBy: actor.userId, reviewedAt: at });
    const after = await repo.updateValue(tx, row.id, approved ? { latestState: 'approved', approvedVersion: version.version, approvedValue: version.value } : { latestState: 'returned' });
    await writeAudit(tx, actor, {
      action: 'measurement_value.review',
      entityType: 'measurement_value',
      entityId: String(row.id),
      before: { state: row.latestState, approvedValue: row.approvedValue },
      after: { state: version.state, remark, version: version.version, value: version.value, indicatorId: indicator.id, indicatorName: indicator.nameHe, unit: indicator.unitHe, authorityId: row.authorityId, kind: row.kind, period: row.period },
    });
    if (!approved) {
      const authority = await deps.registry.get(tx, row.authorityId);
      const params = { indicator: indicator.nameHe, authority: authority?.nameHe ?? row.authorityId, period: row.period, remark };
      const link = `/measurement/authorities/${row.authorityId}?value=${row.id}`;
      await deps.notify(tx, { kind: 'measurement_returned', role: 'authority_rep', authorityId: row.authorityId, link, params });
      const cluster = authority?.currentCluster?.slug;
      if (cluster) await deps.notify(tx, { kind: 'measurement_returned', role: 'cluster_staff', clusterSlug: cluster, link, params });
    }
    return after;
  }

  /** Why the version named cannot be decided: no such value, none waits, or a newer one waits. */
  function refusal(row: ValueRow | undefined, version: number): 'MEASUREMENT_VALUE_NOT_FOUND' | 'MEASUREMENT_VALUE_NOT_PENDING' | 'MEASUREMENT_VERSION_STALE' | null {
    if (!row) return 'MEASUREMENT_VALUE_NOT_FOUND';
    if (row.latestState !== 'submitted') return 'MEASUREMENT_VALUE_NOT_PENDING';
    return row.latestVersion === version ? null : 'MEASUREMENT_VERSION_STALE';
  }

  async function review(valueId: number, input: ReviewValue, actor: Actor): Promise<MeasurementValue> {
    return db.transaction(async (tx) => {
      if (!canReview(actor)) throw new AppError('FORBIDDEN');
      const row = (await repo.lockValue(tx, valueId)) ?? undefined;
      const refused = refusal(row, input.version);
      if (refused) throw new AppError(refused);
      const indicator = (await repo.indicator(tx, row!.indicatorId))!;
      return view(tx, await decide(tx, row!, indicator, input.decision, input.remark, actor), actor);
    });
  }

  /** The same decision on several values, all or none: the first that cannot be decided refuses the whole batch, named by its place. */
  async function reviewMany(input: ReviewValues, actor: Actor): Promise<{ items: MeasurementValue[] }> {
    return db.transaction(async (tx) => {
      if (!canReview(actor)) throw new AppError('FORBIDDEN');
      const rows = new Map((await repo.lockValues(tx, { ids: input.items.map((i) => i.valueId) })).map((r) => [r.id, r]));
      for (const [i, item] of input.items.entries()) {
        const refused = refusal(rows.get(item.valueId), item.version);
        if (refused) throw new AppError(refused, [issue(`items.${i}`, 'invalid_value', `value ${item.valueId}: ${refused}`)]);
      }
      const indicators = new Map((await repo.indicators(tx, { ids: [...new Set([...rows.values()].map((r) => r.indicatorId))] })).map((r) => [r.id, r]));
      const items: MeasurementValue[] = [];
      for (const item of input.items) {
        const row = rows.get(item.valueId)!;
        items.push(await view(tx, await decide(tx, row, indicators.get(row.indicatorId)!, input.decision, input.remark, actor), actor));
      }
      return { items };
    });
  }

  return { get, view, submit, review, reviewMany, namesOf };
}
export type ValuesService = ReturnType<typeof createValuesService>;
