import type { AuditList, AuditNames, AuditQuery } from '@eshkol/contracts/audit';
import type { Db } from '../../db/client';
import { listAudit, toAuditEvent } from '../../platform/audit';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ServicesRepo } from '../services/services.repo';
import { auditRefs } from './audit-refs';

type Deps = {
  db: Db;
  authorities: Pick<AuthoritiesRepo, 'names'>;
  clusters: Pick<ClustersRepo, 'list'>;
  services: Pick<ServicesRepo, 'byIds'>;
};

/** The log as the audit page reads it: a page of events, with the names of what they refer to by id. */
export function createAuditService(deps: Deps) {
  const { db } = deps;

  async function namesOf(items: AuditList['items']): Promise<AuditNames> {
    const refs = auditRefs(items);
    const [authorities, clusters, services] = await Promise.all([
      deps.authorities.names(db, [...refs.authorities]),
      refs.clusters.size > 0 ? deps.clusters.list(db) : Promise.resolve([]),
      deps.services.byIds(db, [...refs.services]),
    ]);
    return {
      authorities: Object.fromEntries([...authorities].map(([id, n]) => [id, { nameHe: n.nameHe, nameEn: n.nameEn }])),
      clusters: Object.fromEntries(clusters.filter((c) => refs.clusters.has(c.slug)).map((c) => [c.slug, { nameHe: c.nameHe, nameEn: c.nameEn }])),
      services: Object.fromEntries([...services].map(([id, s]) => [String(id), { nameHe: s.nameHe, nameEn: s.nameEn }])),
    };
  }

  async function list(q: AuditQuery): Promise<AuditList> {
    const rows = await listAudit(db, q);
    const items = rows.map(toAuditEvent);
    return { items, nextBefore: rows.length === q.limit ? (rows.at(-1)?.id ?? null) : null, names: await namesOf(items) };
  }

  return { list };
}
export type AuditService = ReturnType<typeof createAuditService>;
