import type { ValueKind } from '@eshkol/contracts/measurement';
import { parsePeriod, type Period } from '@eshkol/engine/measurement/periods';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { baselineFault, entryOutcome, isFault, periodOfEntry, rangeFault, scopeFault, type EntryFault } from './entry-rules';
import type { IndicatorRow, ValueRow, VersionRow } from './measurement.repo';
import { joinersOf, registryOf, todayOf, type MeasurementDeps } from './measurement-ports';
import { auditOfEntry } from './measurement-views';

/** One value entered: from a form, or a line of an imported sheet. */
export type Entry = { indicator: IndicatorRow; authorityId: string; period: string; kind: ValueKind; value: number; comment: string; documentIds: string[] };

export type Checked =
  | { entry: Entry; period: Period; clusterSlug: string | null; existing: ValueRow | null; outcome: 'created' | 'updated' | 'unchanged' }
  | { entry: Entry; fault: EntryFault };

const keyOf = (k: { indicatorId: number; authorityId: string; kind: string; period: string }) => `${k.indicatorId}|${k.authorityId}|${k.kind}|${k.period}`;

const unknownAuthority = (authorityId: string): EntryFault => ({ code: 'AUTHORITY_NOT_FOUND', issue: 'unknown_authority', path: 'authorityId', params: { authorityId }, message: 'no such authority' });
const badPeriod = (value: string, frequency: string): EntryFault => ({ code: 'MEASUREMENT_PERIOD_INVALID', issue: 'period_invalid', path: 'period', params: { value, frequency }, message: 'not a period' });

/**
 * Checks entries as one: each authority exists, is the reader's to enter for in the period, the
 * period is of the indicator's frequency (and has begun, but for a target), the value is in range,
 * a baseline is of before the authority joined the service; and what each would do to the value
 * already there, which is held until the transaction ends. Runs inside the caller's transaction,
 * the indicators held by it.
 */
export async function checkEntries(deps: MeasurementDeps, tx: Tx, entries: readonly Entry[], actor: Actor, from: 'form' | 'import'): Promise<Checked[]> {
  if (entries.length === 0) return [];
  const today = todayOf(deps);
  const registry = await registryOf(deps, tx);
  const periods = new Map<string, Period>();
  for (const e of entries) {
    const p = parsePeriod(e.period);
    if (p) periods.set(p.key, p);
  }
  const spans = [...periods.values()];
  const members = await deps.membersDuring(tx, spans);
  const inPeriod = new Map(spans.map((p, i) => [p.key, members[i]!]));
  const everInCluster = actor.role === 'cluster_staff' && actor.clusterSlug ? new Set((await deps.clusters.membershipsOfCluster(tx, actor.clusterSlug)).map((m) => m.authorityId)) : new Set<string>();
  const joiners = new Map<number, Awaited<ReturnType<typeof joinersOf>>>();
  for (const serviceId of new Set(entries.flatMap((e) => (e.indicator.serviceId === null ? [] : [e.indicator.serviceId])))) joiners.set(serviceId, await joinersOf(deps, tx, serviceId));
  const keys = [...periods.keys()].sort();
  const existing = new Map(
    (
      await deps.repo.lockValues(tx, {
        indicatorIds: [...new Set(entries.map((e) => e.indicator.id))],
        authorityIds: [...new Set(entries.map((e) => e.authorityId))],
        from: keys[0],
        to: keys.at(-1),
      })
    ).map((v) => [keyOf(v), v]),
  );

  return entries.map((entry): Checked => {
    const { indicator, authorityId } = entry;
    if (!registry.has(authorityId)) return { entry, fault: unknownAuthority(authorityId) };
    const written = parsePeriod(entry.period);
    if (!written) return { entry, fault: badPeriod(entry.period, indicator.frequency) };
    const clusterSlug = inPeriod.get(written.key)?.get(authorityId) ?? null;
    const scope = scopeFault(actor, { authorityId, period: written.key, clusterInPeriod: clusterSlug, everInCluster: everInCluster.has(authorityId) });
    if (scope) return { entry, fault: scope };
    const period = periodOfEntry(indicator, entry.period, entry.kind, today);
    if (isFault(period)) return { entry, fault: period };
    const joined = indicator.serviceId === null ? null : (joiners.get(indicator.serviceId)?.get(authorityId)?.joinedOn ?? null);
    const other = rangeFault(indicator, entry.value) ?? baselineFault(entry.kind, period, authorityId, joined);
    if (other) return { entry, fault: other };
    const was = existing.get(keyOf({ indicatorId: indicator.id, authorityId, kind: entry.kind, period: period.key })) ?? null;
    const outcome = entryOutcome(was, entry.value, from);
    return isFault(outcome) ? { entry, fault: outcome } : { entry, period, clusterSlug, existing: was, outcome };
  });
}

export type Written = { row: ValueRow; version: VersionRow; entry: Entry };

/**
 * Writes the entries that change something: a new value with its first version, or a new version
 * of one there; each version waits for the partner, and each is in the audit log.
 */
export async function writeEntries(deps: MeasurementDeps, tx: Tx, checked: readonly Checked[], actor: Actor, source: 'entry' | 'import'): Promise<Written[]> {
  const now = deps.clock();
  const changes = checked.filter((c): c is Extract<Checked, { outcome: string }> => 'outcome' in c && c.outcome !== 'unchanged');
  const fresh = changes.filter((c) => c.outcome === 'created');
  const created = await deps.repo.insertValues(
    tx,
    fresh.map((c) => ({ indicatorId: c.entry.indicator.id, authorityId: c.entry.authorityId, kind: c.entry.kind, period: c.period.key, latestVersion: 1, latestValue: c.entry.value, latestState: 'submitted', createdAt: now })),
  );
  // Another entry of the same value was made meanwhile and waits for approval.
  if (created.length !== fresh.length) throw new AppError('MEASUREMENT_VALUE_PENDING');
  const byKey = new Map(created.map((r) => [keyOf(r), r]));
  const rows: ValueRow[] = [];
  for (const c of changes) {
    if (c.outcome === 'created') rows.push(byKey.get(keyOf({ indicatorId: c.entry.indicator.id, authorityId: c.entry.authorityId, kind: c.entry.kind, period: c.period.key }))!);
    else rows.push(await deps.repo.updateValue(tx, c.existing!.id, { latestVersion: c.existing!.latestVersion + 1, latestValue: c.entry.value, latestState: 'submitted' }));
  }
  const versions = await deps.repo.insertVersions(
    tx,
    changes.map((c, i) => ({
      valueId: rows[i]!.id,
      version: rows[i]!.latestVersion,
      value: c.entry.value,
      comment: c.entry.comment,
      documentIds: c.entry.documentIds,
      source,
      state: 'submitted',
      submittedBy: actor.userId,
      submittedAt: now,
    })),
  );
  const versionOf = new Map(versions.map((v) => [v.valueId, v]));
  const written = changes.map((c, i) => ({ row: rows[i]!, version: versionOf.get(rows[i]!.id)!, entry: c.entry }));
  for (const w of written) {
    await writeAudit(tx, actor, { action: 'measurement_value.submit', entityType: 'measurement_value', entityId: String(w.row.id), after: auditOfEntry(w.row, w.version, w.entry.indicator) });
  }
  return written;
}
