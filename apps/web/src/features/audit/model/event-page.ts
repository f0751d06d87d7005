import type { AuditEvent } from '@eshkol/contracts/audit';

export type EventPage = { kind: 'authority' | 'cluster' | 'service'; href: string };

/** The page where what an event is about is shown: its service, its authority or its cluster; null for the rest. */
export function pageOf(e: Pick<AuditEvent, 'entityType' | 'entityId' | 'serviceId'>): EventPage | null {
  if (e.serviceId !== null) return { kind: 'service', href: `/services/${e.serviceId}` };
  if (e.entityType === 'service') return { kind: 'service', href: `/services/${encodeURIComponent(e.entityId)}` };
  if (e.entityType === 'authority' || e.entityType === 'participation') return { kind: 'authority', href: `/authorities/${encodeURIComponent(e.entityId)}` };
  if (e.entityType === 'membership') {
    const authorityId = e.entityId.split('@')[0];
    return authorityId ? { kind: 'authority', href: `/authorities/${encodeURIComponent(authorityId)}` } : null;
  }
  if (e.entityType === 'cluster') return { kind: 'cluster', href: `/clusters/${encodeURIComponent(e.entityId)}` };
  return null;
}
