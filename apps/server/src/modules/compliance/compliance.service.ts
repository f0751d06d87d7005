import { defaultComplianceRules, financialReportDueOn, type ClusterCompliance, type ComplianceOverview, type ComplianceRules, type Obligation, type SetComplianceRules } from '@eshkol/contracts/compliance';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import { AppError, issue } from '../../platform/errors';
import type { BudgetRepo } from '../budget/budget.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { GovernanceRepo } from '../governance/governance.repo';
import type { MeetingsRepo } from '../governance/meetings.repo';
import type { ServicesRepo } from '../services/services.repo';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import { noticeParams, obligationFeed, obligationKey } from './compliance-feed';
import { createHash, randomBytes } from 'node:crypto';
import { canManageFeed, canReadCluster, canSetRules } from './compliance.policy';
import type { ComplianceRepo, ComplianceRulesRow } from './compliance.repo';
import { financialReportObligations, fiscalYearsOf, meetingObligations, positionsObligation, progressObligations, summaryOf, type FinancialReportState } from './obligations';

const isReportState = (s: string): s is FinancialReportState => s === 'submitted' || s === 'returned' || s === 'accepted';

type PositionFacts = { clusterSlug: string; approvedPositions: number; people: number; breaches: readonly { fromDay: string }[] };

/**
 * What each cluster owes and when, computed from the records on the day asked: its board's
 * meetings a year, each unpaid milestone's progress report, each fiscal year's financial report
 * by its due day, its positions approved before they are filled; and the programme's steering
 * committee's meetings. Nothing of it is stored but the rules.
 */
