import type { Authority } from '@eshkol/contracts/authorities';
import type { ParticipantStatus, ServiceMatrix } from '@eshkol/contracts/services';
import { toSummary } from './service-view';
import type { ParticipantRow } from './services.reader';
import type { ServiceRow } from './services.repo';
import { dateInIsrael } from './participation-rules';

/** From when a status holds: the join date, the leave date, or the day of the last answer. */
function sinceOf(p: ParticipantRow): string | null {
  if (p.status === 'joined') return p.since;
  if (p.status === 'left') return p.leftOn;
  return dateInIsrael(p.updatedAt);
}

/**
 * The cluster's services × its current members, and below them any former member still named in
 * a service (its history stays visible).
 */
export function buildMatrix(members: readonly Pick<Authority, 'id' | 'nameHe' | 'nameEn'>[], services: readonly ServiceRow[], participants: readonly ParticipantRow[]): ServiceMatrix {
  const memberIds = new Set(members.map((m) => m.id));
  const former = new Map<string, { id: string; nameHe: string; nameEn: string | null }>();
  for (const p of participants) if (!memberIds.has(p.authorityId)) former.set(p.authorityId, { id: p.authorityId, nameHe: p.nameHe, nameEn: p.nameEn });
  const byKey = new Map(participants.map((p) => [`${p.serviceId}:${p.authorityId}`, p]));
  return {
    services: services.map((s) => toSummary(s, participants.filter((p) => p.serviceId === s.id))),
    rows: [...members, ...former.values()].map((a) => ({
      authorityId: a.id,
      nameHe: a.nameHe,
      nameEn: a.nameEn,
      cells: services.map((s) => {
        const p = byKey.get(`${s.id}:${a.id}`);
        return { serviceId: s.id, status: p ? (p.status as ParticipantStatus) : null, since: p ? sinceOf(p) : null };
      }),
    })),
  };
}
