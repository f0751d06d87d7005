import type { Authority } from '@eshkol/contracts/authorities';
import type { ClusterAction, ClusterDetail, CreateCluster, LegalForm, UpdateCluster } from '@eshkol/contracts/clusters';
import type { JoinCluster, LeaveCluster } from '@eshkol/contracts/memberships';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import type { Cite } from '../../platform/citations';
import { AppError } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import { allows } from '../../platform/permissions';
import { figuresOf, figuresOfSum, mix, toCluster, toMembership } from './cluster-views';
import { clusterRules } from './clusters.policy';
import type { ClustersRepo } from './clusters.repo';
import { canLeaveOn, joinConflict, membershipOn, toPeriod } from './membership-rules';

/** What a reader may do on a cluster, as a module that works within clusters declares it. */
export type ClusterActions = (actor: Actor, cluster: { clusterSlug: string; memberIds: readonly string[] }) => ClusterAction[];

export function createClustersService(deps: {
  db: Db;
  repo: ClustersRepo;
  authorities: Pick<AuthoritiesRepo, 'exists'>;
  registry: Pick<AuthorityRegistry, 'list' | 'populationsByCluster'>;
  cite: Cite;
}) {
  const { db, repo, authorities, cite } = deps;
  const actionSources: ClusterActions[] = [(actor) => (allows(clusterRules.manage, actor) ? ['manage'] : [])];

  async function requireCluster(slug: string, tx: Parameters<ClustersRepo['get']>[0] = db) {
    const c = await repo.get(tx, slug);
    if (!c) throw new AppError('CLUSTER_NOT_FOUND');
    return c;
  }

  /** Who knows each cluster's legal form in force today (the standing module, which records them over time). */
  let legalForms: (tx: DbOrTx) => Promise<ReadonlyMap<string, LegalForm>> = async () => new Map();
  const readLegalFormsBy = (reader: typeof legalForms) => void (legalForms = reader);

  /** Every cluster with its members' figures, summed by the database, and its legal form in force as its standing records say (else as it was created, unknown unless told). */
  async function listClusters() {
    const [rows, sums, forms] = await Promise.all([repo.list(db), deps.registry.populationsByCluster(db), legalForms(db)]);
    return rows.map((c) => ({ ...toCluster(c, figuresOfSum(sums.get(c.slug))), legalForm: forms.get(c.slug) ?? (c.legalForm as LegalForm) }));
  }

  /** A cluster with the reader's actions on it. */
  async function getCluster(slug: string, actor: Actor | null): Promise<ClusterDetail> {
    const c = await requireCluster(slug);
    const [members, history, stated, all] = await Promise.all([
      deps.registry.list(db, { cluster: slug }),
      repo.membershipsOfCluster(db, slug),
      repo.statedFigures(db),
      repo.list(db),
    ]);
    const bySlug = new Map(all.map((other) => [other.slug, other]));
    const byAuthority = new Map(history.filter((m) => !m.ended).map((m) => [m.authorityId, m]));
    const discrepancies = stated
      .filter((f) => f.subject === `cluster:${slug}` && f.key === 'member_count')
      .map((f) => ({
        source: f.source,
        citations: cite(f.source),
        statedMemberCount: f.value,
        listedMemberCount: history.filter((m) => m.observations.some((o) => o.asOf === f.asOf)).length,
        asOf: f.asOf ?? '',
      }))
      .filter((d) => d.statedMemberCount !== d.listedMemberCount);
    return {
      ...toCluster(c, figuresOf(members)),
      legalForm: (await legalForms(db)).get(slug) ?? (c.legalForm as LegalForm),
      members: members.map((a: Authority) => ({ ...a, membership: toMembership(byAuthority.get(a.id)!, c, { clusters: bySlug, cite }) })),
      history: history.map((m) => toMembership(m, c, { clusters: bySlug, cite })),
      discrepancies,
      socioEconomicMix: mix(members.map((m) => m.socioEconomicCluster)),
      peripheralityMix: mix(members.map((m) => m.peripheralityCluster)),
      actions: actor ? actionSources.flatMap((f) => f(actor, { clusterSlug: slug, memberIds: members.map((m) => m.id) })) : [],
    };
  }

  async function createCluster(input: CreateCluster, actor: Actor) {
    await db.transaction(async (tx) => {
      if (await repo.get(tx, input.slug)) throw new AppError('CLUSTER_SLUG_TAKEN');
      const row = { slug: input.slug, nameHe: input.nameHe, nameEn: input.nameEn ?? null, legalForm: input.legalForm, foundedOn: input.foundedOn ?? null };
      await repo.insert(tx, row);
      await writeAudit(tx, actor, { action: 'cluster.create', entityType: 'cluster', entityId: input.slug, after: row });
    });
    return getCluster(input.slug, actor);
  }

  async function updateCluster(slug: string, patch: UpdateCluster, actor: Actor) {
    await db.transaction(async (tx) => {
      const before = await requireCluster(slug, tx);
      const otherNames =
        patch.nameHe && before.nameHe && patch.nameHe !== before.nameHe && !before.otherNames.includes(before.nameHe)
          ? [...before.otherNames, before.nameHe]
          : before.otherNames;
      await repo.update(tx, slug, { ...patch, otherNames });
      const after = await requireCluster(slug, tx);
      await writeAudit(tx, actor, { action: 'cluster.update', entityType: 'cluster', entityId: slug, before, after });
    });
    return getCluster(slug, actor);
  }

  async function join(slug: string, input: JoinCluster, actor: Actor) {
    return db.transaction(async (tx) => {
      const cluster = await requireCluster(slug, tx);
      if (!(await authorities.exists(tx, input.authorityId))) throw new AppError('AUTHORITY_NOT_FOUND');
      const periods = (await repo.membershipsOfAuthority(tx, input.authorityId)).map(toPeriod);
      if (joinConflict(periods, input.joinedOn)) throw new AppError('MEMBERSHIP_OVERLAP');
      const created = await repo.insertMembership(tx, {
        authorityId: input.authorityId,
        clusterSlug: slug,
        joinedOn: input.joinedOn,
        note: input.note ?? null,
      });
      const view = toMembership({ ...created, observations: [] }, cluster, { cite });
      await writeAudit(tx, actor, { action: 'membership.join', entityType: 'membership', entityId: `${input.authorityId}@${slug}`, after: view });
      return view;
    });
  }

  async function leave(slug: string, authorityId: string, input: LeaveCluster, actor: Actor) {
    return db.transaction(async (tx) => {
      const cluster = await requireCluster(slug, tx);
      const open = (await repo.membershipsOfAuthority(tx, authorityId)).find((m) => !m.ended && m.clusterSlug === slug);
      if (!open) throw new AppError('MEMBERSHIP_NOT_FOUND');
      if (!canLeaveOn(toPeriod(open), input.leftOn)) throw new AppError('MEMBERSHIP_DATES_INVALID');
      const [ended] = await repo.endMembership(tx, open.id, { leftOn: input.leftOn, note: input.note ?? open.note });
      if (!ended) throw new AppError('MEMBERSHIP_NOT_FOUND');
      const before = toMembership(open, cluster, { cite });
      const after = toMembership({ ...ended, observations: open.observations }, cluster, { cite });
      await writeAudit(tx, actor, { action: 'membership.leave', entityType: 'membership', entityId: `${authorityId}@${slug}`, before, after });
      return after;
    });
  }

  /**
   * Who is a member of the cluster on a day, and when those no longer members left: for bodies
   * whose seats follow their authorities' membership.
   */
  async function membersOn(tx: Parameters<ClustersRepo['get']>[0], slug: string, day: string) {
    const periods = (await repo.membershipsOfCluster(tx, slug)).map((m) => ({ ...toPeriod(m), authorityId: m.authorityId }));
    return membershipOn(periods, day);
  }

  /** Modules that work within clusters add the actions they offer on a cluster's page. */
  const addActions = (source: ClusterActions) => void actionSources.push(source);

  return { listClusters, getCluster, createCluster, updateCluster, join, leave, membersOn, addActions, readLegalFormsBy };
}
export type ClustersService = ReturnType<typeof createClustersService>;
