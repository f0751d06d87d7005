import type {
  CreateService, DecideParticipation, ParticipantStatus, Service, ServiceMatrix, ServiceState, ServiceSummary, UpdateService,
} from '@eshkol/contracts/services';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { DocumentsRepo } from '../documents/documents.repo';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import { canReadParticipation } from '../participation/participation.policy';
import { decideParticipation } from './decide-participation';
import { buildMatrix } from './service-matrix';
import { toSummary } from './service-view';
import { canManageServices, canReadServiceDetails, isFrozen, serviceActions, type ServiceScope } from './services.policy';
import type { ParticipantRow, ServiceReader } from './services.reader';
import type { ServiceRow, ServicesRepo } from './services.repo';

export type SharedServicesDeps = {
  db: Db;
  repo: ServicesRepo;
  reader: ServiceReader;
  authorities: Pick<AuthorityRegistry, 'list' | 'memberIds'>;
  clusters: Pick<ClustersRepo, 'get'>;
  documents: Pick<DocumentsRepo, 'get'>;
  notifications: Pick<NotificationsRepo, 'notify'>;
  clock: () => Date;
};

const scopeOf = (s: ServiceRow, participants: readonly Pick<ParticipantRow, 'authorityId' | 'status'>[]): ServiceScope => ({
  clusterSlug: s.clusterSlug,
  state: s.state as ServiceState,
  participants: participants.map((p) => ({ authorityId: p.authorityId, status: p.status as ParticipantStatus })),
});

/** What the audit log keeps of a service: its fields and whom it invited. */
const snapshot = (s: ServiceRow, invited: readonly string[]) => ({
  nameHe: s.nameHe,
  nameEn: s.nameEn,
  domain: s.domain,
  kind: s.kind,
  funders: s.funders,
  description: s.description,
  state: s.state,
  invited: [...invited].sort(),
});

export function createSharedServicesService(deps: SharedServicesDeps) {
  const { db, repo, reader, authorities, clusters, notifications } = deps;

  async function requireCluster(slug: string, tx: DbOrTx = db) {
    const cluster = await clusters.get(tx, slug);
    if (!cluster) throw new AppError('CLUSTER_NOT_FOUND');
    return cluster;
  }

  /** Refuses authorities that are not current members of the cluster, naming them. */
  async function requireMembers(tx: DbOrTx, slug: string, ids: readonly string[]) {
    const members = new Set(await authorities.memberIds(tx, slug));
    const outside = ids.filter((id) => !members.has(id));
    if (outside.length > 0) throw new AppError('NOT_A_CLUSTER_MEMBER', outside.map((id) => issue('invited', 'not_cluster_member', `${id} is not a current member of ${slug}`, { authorityId: id })));
  }

  /** Invites authorities: their rows, the first event of their history, and a notification to each representative. */
  async function invite(tx: DbOrTx, service: ServiceRow, clusterName: string, ids: readonly string[], actor: Actor) {
    if (ids.length === 0) return;
    await repo.insertParticipants(tx, ids.map((authorityId) => ({ serviceId: service.id, authorityId, status: 'invited' })));
    await repo.insertEvents(tx, ids.map((authorityId) => ({ serviceId: service.id, authorityId, status: 'invited', byUserId: actor.userId })));
    for (const authorityId of ids) {
      await notifications.notify(tx, {
        kind: 'invitation',
        role: 'authority_rep',
        authorityId,
        link: `/services/${service.id}`,
        params: { service: service.nameHe, cluster: clusterName },
      });
    }
  }

  async function list(slug: string): Promise<ServiceSummary[]> {
    await requireCluster(slug);
    const rows = await repo.ofCluster(db, slug);
    const participants = await repo.participants(db, rows.map((s) => s.id));
    return rows.map((s) => toSummary(s, participants.filter((p) => p.serviceId === s.id)));
  }

  async function get(id: number, actor: Actor | null): Promise<Service> {
    const service = await repo.get(db, id);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    const participants = await reader.participants(db, [id]);
    const scope = scopeOf(service, participants);
    return reader.view(db, service, participants, { full: canReadServiceDetails(actor, scope), actions: serviceActions(actor, scope) });
  }

  async function create(slug: string, input: CreateService, actor: Actor): Promise<Service> {
    const id = await db.transaction(async (tx) => {
      const cluster = await requireCluster(slug, tx);
      if (!canManageServices(actor, slug)) throw new AppError('FORBIDDEN');
      const invited = [...new Set(input.invited)];
      await requireMembers(tx, slug, invited);
      const { invited: _, ...fields } = input;
      const service = await repo.insert(tx, { ...fields, clusterSlug: slug, state: 'planning', createdBy: actor.userId });
      await invite(tx, service, cluster.nameHe ?? slug, invited, actor);
      await writeAudit(tx, actor, { action: 'service.create', entityType: 'service', entityId: String(service.id), owner: serviceOwner(service.id), after: snapshot(service, invited) });
      return service.id;
    });
    return get(id, actor);
  }

  async function update(id: number, patch: UpdateService, actor: Actor): Promise<Service> {
    await db.transaction(async (tx) => {
      const before = await repo.lock(tx, id, 'change');
      if (!before) throw new AppError('SERVICE_NOT_FOUND');
      if (!canManageServices(actor, before.clusterSlug)) throw new AppError('FORBIDDEN');
      if (isFrozen(before.state as ServiceState)) throw new AppError('SERVICE_FROZEN');
      const invitedBefore = (await repo.participants(tx, [id])).map((p) => p.authorityId);
      const added = [...new Set(patch.invite ?? [])].filter((a) => !invitedBefore.includes(a));
      await requireMembers(tx, before.clusterSlug, added);
      const { invite: _, ...fields } = patch;
      const changed = Object.entries(fields).some(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof ServiceRow]));
      if (!changed && added.length === 0) return;
      if (changed) await repo.update(tx, id, fields);
      const after = { ...before, ...fields };
      await invite(tx, after, (await requireCluster(before.clusterSlug, tx)).nameHe ?? before.clusterSlug, added, actor);
      await writeAudit(tx, actor, {
        action: 'service.update',
        entityType: 'service',
        entityId: String(id),
        owner: serviceOwner(id),
        before: snapshot(before, invitedBefore),
        after: snapshot(after, [...invitedBefore, ...added]),
      });
    });
    return get(id, actor);
  }

  async function decide(id: number, authorityId: string, decision: DecideParticipation, actor: Actor): Promise<Service> {
    await db.transaction((tx) => decideParticipation({ tx, repo, documents: deps.documents, now: deps.clock() }, id, authorityId, decision, actor));
    return get(id, actor);
  }

  async function matrix(slug: string, actor: Actor | null): Promise<ServiceMatrix> {
    await requireCluster(slug);
    const members = await authorities.list(db, { cluster: slug });
    if (!canReadParticipation(actor, slug, members.map((m) => m.id))) throw new AppError('FORBIDDEN');
    const rows = await repo.ofCluster(db, slug);
    return buildMatrix(members, rows, await reader.participants(db, rows.map((s) => s.id)));
  }

  return { list, get, create, update, decide, matrix };
}
export type SharedServicesService = ReturnType<typeof createSharedServicesService>;
