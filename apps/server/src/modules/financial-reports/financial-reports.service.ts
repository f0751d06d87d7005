import {
  financialReportLimits,
  type ClusterFinancialReports,
  type FinancialComparison,
  type FinancialReport,
  type FinancialReportQueue,
  type FinancialReportState,
  type Residents,
} from '@eshkol/contracts/financial-reports';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { dayInIsrael } from '../../platform/calendar';
import { uniqueCitations, type Cite } from '../../platform/citations';
import { AppError } from '../../platform/errors';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { DocumentsModule } from '../documents/documents.module';
import { endedYears, perResidentOf, residentsOf, totalsOf } from './figures';
import { ownVersions, reportTitle, seriesOf, standingVersion, toReport } from './financial-report-views';
import { canReadDrafts, canSubmit, reportActions } from './financial-reports.policy';
import type { FinancialReportsRepo, ReportRow, VersionRow } from './financial-reports.repo';

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * Reads of the clusters' annual financial reports: a cluster's years, one report, the regulator's
 * queue, the clusters per resident for a year, and the ports other modules take (what waits for
 * review; each cluster's state of each year).
 */
export function createFinancialReportsService(deps: {
  db: Db;
  repo: FinancialReportsRepo;
  clusters: Pick<ClustersRepo, 'get' | 'list' | 'operating'>;
  registry: Pick<AuthorityRegistry, 'list'>;
  documents: Pick<DocumentsModule, 'names'>;
  cite: Cite;
  /** The programme's rule in force of when a fiscal year's report is due. */
  dueRule: (db: DbOrTx) => Promise<(fiscalYear: number) => string>;
  clock: () => Date;
}) {
  const { db, repo } = deps;
  const today = () => dayInIsrael(deps.clock());

  async function fileNamesOf(tx: DbOrTx, versions: readonly VersionRow[]) {
    return deps.documents.names(tx, [...new Set(versions.map((v) => v.statementsDocumentId))]);
  }

  /** A cluster's years, each with its due day and its report; its finances over the years; drafts and remarks for their readers only. */
  async function ofCluster(slug: string, actor: Actor | null): Promise<ClusterFinancialReports> {
    if (!(await deps.clusters.get(db, slug))) throw new AppError('CLUSTER_NOT_FOUND');
    const readsDrafts = canReadDrafts(actor, slug);
    const dueOn = await deps.dueRule(db);
    const reports = await repo.reportsOf(db, [slug]);
    const versions = await repo.versionsOf(db, reports.map((r) => r.id));
    const w = { versions, fileNames: await fileNamesOf(db, versions), dueOn, readsDrafts };
    const byYear = new Map(reports.map((r) => [r.fiscalYear, r]));
    return {
      clusterSlug: slug,
      asOf: today(),
      readsDrafts,
      years: endedYears(financialReportLimits.firstFiscalYear, today()).map((fiscalYear) => {
        const r = byYear.get(fiscalYear);
        return { fiscalYear, dueOn: dueOn(fiscalYear), report: r ? toReport(r, w, actor) : null };
      }),
      series: seriesOf(reports, versions, readsDrafts),
      actions: canSubmit(actor, slug) ? ['submit'] : [],
    };
  }

  /** One report: every version for readers of drafts; the accepted one alone for anyone else, and none before it is accepted. */
  async function report(id: number, actor: Actor | null): Promise<FinancialReport> {
    const r = await repo.get(db, id);
    if (!r) throw new AppError('FINANCIAL_REPORT_NOT_FOUND');
    const readsDrafts = canReadDrafts(actor, r.clusterSlug);
    if (!readsDrafts && r.state !== 'accepted') throw new AppError(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    const versions = await repo.versionsOf(db, [id]);
    return toReport(r, { versions, fileNames: await fileNamesOf(db, versions), dueOn: await deps.dueRule(db), readsDrafts }, actor);
  }

  /** The reports waiting for review, each with its latest version's day. */
  async function waiting(tx: DbOrTx) {
    const rows = await repo.reportsInState(tx, 'submitted');
    const versions = await repo.versionsOf(tx, rows.map((r) => r.id));
    return rows.map((r) => ({ report: r, latest: ownVersions(r.id, versions)[0]! }));
  }

  /** The regulator's queue: the oldest first, with its age in Israel days. */
  async function queue(actor: Actor): Promise<FinancialReportQueue> {
    const day = today();
    const dueOn = await deps.dueRule(db);
    const names = new Map((await deps.clusters.list(db)).map((c) => [c.slug, c]));
    const items = (await waiting(db)).map(({ report: r, latest }) => ({
      id: r.id,
      clusterSlug: r.clusterSlug,
      clusterNameHe: names.get(r.clusterSlug)?.nameHe ?? null,
      clusterNameEn: names.get(r.clusterSlug)?.nameEn ?? null,
      fiscalYear: r.fiscalYear,
      version: latest.version,
      dueOn: dueOn(r.fiscalYear),
      waitingSince: latest.submittedAt.toISOString(),
      ageDays: Math.max(0, daysBetween(dayInIsrael(latest.submittedAt), day)),
      actions: reportActions(actor, r),
    }));
    items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.id - b.id);
    return { asOf: day, items };
  }

  /** Each cluster's residents: its current members' populations, their latest year and their sources. */
  async function residents(tx: DbOrTx): Promise<Map<string, Residents>> {
    const bySlug = new Map<string, { population: number | null; populationYear: number | null; source: string | null }[]>();
    for (const a of await deps.registry.list(tx, {})) {
      if (a.currentCluster) bySlug.set(a.currentCluster.slug, [...(bySlug.get(a.currentCluster.slug) ?? []), a]);
    }
    return new Map(
      [...bySlug].map(([slug, members]) => [
        slug,
        { ...residentsOf(members), sources: uniqueCitations([...new Set(members.map((m) => m.source))].flatMap((s) => deps.cite(s))) },
      ]),
    );
  }

  /**
   * The operating clusters side by side for a year, per resident: the accepted figures, else the
   * latest version's (its state says which); per resident unknown where the population is.
   */
  async function comparison(fiscalYear: number): Promise<FinancialComparison> {
    const [clusters, reports, people] = await Promise.all([deps.clusters.operating(db), repo.reportsOfYear(db, fiscalYear), residents(db)]);
    const versions = await repo.versionsOf(db, reports.map((r) => r.id));
    const bySlug = new Map(reports.map((r) => [r.clusterSlug, r]));
    return {
      fiscalYear,
      clusters: clusters.map((c) => {
        const r = bySlug.get(c.slug);
        const figures = r ? (standingVersion(r, versions, true)?.figures ?? null) : null;
        const population = people.get(c.slug) ?? { residents: null, year: null, unknownMembers: 0, sources: [] };
        return {
          clusterSlug: c.slug,
          nameHe: c.nameHe,
          nameEn: c.nameEn,
          state: (r?.state ?? null) as FinancialReportState | null,
          totals: figures ? totalsOf(figures) : null,
          surplus: figures?.surplus ?? null,
          accumulatedBalance: figures?.accumulatedBalance ?? null,
          population,
          perResident: perResidentOf(figures, population),
        };
      }),
    };
  }

  /** The port of the reviewers' desk (the shape of `DeskSource.pending`): every report waiting for the regulator. */
  async function pendingReview(tx: DbOrTx) {
    return (await waiting(tx)).map(({ report: r, latest }) => ({
      id: r.id,
      clusterSlug: r.clusterSlug,
      title: reportTitle(r.fiscalYear),
      submittedAt: latest.submittedAt,
      link: `/financial-reports?review=${r.id}`,
    }));
  }

  /**
   * The port of the obligation "a report for each year by its due day": per cluster and year
   * asked, its state (`none` without a report), the Israel day of its first version and of its
   * acceptance, and its due day.
   */
  async function reportsOf(tx: DbOrTx, clusterSlugs: readonly string[], fiscalYears: readonly number[]) {
    const dueOn = await deps.dueRule(tx);
    const reports = (await repo.reportsOf(tx, clusterSlugs)).filter((r) => fiscalYears.includes(r.fiscalYear));
    const versions = await repo.versionsOf(tx, reports.map((r) => r.id));
    const key = (slug: string, year: number) => `${slug}:${year}`;
    const byKey = new Map<string, ReportRow>(reports.map((r) => [key(r.clusterSlug, r.fiscalYear), r]));
    return clusterSlugs.flatMap((clusterSlug) =>
      fiscalYears.map((fiscalYear) => {
        const r = byKey.get(key(clusterSlug, fiscalYear));
        const first = r ? ownVersions(r.id, versions).at(-1) : undefined;
        return {
          clusterSlug,
          fiscalYear,
          state: (r?.state ?? 'none') as FinancialReportState | 'none',
          firstSubmittedOn: first ? dayInIsrael(first.submittedAt) : null,
          acceptedOn: r?.acceptedAt ? dayInIsrael(r.acceptedAt) : null,
          dueOn: dueOn(fiscalYear),
        };
      }),
    );
  }

  /** Who reads a report's statements: any signed-in reader once its version is accepted; the readers of drafts before. */
  async function mayReadStatements(tx: DbOrTx, actor: Actor, documentId: string) {
    return (await repo.citing(tx, documentId)).some(({ version, report: r }) => (r.state === 'accepted' && version.outcome === 'accepted') || canReadDrafts(actor, r.clusterSlug));
  }

  return { ofCluster, report, queue, comparison, pendingReview, reportsOf, mayReadStatements };
}
export type FinancialReportsService = ReturnType<typeof createFinancialReportsService>;
