import type { DueQuery } from '@eshkol/contracts/measurement';
import type { ApprovalQueue, DueList } from '@eshkol/contracts/measurement-views';
import { duePeriods, measuredIn, type ValueStanding } from '@eshkol/engine/measurement/due';
import type { Period } from '@eshkol/engine/measurement/periods';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { dayInIsrael } from '../../platform/calendar';
import { AppError } from '../../platform/errors';
import { readsAllPending } from './measurement.policy';
import type { IndicatorRow, ValueRow } from './measurement.repo';
import { joinersOf, registryOf, todayOf, type MeasurementDeps } from './measurement-ports';
import type { ValuesService } from './values.service';

type Scope = { clusterSlug?: string; authorityId?: string; indicatorId?: number };
type Owed = { indicator: IndicatorRow; authorityId: string; clusterSlug: string | null; period: Period; dueOn: string; overdue: boolean; returned: boolean };

const dayMs = 86_400_000;
const ref = (i: IndicatorRow) => ({ id: i.id, nameHe: i.nameHe, nameEn: i.nameEn, unitHe: i.unitHe, unitEn: i.unitEn });

/** Where a value stands for the due list: approved (an approved version counts even while a newer one was returned), waiting, returned. */
function standingOf(v: ValueRow | undefined): ValueStanding {
  if (!v) return null;
  if (v.latestState === 'submitted') return 'submitted';
  return v.approvedVersion !== null ? 'approved' : 'returned';
}

/**
 * The actual values owed, and the partner's approval queue. A service's indicator is owed by the
 * authorities that take part in it, from the day each joined to the day it left; any other
 * indicator by every member of a cluster, in the periods it was one. What is overdue is told to
 * the cluster's staff and the authority's representative, once for each period.
 */
