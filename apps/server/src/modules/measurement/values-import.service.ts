import type { ProblemIssue } from '@eshkol/contracts/errors';
import type { ValuesImportResult } from '@eshkol/contracts/measurement';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import { allows } from '../../platform/permissions';
import { checkEntries, writeEntries, type Entry } from './entries';
import { measurementRules } from './measurement.policy';
import type { MeasurementDeps } from './measurement-ports';
import { readValuesSheet, type SheetLine } from './values-sheet';

const maxIssues = 500;
class DryRunRollback extends Error {}

const keyOf = (l: Pick<SheetLine, 'indicatorId' | 'authorityId' | 'kind' | 'period'>) => `${l.indicatorId}|${l.authorityId}|${l.kind}|${l.period}`;

/**
 * A sheet of values imported whole or not at all: every line that cannot be read or entered is
 * named with its line number and reason, and then nothing is stored; a dry run checks and counts
 * and stores nothing either. A line whose value is already the latest there changes nothing, so
 * the same file imported twice stores its values once.
 */
export function createValuesImportService(deps: MeasurementDeps) {
  const { db, repo } = deps;

  function refuseIfAny(issues: ProblemIssue[]) {
    if (issues.length > 0) throw new AppError('IMPORT_INVALID_ROWS', [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, maxIssues));
  }

  async function apply(tx: Tx, lines: SheetLine[], issues: ProblemIssue[], actor: Actor, dryRun: boolean): Promise<ValuesImportResult> {
    const ids = [...new Set(lines.map((l) => l.indicatorId))].sort((a, b) => a - b);
    const indicators = new Map<number, NonNullable<Awaited<ReturnType<typeof repo.lockIndicator>>>>();
    for (const id of ids) {
      const row = await repo.lockIndicator(tx, id, 'share');
      if (row) indicators.set(id, row);
    }
    const entries: (Entry & { line: number })[] = [];
    for (const l of lines) {
      const indicator = indicators.get(l.indicatorId);
      if (!indicator) issues.push(issue('indicator_id', 'unknown_indicator', 'no such indicator', { value: String(l.indicatorId) }, l.line));
      else entries.push({ line: l.line, indicator, authorityId: l.authorityId, period: l.period, kind: l.kind, value: l.value, comment: l.comment, documentIds: [] });
    }
    const checked = await checkEntries(deps, tx, entries, actor, 'import');
    checked.forEach((c, i) => {
      if ('fault' in c) issues.push(issue(c.fault.path === 'authorityId' ? 'authority_id' : c.fault.path, c.fault.issue, c.fault.message, c.fault.params, entries[i]!.line));
    });
    refuseIfAny(issues);
    const count = (o: string) => checked.filter((c) => 'outcome' in c && c.outcome === o).length;
    const result: ValuesImportResult = { rows: lines.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), dryRun };
    const written = await writeEntries(deps, tx, checked, actor, 'import');
    if (written.length > 0) {
      await writeAudit(tx, actor, { action: 'measurement_import.run', entityType: 'measurement_import', entityId: 'values', after: { ...result, indicators: ids.filter((id) => written.some((w) => w.entry.indicator.id === id)) } });
      await deps.notify(tx, { kind: 'measurement_to_approve', role: 'measurement', link: '/measurement/queue', params: { count: String(written.length) } });
    }
    return result;
  }

  async function importValues(bytes: Buffer, actor: Actor, opts: { dryRun?: boolean } = {}): Promise<ValuesImportResult> {
    if (!allows(measurementRules.enterAny, actor)) throw new AppError('FORBIDDEN');
    const { lines, issues } = await readValuesSheet(bytes);
    const seen = new Map<string, number>();
    for (const l of lines) {
      const first = seen.get(keyOf(l));
      if (first !== undefined) issues.push(issue('period', 'duplicate_row', `the same value as line ${first}`, { line: first }, l.line));
      else seen.set(keyOf(l), l.line);
    }
    const unique = lines.filter((l) => seen.get(keyOf(l)) === l.line);
    const dryRun = opts.dryRun ?? false;
    let result: ValuesImportResult | undefined;
    try {
      await db.transaction(async (tx) => {
        result = await apply(tx, unique, issues, actor, dryRun);
        if (dryRun) throw new DryRunRollback();
      });
    } catch (e) {
      if (!(e instanceof DryRunRollback)) throw e;
    }
    return result!;
  }

  return { importValues };
}
export type ValuesImportService = ReturnType<typeof createValuesImportService>;