export function createComplianceService(deps: {
  db: Db;
  repo: ComplianceRepo;
  clusters: Pick<ClustersRepo, 'list'>;
  bodies: Pick<GovernanceRepo, 'bodiesOfKind'>;
  meetings: Pick<MeetingsRepo, 'meetingsOfBodies'>;
  services: Pick<ServicesRepo, 'ofCluster'>;
  budget: Pick<BudgetRepo, 'milestonesOf' | 'reportsOf'>;
  /** The staffing module's port: per cluster, who started in a position before it was approved. */
  positions: (tx: DbOrTx, clusterSlugs: readonly string[]) => Promise<PositionFacts[]>;
  /** The financial reports module's port: per cluster and fiscal year, its report's state ('none' without one). */
  financialReports: (tx: DbOrTx, clusterSlugs: readonly string[], fiscalYears: readonly number[]) => Promise<{ clusterSlug: string; fiscalYear: number; state: string }[]>;
  notify: NotificationsRepo['notify'];
  clock: () => Date;
}) {
  const { db, repo } = deps;
  const entry = (r: ComplianceRulesRow) => ({ validFrom: r.validFrom, rules: r.rules, note: r.note, createdAt: r.createdAt.toISOString() });
  const shipped = { validFrom: null, rules: defaultComplianceRules, note: '', createdAt: null };

  /** The rules in force on a day: the latest set from that day or before, else the shipped ones. */
  function rulesOn(rows: readonly ComplianceRulesRow[], day: string): ComplianceRules {
    return rows.find((r) => r.validFrom <= day)?.rules ?? defaultComplianceRules;
  }

  async function rules(actor: Actor | null) {
    const rows = await repo.rules(db);
    const today = dayInIsrael(deps.clock());
    const current = rows.find((r) => r.validFrom <= today);
    return { current: current ? entry(current) : shipped, history: rows.map(entry), actions: canSetRules(actor) ? ['set' as const] : [] };
  }

  async function setRules(input: SetComplianceRules, actor: Actor) {
    await db.transaction(async (tx) => {
      if (!canSetRules(actor)) throw new AppError('FORBIDDEN');
      const rows = await repo.rules(tx);
      if (rows.some((r) => r.validFrom === input.validFrom)) throw new AppError('COMPLIANCE_RULES_EXIST', [issue('validFrom', 'custom', 'rules from that day exist')]);
      const row = await repo.insertRules(tx, { validFrom: input.validFrom, rules: input.rules, note: input.note, createdBy: actor.userId });
      await writeAudit(tx, actor, { action: 'compliance_rules.set', entityType: 'compliance_rules', entityId: String(row.id), after: { validFrom: row.validFrom, ...row.rules, note: row.note } });
    });
    return rules(actor);
  }

  /** Held meetings' days by body: the closed ones, on Israel's calendar. */
  async function heldDaysOf(tx: DbOrTx, bodyIds: readonly number[]) {
    const held = new Map<number, string[]>(bodyIds.map((id) => [id, []]));
    for (const m of await deps.meetings.meetingsOfBodies(tx, bodyIds)) if (m.status === 'closed') held.get(m.bodyId)?.push(dayInIsrael(m.startsAt));
    return held;
  }

  type Facts = { boardDays: string[] | null; positions: PositionFacts | undefined; reports: ReadonlyMap<number, FinancialReportState> };

  async function clusterObligations(tx: DbOrTx, slug: string, facts: Facts, r: ComplianceRules, today: string): Promise<Obligation[]> {
    const services = await deps.services.ofCluster(tx, slug);
    const names = new Map(services.map((s) => [s.id, s.nameHe]));
    const milestones = await deps.budget.milestonesOf(tx, services.map((s) => s.id));
    const latest = new Map<number, { version: number; state: string }>();
    for (const rep of await deps.budget.reportsOf(tx, milestones.map((m) => m.id))) {
      if ((latest.get(rep.milestoneId)?.version ?? 0) < rep.version) latest.set(rep.milestoneId, rep);
    }
    return [
      ...meetingObligations('board_meetings', facts.boardDays, r.boardMeetingsPerYear, today, r),
      ...progressObligations(
        milestones.map((m) => ({ id: m.id, serviceId: m.serviceId, title: m.title, serviceName: names.get(m.serviceId) ?? '', plannedOn: m.plannedOn, state: m.state, report: latest.get(m.id)?.state ?? null })),
        today,
        r,
      ),
      ...financialReportObligations(facts.reports, today, r),
      positionsObligation(facts.positions),
    ];
  }

  async function compute(only: string | null): Promise<ComplianceOverview> {
    const today = dayInIsrael(deps.clock());
    const r = rulesOn(await repo.rules(db), today);
    const boards = await deps.bodies.bodiesOfKind(db, 'board');
    const steering = (await deps.bodies.bodiesOfKind(db, 'steering_committee')).filter((b) => b.clusterSlug === null);
    const held = await heldDaysOf(db, [...boards, ...steering].map((b) => b.id));
    const clusters = (await deps.clusters.list(db)).filter((c) => (only === null ? c.status === 'active' : c.slug === only));
    const slugs = clusters.map((c) => c.slug);
    const positions = new Map((await deps.positions(db, slugs)).map((p) => [p.clusterSlug, p]));
    const reports = new Map<string, Map<number, FinancialReportState>>(slugs.map((s) => [s, new Map()]));
    for (const x of await deps.financialReports(db, slugs, fiscalYearsOf(today))) if (isReportState(x.state)) reports.get(x.clusterSlug)?.set(x.fiscalYear, x.state);
    const rows: ClusterCompliance[] = [];
    for (const c of clusters) {
      const board = boards.find((b) => b.clusterSlug === c.slug);
      const facts = { boardDays: board ? (held.get(board.id) ?? []) : null, positions: positions.get(c.slug), reports: reports.get(c.slug) ?? new Map() };
      const obligations = await clusterObligations(db, c.slug, facts, r, today);
      rows.push({ clusterSlug: c.slug, nameHe: c.nameHe, nameEn: c.nameEn, ...summaryOf(obligations), obligations });
    }
    const steeringDays = steering.length === 0 ? null : steering.flatMap((b) => held.get(b.id) ?? []);
    return { asOf: today, rules: r, programme: meetingObligations('steering_meetings', steeringDays, r.steeringMeetingsPerYear, today, r), clusters: rows };
  }

  /** The rule in force today of when a fiscal year's financial report is due, for the module that keeps the reports. */
  async function financialReportDue(tx: DbOrTx) {
    const r = rulesOn(await repo.rules(tx), dayInIsrael(deps.clock()));
    return (fiscalYear: number) => financialReportDueOn(r, fiscalYear);
  }

  /** Every operating cluster's obligations, for the national readers. */
  const overview = () => compute(null);

  /** One cluster's obligations, for the national readers and its own staff. */
  async function ofCluster(slug: string, actor: Actor | null) {
    if (!canReadCluster(actor, slug)) throw new AppError('FORBIDDEN');
    const result = await compute(slug);
    const cluster = result.clusters[0];
    if (!cluster) throw new AppError('CLUSTER_NOT_FOUND');
    return { asOf: result.asOf, rules: result.rules, cluster };
  }

  const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

  /** Whether the cluster has a calendar address, and whether the reader may make or revoke it (never the address itself). */
  async function feedStatus(slug: string, actor: Actor | null) {
    if (!canReadCluster(actor, slug)) throw new AppError('FORBIDDEN');
    const feed = await repo.activeFeed(db, slug);
    return { active: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null, actions: canManageFeed(actor, slug) ? ['manage' as const] : [] };
  }

  /** A new secret calendar address for the cluster, shown once; the one before answers no more. */
  async function createFeed(slug: string, actor: Actor) {
    const token = randomBytes(24).toString('base64url');
    await db.transaction(async (tx) => {
      if (!canManageFeed(actor, slug)) throw new AppError('FORBIDDEN');
      if (!(await deps.clusters.list(tx)).some((c) => c.slug === slug)) throw new AppError('CLUSTER_NOT_FOUND');
      const revoked = await repo.revokeFeeds(tx, slug, deps.clock());
      const feed = await repo.insertFeed(tx, { clusterSlug: slug, tokenHash: hashOf(token), createdBy: actor.userId });
      await writeAudit(tx, actor, { action: 'compliance_feed.create', entityType: 'compliance_feed', entityId: String(feed.id), after: { clusterSlug: slug, replaced: revoked.length } });
    });
    return { token, path: `/api/v1/compliance/feeds/${token}` };
  }

  async function revokeFeed(slug: string, actor: Actor) {
    await db.transaction(async (tx) => {
      if (!canManageFeed(actor, slug)) throw new AppError('FORBIDDEN');
      const revoked = await repo.revokeFeeds(tx, slug, deps.clock());
      if (revoked.length === 0) throw new AppError('COMPLIANCE_FEED_NONE');
      await writeAudit(tx, actor, { action: 'compliance_feed.revoke', entityType: 'compliance_feed', entityId: String(revoked[0]!.id), after: { clusterSlug: slug } });
    });
    return feedStatus(slug, actor);
  }

  /** The calendar a secret address answers: the cluster's obligations still owed, each on its due day. */
  async function feed(token: string) {
    const found = await repo.feedByToken(db, hashOf(token));
    if (!found) throw new AppError('COMPLIANCE_FEED_NOT_FOUND');
    const result = await compute(found.clusterSlug);
    const cluster = result.clusters[0];
    if (!cluster) throw new AppError('COMPLIANCE_FEED_NOT_FOUND');
    return obligationFeed(cluster, deps.clock());
  }

  /**
   * Tells the cluster's staff (the ministry, of the programme's) of each obligation that became due
   * soon or overdue, once for each. Returns how many were told of.
   */
  async function remindDue() {
    const o = await compute(null);
    const today = o.asOf;
    let told = 0;
    await db.transaction(async (tx) => {
      const tell = async (clusterSlug: string | null, ob: Obligation) => {
        if (ob.status !== 'due_soon' && ob.status !== 'overdue') return;
        const key = obligationKey(ob);
        if (!(await repo.noticeOnce(tx, { scope: clusterSlug ?? 'programme', obligation: key, status: ob.status, toldOn: today }))) return;
        const params = noticeParams(ob, today);
        const kind = ob.status === 'overdue' ? ('obligation_overdue' as const) : ('obligation_due_soon' as const);
        if (clusterSlug === null) await deps.notify(tx, { kind, role: 'ministry', link: '/compliance', params });
        else await deps.notify(tx, { kind, role: 'cluster_staff', clusterSlug, link: `/clusters/${clusterSlug}#compliance-title`, params });
        told += 1;
      };
      for (const ob of o.programme) await tell(null, ob);
      for (const c of o.clusters) for (const ob of c.obligations) await tell(c.clusterSlug, ob);
    });
    return told;
  }

  return { rules, setRules, financialReportDue, overview, ofCluster, feedStatus, createFeed, revokeFeed, feed, remindDue };
}
export type ComplianceService = ReturnType<typeof createComplianceService>;
