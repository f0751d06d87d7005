import type { ProblemIssue } from '@eshkol/contracts/errors';
import type { ImportResult } from '@eshkol/contracts/imports';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { AuthoritiesRepo, AuthorityRow } from '../authorities/authorities.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { authorityRequiredColumns, readAuthorityRecord, type AuthorityPatch } from './authority-rows';
import { applyClusterRows } from './apply-cluster-rows';
import { clusterRequiredColumns, readClusterRecord, type ClusterRow } from './cluster-rows';
import { parseCsv } from './csv';

const maxIssues = 500;
class DryRunRollback extends Error {}

function rejectIfIssues(issues: ProblemIssue[]) {
  if (issues.length > 0) throw new AppError('IMPORT_INVALID_ROWS', issues.slice(0, maxIssues));
}

/** Runs `work` in one transaction; a dry run rolls it back and still returns the counts. */
async function inTransaction<T>(db: Db, dryRun: boolean, work: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      result = await work(tx);
      if (dryRun) throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return result!;
}

/** The audit log records changes: a file that changed nothing (e.g. imported again) leaves no event. */
const changedAnything = (r: ImportResult) => r.created + r.updated > 0;

function changedFields(existing: AuthorityRow, patch: AuthorityPatch) {
  const wanted: Record<string, unknown> = { nameHe: patch.nameHe, type: patch.type, ...patch.fields };
  // A file without a location does not erase a derived one that another file gave.
  if (wanted.lat === null && existing.locationDerived) {
    delete wanted.lat;
    delete wanted.lon;
    delete wanted.locationDerived;
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(wanted)) {
    const old = existing[k as keyof AuthorityRow];
    if (old !== v) {
      before[k] = old;
      after[k] = v;
    }
  }
  return { before, after, changed: Object.keys(after).length > 0 };
}

export function createImportsService(deps: { db: Db; authorities: AuthoritiesRepo; clusters: ClustersRepo }) {
  const { db, authorities, clusters } = deps;

  async function importAuthorities(bytes: Uint8Array, actor: Actor | null, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
    const { records } = parseCsv(bytes, authorityRequiredColumns);
    const issues: ProblemIssue[] = [];
    const patches: AuthorityPatch[] = [];
    const seen = new Map<string, number>();
    for (const rec of records) {
      const { patch, issues: rowIssues } = readAuthorityRecord(rec);
      issues.push(...rowIssues);
      if (!patch) continue;
      const dup = seen.get(patch.id);
      if (dup) issues.push(issue('cbs_code', 'duplicate_row', `the same authority as line ${dup}`, { line: dup }, rec.line));
      seen.set(patch.id, rec.line);
      patches.push(patch);
    }
    rejectIfIssues(issues);
    const dryRun = opts.dryRun ?? false;
    return inTransaction(db, dryRun, async (tx) => {
      const existing = await authorities.getRows(tx);
      const result: ImportResult = { kind: 'authorities', rows: patches.length, created: 0, updated: 0, unchanged: 0, dryRun };
      for (const p of patches) {
        const old = existing.get(p.id);
        if (!old) {
          const row = { id: p.id, cbsCode: p.cbsCode, type: p.type, nameHe: p.nameHe, ...p.fields };
          await authorities.insert(tx, row);
          await writeAudit(tx, actor, { action: 'authority.create', entityType: 'authority', entityId: p.id, after: row });
          result.created++;
          continue;
        }
        const { before, after, changed } = changedFields(old, p);
        if (!changed) {
          result.unchanged++;
          continue;
        }
        await authorities.update(tx, p.id, after);
        await writeAudit(tx, actor, { action: 'authority.update', entityType: 'authority', entityId: p.id, before, after });
        result.updated++;
      }
      if (changedAnything(result)) await writeAudit(tx, actor, { action: 'import.authorities', entityType: 'import', entityId: 'authorities', after: result });
      return result;
    });
  }

  async function importClusters(
    bytes: Uint8Array,
    actor: Actor | null,
    opts: { asOf?: string | null; dryRun?: boolean; complete?: boolean } = {},
  ): Promise<ImportResult> {
    const { records } = parseCsv(bytes, clusterRequiredColumns);
    const issues: ProblemIssue[] = [];
    const rows: ClusterRow[] = [];
    const seen = new Map<string, number>();
    for (const rec of records) {
      const { row, issues: rowIssues } = readClusterRecord(rec, opts.asOf ?? null);
      issues.push(...rowIssues);
      if (!row) continue;
      const dup = seen.get(row.authorityId);
      if (dup) issues.push(issue('cbs_code', 'duplicate_row', `the same authority as line ${dup}: a file lists each authority once`, { line: dup }, rec.line));
      seen.set(row.authorityId, rec.line);
      rows.push(row);
    }
    rejectIfIssues(issues);
    const dryRun = opts.dryRun ?? false;
    return inTransaction(db, dryRun, async (tx) => {
      const { result, issues: applyIssues } = await applyClusterRows(tx, rows, actor, { authorities, clusters }, { complete: opts.complete ?? false });
      rejectIfIssues(applyIssues);
      const summary: ImportResult = { kind: 'clusters', rows: rows.length, ...result, dryRun };
      if (changedAnything(summary)) await writeAudit(tx, actor, { action: 'import.clusters', entityType: 'import', entityId: 'clusters', after: summary });
      return summary;
    });
  }

  return { importAuthorities, importClusters };
}
export type ImportsService = ReturnType<typeof createImportsService>;
