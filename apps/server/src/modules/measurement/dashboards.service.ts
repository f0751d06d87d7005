import type { Authority } from '@eshkol/contracts/authorities';
import type { VersionState } from '@eshkol/contracts/measurement';
import type { AuthorityValues, ClusterIndicator, ProgrammeIndicator } from '@eshkol/contracts/measurement-views';
import { beforeAfter } from '@eshkol/engine/measurement/before-after';
import type { GapDirection, GapValue } from '@eshkol/engine/measurement/gaps';
import { periodsBetween, parsePeriod, periodOfDay, type Frequency, type Period } from '@eshkol/engine/measurement/periods';
import { gapsByGroup, gapsOf } from '@eshkol/engine/measurement/trend';
import type { Actor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { allows } from '../../platform/permissions';
import { canEnter, canReadInternal, canReadPending, measurementRules } from './measurement.policy';
import type { IndicatorRow, ValueRow } from './measurement.repo';
import { joinersOf, registryOf, todayOf, type MeasurementDeps } from './measurement-ports';
import type { IndicatorsService } from './indicators.service';
import type { ValuesService } from './values.service';
import { toValue } from './measurement-views';

type Range = { from?: string; to?: string };

const named = (a: Authority | undefined, id: string) => ({ nameHe: a?.nameHe ?? id, nameEn: a?.nameEn ?? null });

/** The values of one kind by authority and period, for lookups. */
function byCell(rows: readonly ValueRow[], kind: string) {
  const out = new Map<string, ValueRow>();
  for (const r of rows) if (r.kind === kind) out.set(`${r.authorityId}|${r.period}`, r);
  return out;
}

/** An actual value meets its target when it is at least the target (higher is better) or at most it (lower is better). */
const meets = (direction: string, actual: number, target: number) => (direction === 'higher-is-better' ? actual >= target : actual <= target);

/**
 * The dashboards' reads, each a table over the periods of a span: a cluster's values of one
 * indicator with their gaps, splits and before/after; the programme's by cluster and authority;
 * an authority's values of every indicator the reader sees.
 */
export function createDashboardsService(deps: MeasurementDeps & { indicators: Pick<IndicatorsService, 'readable' | 'views'>; values: Pick<ValuesService, 'namesOf'> }) {
  const { db, repo } = deps;

  /** The periods of the span, of the indicator's frequency: from its first period (or `from`) to today's (or `to`). */
  function periodsOf(indicator: IndicatorRow, range: Range): Period[] {
    const frequency = indicator.frequency as Frequency;
    const [from, to] = [range.from ?? indicator.fromPeriod, range.to ?? periodOfDay(todayOf(deps), frequency)!.key].map((key) => {
      const p = parsePeriod(key);
      if (!p || p.frequency !== frequency) throw new AppError('MEASUREMENT_PERIOD_INVALID', undefined, undefined, { frequency });
      return p;
    });
    return periodsBetween(from!, to!);
  }

  async function cluster(indicatorId: number, slug: string, range: Range, actor: Actor | null): Promise<ClusterIndicator> {
    const indicator = await deps.indicators.readable(db, indicatorId, actor);
    const clusterRow = await deps.clusters.get(db, slug);
    if (!clusterRow) throw new AppError('CLUSTER_NOT_FOUND');
    const periods = periodsOf(indicator, range);
    const members = await deps.membersDuring(db, periods, { clusterSlug: slug });
    const ids = [...new Set(members.flatMap((m) => [...m.keys()]))].sort();
    const [registry, joiners, rows] = await Promise.all([
      registryOf(deps, db),
      joinersOf(deps, db, indicator.serviceId),
      repo.values(db, { indicatorIds: [indicator.id], authorityIds: ids, kinds: ['actual', 'target'], from: periods[0]?.key, to: periods.at(-1)?.key }),
    ]);
    const baselineRows = await repo.values(db, { indicatorIds: [indicator.id], authorityIds: ids, kinds: ['baseline'] });
    const actual = byCell(rows, 'actual');
    const target = byCell(rows, 'target');
    const pendingOf = new Map(ids.map((id) => [id, canReadPending(actor, { authorityId: id, clusterSlug: slug })]));
    const direction = indicator.direction as GapDirection;
    const indexOf = (key: 'socioEconomicCluster' | 'peripheralityCluster') => (id: string) => registry.get(id)?.[key] ?? null;

    const periodViews = periods.map((p, i) => {
      const inCluster = [...members[i]!.keys()].sort();
      const cells = inCluster.map((authorityId) => {
        const a = actual.get(`${authorityId}|${p.key}`);
        const t = target.get(`${authorityId}|${p.key}`);
        const reads = pendingOf.get(authorityId) ?? false;
        return { authorityId, actual: a?.approvedValue ?? null, target: t?.approvedValue ?? null, valueId: reads ? (a?.id ?? null) : null, standing: reads && a ? (a.latestState as VersionState) : null };
      });
      const values: GapValue[] = cells.flatMap((c) => (c.actual === null ? [] : [{ authorityId: c.authorityId, value: c.actual }]));
      const both = cells.filter((c) => c.actual !== null && c.target !== null);
      const met = both.filter((c) => meets(direction, c.actual!, c.target!)).length;
      return {
        period: p.key,
        from: p.from,
        to: p.to,
        cells,
        gaps: gapsOf(values, direction),
        socioEconomic: gapsByGroup(values, indexOf('socioEconomicCluster'), direction),
        peripherality: gapsByGroup(values, indexOf('peripheralityCluster'), direction),
        targets: { met, missed: both.length - met },
      };
    });

    // Before and after: each member's approved values of the periods it was a member in, those that joined the service against those that did not.
    const series = ids.map((authorityId) => ({
      authorityId,
      joinedOn: joiners.get(authorityId)?.joinedOn ?? null,
      values: periods.flatMap((p, i) => {
        const v = members[i]!.has(authorityId) ? actual.get(`${authorityId}|${p.key}`)?.approvedValue : undefined;
        return v === undefined || v === null ? [] : [{ from: p.from, to: p.to, value: v }];
      }),
    }));
    const baselines = new Map<string, { period: string; value: number }>();
    for (const b of baselineRows) if (b.approvedValue !== null && (baselines.get(b.authorityId)?.period ?? '') < b.period) baselines.set(b.authorityId, { period: b.period, value: b.approvedValue });

    return {
      indicator: (await deps.indicators.views(db, [indicator], actor))[0]!,
      cluster: { slug, nameHe: clusterRow.nameHe, nameEn: clusterRow.nameEn },
      asOf: todayOf(deps),
      readsPending: [...pendingOf.values()].some(Boolean),
      authorities: ids.map((id) => {
        const a = registry.get(id);
        const j = joiners.get(id);
        return { id, ...named(a, id), socioEconomicCluster: a?.socioEconomicCluster ?? null, peripheralityCluster: a?.peripheralityCluster ?? null, joinedServiceOn: j?.joinedOn ?? null, leftServiceOn: j?.leftOn ?? null };
      }),
      baselines: [...baselines.entries()].map(([authorityId, b]) => ({ authorityId, ...b })),
      periods: periodViews,
      beforeAfter: indicator.serviceId === null ? null : beforeAfter({ series, direction }),
      actions: allows(measurementRules.enterAny, actor) && (actor!.role === 'authority_rep' ? ids.includes(actor!.authorityId!) : actor!.clusterSlug === slug) ? ['enter'] : [],
    };
  }

  async function programme(indicatorId: number, range: Range, actor: Actor | null): Promise<ProgrammeIndicator> {
    const indicator = await deps.indicators.readable(db, indicatorId, actor);
    const periods = periodsOf(indicator, range);
    const [members, rows, registry, clusters] = await Promise.all([
      deps.membersDuring(db, periods),
      repo.values(db, { indicatorIds: [indicator.id], kinds: ['actual'], from: periods[0]?.key, to: periods.at(-1)?.key }),
      registryOf(deps, db),
      deps.clusters.list(db),
    ]);
    const direction = indicator.direction as GapDirection;
    const byPeriod = new Map<string, ValueRow[]>();
    for (const r of rows) if (r.approvedValue !== null) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
    const periodViews = periods.map((p, i) => {
      const values = (byPeriod.get(p.key) ?? []).map((r) => ({ authorityId: r.authorityId, clusterSlug: members[i]!.get(r.authorityId) ?? null, value: r.approvedValue! }));
      const slugs = [...new Set(values.flatMap((v) => (v.clusterSlug ? [v.clusterSlug] : [])))].sort();
      return {
        period: p.key,
        from: p.from,
        to: p.to,
        all: gapsOf(values, direction),
        clusters: slugs.map((clusterSlug) => ({ clusterSlug, ...gapsOf(values.filter((v) => v.clusterSlug === clusterSlug), direction) })),
        values,
      };
    });
    const ids = [...new Set(rows.map((r) => r.authorityId))].sort();
    return {
      indicator: (await deps.indicators.views(db, [indicator], actor))[0]!,
      asOf: todayOf(deps),
      clusters: clusters.map((c) => ({ slug: c.slug, nameHe: c.nameHe, nameEn: c.nameEn })),
      authorities: ids.map((id) => ({ id, ...named(registry.get(id), id) })),
      periods: periodViews,
    };
  }

  async function authority(authorityId: string, q: { indicatorId?: number }, actor: Actor | null): Promise<AuthorityValues> {
    const a = await deps.registry.get(db, authorityId);
    if (!a) throw new AppError('AUTHORITY_NOT_FOUND');
    const scope = { authorityId, clusterSlug: a.currentCluster?.slug ?? null };
    const indicators = await repo.indicators(db, { ids: q.indicatorId === undefined ? undefined : [q.indicatorId], publicOnly: !canReadInternal(actor) });
    const reads = canReadPending(actor, scope);
    const rows = (await repo.values(db, { indicatorIds: indicators.map((i) => i.id), authorityIds: [authorityId] })).filter((r) => reads || r.approvedVersion !== null);
    const versions = reads ? await repo.versionsOf(db, rows.map((r) => r.id)) : null;
    const names = versions ? await deps.values.namesOf(db, versions) : { documents: new Map(), users: new Map() };
    const enters = canEnter(actor, scope);
    const views = await deps.indicators.views(db, indicators, actor);
    return {
      authority: { id: a.id, nameHe: a.nameHe, nameEn: a.nameEn, clusterSlug: scope.clusterSlug },
      indicators: views.map((indicator) => ({ indicator, values: rows.filter((r) => r.indicatorId === indicator.id).map((r) => toValue(r, versions, names, { enters, actor })) })),
      actions: enters ? ['enter'] : [],
    };
  }

  return { cluster, programme, authority, periodsOf };
}
export type DashboardsService = ReturnType<typeof createDashboardsService>;
