import type { CreateIndicator, UpdateIndicator } from '@eshkol/contracts/measurement';
import { createIndicatorSchema } from '@eshkol/contracts/measurement';
import type { Indicator, IndicatorList } from '@eshkol/contracts/measurement-views';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import { canDefine, canReadInternal } from './measurement.policy';
import type { IndicatorRow } from './measurement.repo';
import type { MeasurementDeps } from './measurement-ports';
import { toIndicator } from './measurement-views';

/** The fields of an indicator as the audit log and the checks see them. */
const fieldsOf = (r: IndicatorRow) => ({
  nameHe: r.nameHe,
  nameEn: r.nameEn,
  unitHe: r.unitHe,
  unitEn: r.unitEn,
  description: r.description,
  direction: r.direction,
  frequency: r.frequency,
  kind: r.kind,
  domain: r.domain,
  serviceId: r.serviceId,
  owner: r.owner,
  public: r.public,
  minValue: r.minValue,
  maxValue: r.maxValue,
  fromPeriod: r.fromPeriod,
  dueDays: r.dueDays,
});

/** The indicators: listed and read by everyone (the public, the public ones), defined and changed by the measurement partner. */
export function createIndicatorsService(deps: Pick<MeasurementDeps, 'db' | 'repo' | 'services' | 'clock'>) {
  const { db, repo } = deps;

  async function views(tx: DbOrTx, rows: IndicatorRow[], actor: Actor | null): Promise<Indicator[]> {
    const names = await deps.services.names(tx, rows.flatMap((r) => (r.serviceId === null ? [] : [r.serviceId])));
    return rows.map((r) => toIndicator(r, names, actor));
  }

  /** An indicator the reader may see (a public one, for the public); INDICATOR_NOT_FOUND otherwise. */
  async function readable(tx: DbOrTx, id: number, actor: Actor | null): Promise<IndicatorRow> {
    const row = await repo.indicator(tx, id);
    if (!row || (!row.public && !canReadInternal(actor))) throw new AppError('INDICATOR_NOT_FOUND');
    return row;
  }

  async function list(q: { domain?: string; kind?: string; serviceId?: number }, actor: Actor | null): Promise<IndicatorList> {
    const rows = await repo.indicators(db, { ...q, publicOnly: !canReadInternal(actor) });
    return { items: await views(db, rows, actor), actions: canDefine(actor) ? ['define'] : [] };
  }

  const get = async (id: number, actor: Actor | null) => (await views(db, [await readable(db, id, actor)], actor))[0]!;

  async function requireService(tx: DbOrTx, serviceId: number | null) {
    if (serviceId !== null && !(await deps.services.get(tx, serviceId))) throw new AppError('SERVICE_NOT_FOUND', [issue('serviceId', 'invalid_value', 'no such service')]);
  }

  async function create(input: CreateIndicator, actor: Actor): Promise<Indicator> {
    return db.transaction(async (tx) => {
      if (!canDefine(actor)) throw new AppError('FORBIDDEN');
      await requireService(tx, input.serviceId);
      const now = deps.clock();
      const row = await repo.insertIndicator(tx, { ...input, createdBy: actor.userId, createdAt: now, updatedAt: now });
      await writeAudit(tx, actor, { action: 'indicator.create', entityType: 'indicator', entityId: String(row.id), after: fieldsOf(row) });
      return (await views(tx, [row], actor))[0]!;
    });
  }

  /** A change of some fields; the indicator as it will stand is checked whole, and its frequency stays once it has values. */
  async function update(id: number, patch: UpdateIndicator, actor: Actor): Promise<Indicator> {
    return db.transaction(async (tx) => {
      if (!canDefine(actor)) throw new AppError('FORBIDDEN');
      const before = await repo.lockIndicator(tx, id, 'update');
      if (!before) throw new AppError('INDICATOR_NOT_FOUND');
      const merged = createIndicatorSchema.safeParse({ ...fieldsOf(before), ...patch });
      if (!merged.success) {
        throw new AppError('VALIDATION_FAILED', merged.error.issues.map((i) => issue(`body.${i.path.join('.')}`, 'custom', i.message)));
      }
      if (patch.frequency !== undefined && patch.frequency !== before.frequency && (await repo.hasValues(tx, id))) throw new AppError('MEASUREMENT_FREQUENCY_LOCKED');
      if (patch.serviceId !== undefined) await requireService(tx, patch.serviceId);
      const after = await repo.updateIndicator(tx, id, { ...patch, updatedAt: deps.clock() });
      const was = fieldsOf(before);
      const now = fieldsOf(after);
      const keys = (Object.keys(now) as (keyof typeof now)[]).filter((k) => was[k] !== now[k]);
      await writeAudit(tx, actor, {
        action: 'indicator.update',
        entityType: 'indicator',
        entityId: String(id),
        before: Object.fromEntries(keys.map((k) => [k, was[k]])),
        after: { ...Object.fromEntries(keys.map((k) => [k, now[k]])), nameHe: after.nameHe },
      });
      return (await views(tx, [after], actor))[0]!;
    });
  }

  return { list, get, readable, views, create, update };
}
export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
