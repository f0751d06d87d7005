import type { ClusterStaffing, StaffingQueue } from '@eshkol/contracts/staffing';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { dayInIsrael } from '../../platform/calendar';
import { AppError } from '../../platform/errors';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { filledBeforeApproval, filling, flagsOf, summaryOf } from './establishment';
import { canReadSalaries, canRequest } from './staffing.policy';
import type { StaffingRepo } from './staffing.repo';
import { toPerson, toPosition, toRequest } from './staffing-views';

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/** Reads of the clusters' establishments: a cluster's page, the regulator's desk, and the compliance calendar's port. */
export function createStaffingService(deps: { db: Db; repo: StaffingRepo; clusters: Pick<ClustersRepo, 'get' | 'list'>; clock: () => Date }) {
  const { db, repo } = deps;
  const today = () => dayInIsrael(deps.clock());

  /** A cluster's establishment, people, flags and requests: salaries, names and requests only for those who read salaries. */
  async function ofCluster(slug: string, actor: Actor | null): Promise<ClusterStaffing> {
    if (!(await deps.clusters.get(db, slug))) throw new AppError('CLUSTER_NOT_FOUND');
    const day = today();
    const reads = canReadSalaries(actor, slug);
    const mayRequest = canRequest(actor, slug);
    const positions = await repo.positionsOf(db, [slug]);
    const people = await repo.peopleOf(db, [slug]);
    const fill = filling(positions, people, day);
    const summary = summaryOf(positions, people, day);
    const requests = reads ? await repo.requestsOf(db, slug) : [];
    const versions = reads ? await repo.versionsOf(db, requests.map((r) => r.id)) : [];
    return {
      clusterSlug: slug,
      asOf: day,
      readsSalaries: reads,
      summary: { ...summary, approvedCostAgorot: reads ? summary.approvedCostAgorot : null, salaryCostAgorot: reads ? summary.salaryCostAgorot : null },
      positions: positions.filter((p) => reads || p.state === 'approved').map((p) => toPosition(p, fill.get(p.id), reads)),
      people: reads ? people.map((p) => toPerson(p, day, mayRequest)) : null,
      flags: flagsOf(positions, people, day, reads),
      requests: reads ? requests.map((r) => toRequest(r, versions, actor)) : null,
      actions: mayRequest ? ['request'] : [],
    };
  }

  /** The regulator's desk: every request waiting for review, the one waiting longest first. */
  async function queue(): Promise<StaffingQueue> {
    const day = today();
    const waiting = await repo.requestsInState(db, 'submitted');
    const versions = await repo.versionsOf(db, waiting.map((r) => r.id));
    const positions = new Map((await repo.positionsOf(db, [...new Set(waiting.map((r) => r.clusterSlug))])).map((p) => [p.id, p]));
    const clusters = new Map((await deps.clusters.list(db)).map((c) => [c.slug, c]));
    const items = waiting.map((r) => {
      const latest = versions.find((v) => v.requestId === r.id)!;
      const position = positions.get(r.positionId)!;
      const cluster = clusters.get(r.clusterSlug);
      return {
        id: r.id,
        clusterSlug: r.clusterSlug,
        clusterNameHe: cluster?.nameHe ?? '',
        clusterNameEn: cluster?.nameEn ?? null,
        kind: r.kind as StaffingQueue['items'][number]['kind'],
        positionKind: position.kind as StaffingQueue['items'][number]['positionKind'],
        positionTitle: position.title,
        version: latest.version,
        waitingSince: latest.submittedAt.toISOString(),
        ageDays: Math.max(0, daysBetween(dayInIsrael(latest.submittedAt), day)),
      };
    });
    items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.id - b.id);
    return { asOf: day, items };
  }

  /**
   * The port of the rule "each position is approved before it is filled", for the compliance
   * calendar: per cluster (those given, else every cluster with a position), whether anyone is
   * recorded in a position that was not approved on the day they started, and who.
   */
  async function approvedBeforeFilled(tx: DbOrTx, clusterSlugs?: readonly string[]) {
    const slugs = clusterSlugs ?? (await repo.clustersWithPositions(tx));
    const positions = await repo.positionsOf(tx, slugs);
    const people = await repo.peopleOf(tx, slugs);
    const byId = new Map(positions.map((p) => [p.id, p]));
    return slugs.map((clusterSlug) => {
      const breaches = people
        .filter((p) => p.clusterSlug === clusterSlug && filledBeforeApproval(byId.get(p.positionId), p))
        .map((p) => ({ personId: p.id, positionId: p.positionId, fromDay: p.fromDay, approvedOn: byId.get(p.positionId)?.approvedOn ?? null }));
      return {
        clusterSlug,
        approvedPositions: positions.filter((p) => p.clusterSlug === clusterSlug && p.state === 'approved').length,
        people: people.filter((p) => p.clusterSlug === clusterSlug).length,
        met: breaches.length === 0,
        breaches,
      };
    });
  }

  /** The port of the reviewers' desk: each request waiting for the regulator, since its latest version was submitted. */
  async function pendingReview(tx: DbOrTx) {
    const waiting = await repo.requestsInState(tx, 'submitted');
    const versions = await repo.versionsOf(tx, waiting.map((r) => r.id));
    const positions = new Map((await repo.positionsOf(tx, [...new Set(waiting.map((r) => r.clusterSlug))])).map((p) => [p.id, p]));
    return waiting.flatMap((r) => {
      const latest = versions.find((v) => v.requestId === r.id);
      const position = positions.get(r.positionId);
      return latest && position ? [{ id: r.id, clusterSlug: r.clusterSlug, title: position.title, submittedAt: latest.submittedAt, link: `/staffing?request=${r.id}&cluster=${r.clusterSlug}` }] : [];
    });
  }

  return { ofCluster, queue, approvedBeforeFilled, pendingReview };
}
export type StaffingService = ReturnType<typeof createStaffingService>;