export function createDueService(deps: MeasurementDeps & { values: Pick<ValuesService, 'namesOf'> }) {
  const { db, repo } = deps;

  async function owed(tx: DbOrTx, scope: Scope, today: string): Promise<Owed[]> {
    const indicators = await repo.indicators(tx, { ids: scope.indicatorId === undefined ? undefined : [scope.indicatorId] });
    const due = indicators.map((indicator) => ({ indicator, periods: duePeriods({ frequency: indicator.frequency as Period['frequency'], fromPeriod: indicator.fromPeriod, dueDays: indicator.dueDays }, today) }));
    const spans = new Map(due.flatMap((d) => d.periods.map((p) => [p.period.key, p.period] as const)));
    const keys = [...spans.keys()];
    const members = new Map((await deps.membersDuring(tx, [...spans.values()])).map((m, i) => [keys[i]!, m]));
    const standing = new Map(
      (await repo.values(tx, { indicatorIds: indicators.map((i) => i.id), kinds: ['actual'], authorityIds: scope.authorityId ? [scope.authorityId] : undefined })).map((v) => [`${v.indicatorId}|${v.authorityId}|${v.period}`, v]),
    );
    const out: Owed[] = [];
    for (const { indicator, periods } of due) {
      const joiners = indicator.serviceId === null ? null : await joinersOf(deps, tx, indicator.serviceId);
      for (const d of periods) {
        const inPeriod = members.get(d.period.key)!;
        const owers = joiners
          ? [...joiners.entries()].filter(([authorityId, j]) => measuredIn({ authorityId, from: j.joinedOn, until: j.leftOn }, d.period)).map(([id]) => id)
          : [...inPeriod.keys()];
        for (const authorityId of owers) {
          const clusterSlug = inPeriod.get(authorityId) ?? null;
          if ((scope.clusterSlug && clusterSlug !== scope.clusterSlug) || (scope.authorityId && authorityId !== scope.authorityId)) continue;
          const s = standingOf(standing.get(`${indicator.id}|${authorityId}|${d.period.key}`));
          if (s === 'approved' || s === 'submitted') continue;
          out.push({ indicator, authorityId, clusterSlug, period: d.period, dueOn: d.dueOn, overdue: d.overdue, returned: s === 'returned' });
        }
      }
    }
    return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.indicator.id - b.indicator.id || a.authorityId.localeCompare(b.authorityId));
  }

  /** The reader's scope: every authority for the partner and the ministry; their cluster's members, their authority, for the others. */
  function scopeOf(q: DueQuery, actor: Actor): Scope {
    if (readsAllPending(actor)) return { clusterSlug: q.cluster, authorityId: q.authorityId, indicatorId: q.indicatorId };
    if (actor.role === 'cluster_staff') {
      if (q.cluster && q.cluster !== actor.clusterSlug) throw new AppError('FORBIDDEN');
      return { clusterSlug: actor.clusterSlug!, authorityId: q.authorityId, indicatorId: q.indicatorId };
    }
    if (q.authorityId && q.authorityId !== actor.authorityId) throw new AppError('FORBIDDEN');
    return { clusterSlug: q.cluster, authorityId: actor.authorityId!, indicatorId: q.indicatorId };
  }

  async function list(q: DueQuery, actor: Actor): Promise<DueList> {
    const today = todayOf(deps);
    const all = (await owed(db, scopeOf(q, actor), today)).filter((o) => q.overdue === undefined || o.overdue === (q.overdue === 'true'));
    const registry = await registryOf(deps, db);
    return {
      asOf: today,
      total: all.length,
      overdue: all.filter((o) => o.overdue).length,
      items: all.slice(0, q.limit).map((o) => ({
        indicator: ref(o.indicator),
        authorityId: o.authorityId,
        nameHe: registry.get(o.authorityId)?.nameHe ?? o.authorityId,
        nameEn: registry.get(o.authorityId)?.nameEn ?? null,
        clusterSlug: o.clusterSlug,
        period: o.period.key,
        dueOn: o.dueOn,
        overdue: o.overdue,
        returned: o.returned,
      })),
    };
  }

  /** The partner's queue: every version that waits, the one waiting longest first, with its age in Israel days. */
  async function queue(): Promise<ApprovalQueue> {
    const today = todayOf(deps);
    const waiting = await repo.waiting(db);
    const [indicators, registry, names] = await Promise.all([
      repo.indicators(db, { ids: [...new Set(waiting.map((w) => w.value.indicatorId))] }),
      registryOf(deps, db),
      deps.values.namesOf(db, waiting.map((w) => w.version)),
    ]);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const todayMs = Date.parse(`${today}T00:00:00Z`);
    return {
      asOf: today,
      items: waiting.map(({ value, version }) => {
        const a = registry.get(value.authorityId);
        return {
          valueId: value.id,
          version: version.version,
          indicator: ref(byId.get(value.indicatorId)!),
          authorityId: value.authorityId,
          nameHe: a?.nameHe ?? value.authorityId,
          nameEn: a?.nameEn ?? null,
          clusterSlug: a?.currentCluster?.slug ?? null,
          period: value.period,
          kind: value.kind as ApprovalQueue['items'][number]['kind'],
          value: version.value,
          approvedValue: value.approvedValue,
          comment: version.comment,
          documents: version.documentIds.map((id) => ({ id, fileName: names.documents.get(id) ?? '' })),
          source: version.source as ApprovalQueue['items'][number]['source'],
          submittedAt: version.submittedAt.toISOString(),
          submittedBy: version.submittedBy ? (names.users.get(version.submittedBy) ?? null) : null,
          ageDays: Math.max(0, Math.round((todayMs - Date.parse(`${dayInIsrael(version.submittedAt)}T00:00:00Z`)) / dayMs)),
        };
      }),
    };
  }

  /**
   * Tells of the values overdue in each indicator's latest overdue period: each authority's
   * representative of its own, each cluster's staff of their members' (how many), once for each.
   * Returns how many were told.
   */
  async function remindOverdue(): Promise<number> {
    const today = todayOf(deps);
    let told = 0;
    await db.transaction(async (tx) => {
      const overdue = (await owed(tx, {}, today)).filter((o) => o.overdue);
      const latest = new Map<number, string>();
      for (const o of overdue) if ((latest.get(o.indicator.id) ?? '') < o.period.key) latest.set(o.indicator.id, o.period.key);
      const current = overdue.filter((o) => latest.get(o.indicator.id) === o.period.key);
      const registry = await registryOf(deps, tx);
      const tell = async (scope: string, o: Owed, notice: Parameters<MeasurementDeps['notify']>[1]) => {
        if (!(await repo.noticeOnce(tx, { scope, indicatorId: o.indicator.id, period: o.period.key, toldOn: today }))) return;
        await deps.notify(tx, notice);
        told += 1;
      };
      for (const o of current) {
        const params = { indicator: o.indicator.nameHe, period: o.period.key, authority: registry.get(o.authorityId)?.nameHe ?? o.authorityId };
        await tell(`authority:${o.authorityId}`, o, { kind: 'measurement_overdue', role: 'authority_rep', authorityId: o.authorityId, link: `/measurement/authorities/${o.authorityId}`, params });
      }
      const byCluster = new Map<string, Owed[]>();
      for (const o of current) if (o.clusterSlug) byCluster.set(`${o.clusterSlug}|${o.indicator.id}`, [...(byCluster.get(`${o.clusterSlug}|${o.indicator.id}`) ?? []), o]);
      for (const group of byCluster.values()) {
        const o = group[0]!;
        const params = { indicator: o.indicator.nameHe, period: o.period.key, count: String(group.length) };
        await tell(`cluster:${o.clusterSlug}`, o, { kind: 'measurement_overdue', role: 'cluster_staff', clusterSlug: o.clusterSlug, link: `/measurement/due?cluster=${o.clusterSlug}`, params });
      }
    });
    return told;
  }

  return { list, queue, remindOverdue };
}
export type DueService = ReturnType<typeof createDueService>;
