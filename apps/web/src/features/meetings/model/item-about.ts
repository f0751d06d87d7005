import type { ItemLink } from '@eshkol/contracts/meetings';

/** What the field holds: the kind chosen, the service (for a service or one of its studies) and the record's id. */
export type AboutValue = { kind: 'none' | 'service' | 'study' | 'decision'; serviceId: number | null; id: number | null };
export const noAbout: AboutValue = { kind: 'none', serviceId: null, id: null };

/** The field's value for an item's stored link (a study's service is where the server says it leads). */
export function aboutOf(link: ItemLink | null, linked: { serviceId: number | null } | null): AboutValue {
  if (!link || link.kind === 'submission') return noAbout;
  return { kind: link.kind, serviceId: link.kind === 'service' ? link.id : (linked?.serviceId ?? null), id: link.id };
}

/** The link the field makes: none until a record is chosen. */
export function linkOf(v: AboutValue): ItemLink | null {
  if (v.kind === 'none') return null;
  if (v.kind === 'service') return v.serviceId === null ? null : { kind: 'service', id: v.serviceId };
  return v.id === null ? null : { kind: v.kind, id: v.id };
}
