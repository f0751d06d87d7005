import type { AuditEvent } from '@eshkol/contracts/audit';
import { maxRowId } from '@eshkol/contracts/common';

/** What a page of events names by id: authorities, clusters (slugs) and services. */
export type AuditRefs = { authorities: Set<string>; clusters: Set<string>; services: Set<number> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys an event's before and after name things by: in any version of any entity's record. */
function collect(value: unknown, refs: AuditRefs, depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, refs, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if ((key === 'authorityId' || key === 'ownerAuthorityId') && typeof v === 'string') refs.authorities.add(v);
    else if (key === 'invited' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && refs.authorities.add(id));
    else if ((key === 'clusterSlug' || key === 'cluster') && typeof v === 'string') refs.clusters.add(v);
    else if (key === 'serviceId' && typeof v === 'number') refs.services.add(v);
    else collect(v, refs, depth + 1);
  }
}

/** What an event's entity id names: `loc-1@galil`, `12:loc-1`, `12:3` (a study's version) or the entity itself. */
function fromEntity(e: Pick<AuditEvent, 'entityType' | 'entityId'>, refs: AuditRefs): void {
  const [a, b] = e.entityType === 'membership' ? e.entityId.split('@') : e.entityId.split(':');
  switch (e.entityType) {
    case 'authority':
    case 'participation':
      refs.authorities.add(e.entityId);
      return;
    case 'cluster':
      refs.clusters.add(e.entityId);
      return;
    case 'service':
      refs.services.add(Number(e.entityId));
      return;
    case 'membership':
      if (a && b) {
        refs.authorities.add(a);
        refs.clusters.add(b);
      }
      return;
    case 'service_participation':
      if (a && b) {
        refs.services.add(Number(a));
        refs.authorities.add(b);
      }
      return;
    case 'feasibility_study':
      if (a) refs.services.add(Number(a));
  }
}

export function auditRefs(events: readonly AuditEvent[]): AuditRefs {
  const refs: AuditRefs = { authorities: new Set(), clusters: new Set(), services: new Set() };
  for (const e of events) {
    fromEntity(e, refs);
    if (e.serviceId !== null) refs.services.add(e.serviceId);
    collect(e.before, refs);
    collect(e.after, refs);
  }
  // An id no row can have (an old event's malformed id) names nothing.
  for (const id of refs.services) if (!Number.isInteger(id) || id <= 0 || id > maxRowId) refs.services.delete(id);
  return refs;
}
