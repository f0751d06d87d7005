import type { VersionState } from '@eshkol/contracts/measurement';
import type { Indicator, MeasurementValue, ValueVersion } from '@eshkol/contracts/measurement-views';
import type { Actor } from '../../platform/access';
import { allows } from '../../platform/permissions';
import { canDefine, canReview, measurementRules } from './measurement.policy';
import type { IndicatorRow, ValueRow, VersionRow } from './measurement.repo';

/** Rows as the API gives them. */

export function toIndicator(row: IndicatorRow, serviceNames: ReadonlyMap<number, string>, actor: Actor | null): Indicator {
  const actions: Indicator['actions'] = [];
  if (canDefine(actor)) actions.push('update');
  if (allows(measurementRules.enterAny, actor)) actions.push('enter');
  return {
    id: row.id,
    nameHe: row.nameHe,
    nameEn: row.nameEn,
    unitHe: row.unitHe,
    unitEn: row.unitEn,
    description: row.description,
    direction: row.direction as Indicator['direction'],
    frequency: row.frequency as Indicator['frequency'],
    kind: row.kind as Indicator['kind'],
    domain: row.domain as Indicator['domain'],
    serviceId: row.serviceId,
    serviceNameHe: row.serviceId === null ? null : (serviceNames.get(row.serviceId) ?? null),
    owner: row.owner,
    public: row.public,
    minValue: row.minValue,
    maxValue: row.maxValue,
    fromPeriod: row.fromPeriod,
    dueDays: row.dueDays,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    actions,
  };
}

/** The names a version refers to: its documents' files, its authors' and reviewers' display names. */
export type VersionNames = { documents: ReadonlyMap<string, string>; users: ReadonlyMap<string, string> };

export const toVersion = (v: VersionRow, names: VersionNames): ValueVersion => ({
  version: v.version,
  value: v.value,
  comment: v.comment,
  documents: v.documentIds.map((id) => ({ id, fileName: names.documents.get(id) ?? '' })),
  state: v.state as ValueVersion['state'],
  source: v.source as ValueVersion['source'],
  submittedAt: v.submittedAt.toISOString(),
  submittedBy: v.submittedBy ? (names.users.get(v.submittedBy) ?? null) : null,
  remark: v.remark,
  reviewedAt: v.reviewedAt?.toISOString() ?? null,
  reviewedBy: v.reviewedBy ? (names.users.get(v.reviewedBy) ?? null) : null,
});

/**
 * A value as the reader sees it: its approved version always; where the latest stands, its
 * versions and the reader's actions only for those who read what waits (`versions` given).
 */
export function toValue(row: ValueRow, versions: readonly VersionRow[] | null, names: VersionNames, access: { enters: boolean; actor: Actor | null }): MeasurementValue {
  const actions: MeasurementValue['actions'] = [];
  if (versions !== null && row.latestState === 'submitted' && canReview(access.actor)) actions.push('review');
  if (access.enters && row.latestState !== 'submitted') actions.push('update');
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    authorityId: row.authorityId,
    period: row.period,
    kind: row.kind as MeasurementValue['kind'],
    approved: row.approvedVersion === null || row.approvedValue === null ? null : { version: row.approvedVersion, value: row.approvedValue },
    latest: versions === null ? null : { version: row.latestVersion, state: row.latestState as VersionState },
    versions: versions === null ? null : versions.filter((v) => v.valueId === row.id).map((v) => toVersion(v, names)),
    actions,
  };
}

/** What an audit event keeps of a version entered: what it is of, and its figures. */
export const auditOfEntry = (row: ValueRow, v: VersionRow, indicator: IndicatorRow) => ({
  indicatorId: indicator.id,
  indicatorName: indicator.nameHe,
  unit: indicator.unitHe,
  authorityId: row.authorityId,
  kind: row.kind,
  period: row.period,
  version: v.version,
  value: v.value,
  comment: v.comment,
  documentIds: v.documentIds,
  source: v.source,
});
