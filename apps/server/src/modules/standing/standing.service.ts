import type { AuthorityStanding, ClusterStanding } from '@eshkol/contracts/standing';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access';
import { dayInIsrael } from '../../platform/calendar';
import type { Cite } from '../../platform/citations';
import { AppError } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ClustersService } from '../clusters/clusters.service';
import type { DocumentsModule } from '../documents/documents.module';
import { byStart, cellOf, formOn } from './standing-rules';
import { canRecordDelegation, standingActionsOf } from './standing.policy';
import type { DelegationRow, StandingRepo } from './standing.repo';
import { toDelegation, toLegalForm, toOrder, toPower } from './standing-views';

/** Dates of orders as sources give them: those with a date in order, then those without. */
const byDate = <O extends { id: number; datedOn: string | null }>(orders: readonly O[]) =>
  [...orders].sort((a, b) => (a.datedOn ?? '9999').localeCompare(b.datedOn ?? '9999') || a.id - b.id);

/** Reads of the clusters' standing, by everyone: a cluster's forms, orders and matrix of delegated powers, and an authority's delegations. */
export function createStandingService(deps: {
  db: Db;
  repo: StandingRepo;
  clusters: Pick<ClustersRepo, 'get' | 'list' | 'currentClusters'>;
  membersOn: ClustersService['membersOn'];
  authorities: Pick<AuthoritiesRepo, 'names' | 'exists'>;
  documents: Pick<DocumentsModule, 'names'>;
  cite: Cite;
  clock: () => Date;
}) {
  const { db, repo } = deps;
  const today = () => dayInIsrael(deps.clock());

  /** Names of the documents the delegations and orders cite, for a reader who may open them (an account). */
  const documentNames = (actor: Actor | null, ids: (string | null)[]) => (actor ? deps.documents.names(db, ids.filter((id): id is string => id !== null)) : Promise.resolve(null));

  async function ofCluster(slug: string, actor: Actor | null): Promise<ClusterStanding> {
    if (!(await deps.clusters.get(db, slug))) throw new AppError('CLUSTER_NOT_FOUND');
    const day = today();
    const [forms, orders, delegations, membership] = await Promise.all([repo.legalFormsOf(db, slug), repo.ordersOf(db, slug), repo.delegationsOfCluster(db, slug), deps.membersOn(db, slug, day)]);
    const powers = await repo.powersOfferedOr(db, delegations.map((d) => d.powerId));
    const authorityIds = [...new Set([...membership.members, ...delegations.map((d) => d.authorityId)])];
    const names = await deps.authorities.names(db, authorityIds);
    const documents = await documentNames(actor, [...orders.map((o) => o.documentId), ...delegations.map((d) => d.decisionDocumentId)]);
    const mayEnd = canRecordDelegation(actor, slug);
    const sorted = byStart(forms);
    const rows = authorityIds
      .map((authorityId) => ({
        authorityId,
        nameHe: names.get(authorityId)?.nameHe ?? null,
        nameEn: names.get(authorityId)?.nameEn ?? null,
        member: membership.members.has(authorityId),
        cells: powers.map((p) => cellOf(delegations, authorityId, p.id, day)),
      }))
      .sort((a, b) => Number(b.member) - Number(a.member) || (a.nameHe ?? a.authorityId).localeCompare(b.nameHe ?? b.authorityId, 'he'));
    return {
      clusterSlug: slug,
      asOf: day,
      legalForms: sorted.map((f) => toLegalForm(f, deps.cite)),
      currentFormId: formOn(sorted, day)?.id ?? null,
      orders: byDate(orders).map((o) => toOrder(o, documents)),
      powers: powers.map(toPower),
      rows,
      delegations: delegations.map((d) => toDelegation(d, day, documents, mayEnd)),
      actions: standingActionsOf(actor, slug),
    };
  }

  /**
   * An authority's delegations: to its cluster today, a cell for every power offered and every
   * power it delegated; to a cluster it has left, a cell for each power it delegated there.
   */
  async function ofAuthority(authorityId: string, actor: Actor | null): Promise<AuthorityStanding> {
    if (!(await deps.authorities.exists(db, authorityId))) throw new AppError('AUTHORITY_NOT_FOUND');
    const day = today();
    const delegations = await repo.delegationsOfAuthority(db, authorityId);
    const current = (await deps.clusters.currentClusters(db, { authorityId }))[0]?.slug ?? null;
    const powers = await repo.powersOfferedOr(db, delegations.map((d) => d.powerId));
    const slugs = [...new Set([...(current ? [current] : []), ...delegations.map((d) => d.clusterSlug)])];
    const clusterRows = new Map((await deps.clusters.list(db)).map((c) => [c.slug, c]));
    const delegatedIn = (slug: string, d: DelegationRow[]) => new Set(d.filter((x) => x.clusterSlug === slug).map((x) => x.powerId));
    const cells = slugs.flatMap((slug) => {
      const inCluster = delegations.filter((d) => d.clusterSlug === slug);
      const named = delegatedIn(slug, delegations);
      return powers.filter((p) => (slug === current && p.retiredOn === null) || named.has(p.id)).map((p) => ({ clusterSlug: slug, ...cellOf(inCluster, authorityId, p.id, day) }));
    });
    const documents = await documentNames(actor, delegations.map((d) => d.decisionDocumentId));
    return {
      authorityId,
      asOf: day,
      clusters: slugs.map((slug) => ({ slug, nameHe: clusterRows.get(slug)?.nameHe ?? null, nameEn: clusterRows.get(slug)?.nameEn ?? null })),
      powers: powers.map(toPower),
      cells,
      delegations: delegations.map((d) => toDelegation(d, day, documents, canRecordDelegation(actor, d.clusterSlug))),
    };
  }

  return { ofCluster, ofAuthority };
}
export type StandingService = ReturnType<typeof createStandingService>;
