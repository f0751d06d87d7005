import type { Db, DbOrTx } from '../../db/client';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersModule } from '../clusters/clusters.module';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { DocumentsModule } from '../documents/documents.module';
import type { feasibilityModule } from '../feasibility/feasibility.module';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import type { ServicesRepo } from '../services/services.repo';
import type { UsersRepo } from '../users/users.repo';
import { dayInIsrael } from '../../platform/calendar';
import type { MeasurementRepo } from './measurement.repo';

/**
 * What the measurement module's services are given: its repo and the clock, and the other
 * modules' ports — the registry (each authority with its socio-economic and peripherality cluster),
 * membership over time, a service's participants with their join days, the approved study's
 * promise, documents, users' names and notifications.
 */
export type MeasurementDeps = {
  db: Db;
  repo: MeasurementRepo;
  clock: () => Date;
  registry: Pick<AuthorityRegistry, 'list' | 'get'>;
  clusters: Pick<ClustersRepo, 'membershipsOfCluster' | 'list' | 'get'>;
  membersDuring: ClustersModule['membersDuring'];
  services: Pick<ServicesRepo, 'get' | 'names' | 'participants'>;
  promise: ReturnType<typeof feasibilityModule>['approvedPromise'];
  documents: Pick<DocumentsModule, 'get' | 'names'>;
  users: Pick<UsersRepo, 'displayNames'>;
  notify: NotificationsRepo['notify'];
};

export const todayOf = (deps: Pick<MeasurementDeps, 'clock'>) => dayInIsrael(deps.clock());

/** Every authority of the registry by id, with its names, indices and current cluster. */
export async function registryOf(deps: Pick<MeasurementDeps, 'registry'>, db: DbOrTx) {
  return new Map((await deps.registry.list(db, {})).map((a) => [a.id, a]));
}

/** The authorities that joined a service (now or before they left), with the day each joined and the day it left. */
export async function joinersOf(deps: Pick<MeasurementDeps, 'services'>, db: DbOrTx, serviceId: number | null) {
  if (serviceId === null) return new Map<string, { joinedOn: string; leftOn: string | null }>();
  const rows = await deps.services.participants(db, [serviceId]);
  return new Map(rows.filter((p) => (p.status === 'joined' || p.status === 'left') && p.since !== null).map((p) => [p.authorityId, { joinedOn: p.since!, leftOn: p.status === 'left' ? p.leftOn : null }]));
}
