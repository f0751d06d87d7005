import type { ParticipantStatus } from '@eshkol/contracts/services';
import type { ServiceSavings } from '@eshkol/contracts/measurement-views';
import { measuredIn } from '@eshkol/engine/measurement/due';
import { yearFraction, type Frequency } from '@eshkol/engine/measurement/periods';
import { serviceSavings, type SavingsRow } from '@eshkol/engine/measurement/savings';
import type { Actor } from '../../platform/access';
import { AppError } from '../../platform/errors';
import { canReadServiceDetails } from '../services/services.policy';
import { canReadInternal } from './measurement.policy';
import type { ValueRow } from './measurement.repo';
import { joinersOf, registryOf, type MeasurementDeps } from './measurement-ports';
import type { DashboardsService } from './dashboards.service';
import type { IndicatorsService } from './indicators.service';

type Range = { from?: string; to?: string };

/**
 * A service's savings, period by period: each participant's approved unit cost times its quantity,
 * against its baseline (its approved baseline value, or the study's stand-alone cost per unit) and
 * against the approved study's promise (its share per unit). The quantity is the service's
 * measured quantity in the period where it has a quantity indicator, else the study's, for the
 * period's part of a year. Read by whoever reads the service's details.
 */
export function createSavingsService(deps: MeasurementDeps & { indicators: Pick<IndicatorsService, 'views'>; periodsOf: DashboardsService['periodsOf'] }) {
  const { db, repo } = deps;

  async function savings(serviceId: number, q: Range & { indicatorId?: number }, actor: Actor | null): Promise<ServiceSavings> {
    const service = await deps.services.get(db, serviceId);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    const participants = await deps.services.participants(db, [serviceId]);
    if (!canReadServiceDetails(actor, { clusterSlug: service.clusterSlug, participants: participants.map((p) => ({ authorityId: p.authorityId, status: p.status as ParticipantStatus })) })) {
      throw new AppError('FORBIDDEN');
    }
    const own = (await repo.indicators(db, { serviceId, publicOnly: !canReadInternal(actor) }));
    const indicator = q.indicatorId === undefined ? own.find((i) => i.kind === 'unit_cost') : own.find((i) => i.id === q.indicatorId && i.kind === 'unit_cost');
    if (q.indicatorId !== undefined && !indicator) throw new AppError('INDICATOR_NOT_FOUND');
    const promise = await deps.promise(db, serviceId);
    const head = { service: { id: service.id, nameHe: service.nameHe, clusterSlug: service.clusterSlug }, promise: promise && { studyVersion: promise.studyVersion, method: promise.method } };
    if (!indicator) return { ...head, indicator: null, periods: [] };

    const quantityIndicator = own.find((i) => i.kind === 'quantity' && i.frequency === indicator.frequency);
    const periods = deps.periodsOf(indicator, q);
    const span = { from: periods[0]?.key, to: periods.at(-1)?.key };
    const [joiners, registry, costs, baselines, quantities] = await Promise.all([
      joinersOf(deps, db, serviceId),
      registryOf(deps, db),
      repo.values(db, { indicatorIds: [indicator.id], kinds: ['actual'], ...span }),
      repo.values(db, { indicatorIds: [indicator.id], kinds: ['baseline'] }),
      quantityIndicator ? repo.values(db, { indicatorIds: [quantityIndicator.id], kinds: ['actual'], ...span }) : Promise.resolve([] as ValueRow[]),
    ]);
    const approved = (rows: readonly ValueRow[]) => new Map(rows.flatMap((r) => (r.approvedValue === null ? [] : [[`${r.authorityId}|${r.period}`, r.approvedValue] as const])));
    const cost = approved(costs);
    const quantity = approved(quantities);
    const baseline = latestBaselines(baselines);
    const study = new Map((promise?.rows ?? []).map((r) => [r.authorityId, r]));
    const fraction = yearFraction(indicator.frequency as Frequency);

    return {
      ...head,
      indicator: (await deps.indicators.views(db, [indicator], actor))[0]!,
      periods: periods.map((p) => {
        const rows = [...joiners.entries()]
          .filter(([authorityId, j]) => measuredIn({ authorityId, from: j.joinedOn, until: j.leftOn }, p))
          .sort(([a], [b]) => a.localeCompare(b))
          .flatMap(([authorityId]) => {
            const s = study.get(authorityId);
            const measuredQuantity = quantity.get(`${authorityId}|${p.key}`);
            const q = measuredQuantity ?? (s ? s.quantity * fraction : null);
            if (q === null) return [];
            const perUnit = (x: number | null | undefined) => (s && s.quantity > 0 && x != null ? x / s.quantity : null);
            const studyBaseline = perUnit(s?.standAlone);
            const b = baseline.get(authorityId) ?? studyBaseline;
            const row: SavingsRow = { authorityId, quantity: q, baselineUnitCost: b ?? null, measuredUnitCost: cost.get(`${authorityId}|${p.key}`) ?? null, promisedUnitCost: perUnit(s?.share) };
            return [{ row, quantitySource: measuredQuantity === undefined ? ('study' as const) : ('measured' as const), baselineSource: baseline.has(authorityId) ? ('measured' as const) : studyBaseline === null ? null : ('study' as const) }];
          });
        const result = serviceSavings(rows.map((r) => r.row));
        return {
          period: p.key,
          from: p.from,
          to: p.to,
          rows: result.rows.map((r, i) => ({
            ...r,
            nameHe: registry.get(r.authorityId)?.nameHe ?? r.authorityId,
            nameEn: registry.get(r.authorityId)?.nameEn ?? null,
            quantitySource: rows[i]!.quantitySource,
            baselineSource: rows[i]!.baselineSource,
            baselineUnitCost: rows[i]!.row.baselineUnitCost,
            measuredUnitCost: rows[i]!.row.measuredUnitCost,
            promisedUnitCost: rows[i]!.row.promisedUnitCost,
          })),
          totals: result.totals,
        };
      }),
    };
  }

  return { savings };
}
export type SavingsService = ReturnType<typeof createSavingsService>;

/** Each authority's approved baseline of its latest period. */
function latestBaselines(rows: readonly ValueRow[]): Map<string, number> {
  const latest = new Map<string, { period: string; value: number }>();
  for (const r of rows) if (r.approvedValue !== null && (latest.get(r.authorityId)?.period ?? '') < r.period) latest.set(r.authorityId, { period: r.period, value: r.approvedValue });
  return new Map([...latest].map(([id, b]) => [id, b.value]));
}

