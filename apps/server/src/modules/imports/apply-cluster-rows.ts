import { issue } from '../../platform/errors';
import type { ProblemIssue } from '@eshkol/contracts/errors';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClusterRow as StoredCluster, ClustersRepo } from '../clusters/clusters.repo';
import { planObservation, startOf, toPeriod } from '../clusters/membership-rules';
import type { ClusterRow } from './cluster-rows';

type Counts = { created: number; updated: number; unchanged: number };

const newer = (asOf: string | null, than: string | null) => asOf !== null && (than === null || startOf(asOf) > startOf(than));

/** Finds or creates each row's cluster; a name already known (main or other) is the same cluster. */
async function resolveClusters(tx: Tx, rows: ClusterRow[], repo: ClustersRepo, actor: Actor | null, issues: ProblemIssue[], counts: Counts) {
  const known = new Map((await repo.list(tx)).map((c) => [c.slug, c]));
  const byName = () => {
    const m = new Map<string, StoredCluster>();
    for (const c of known.values()) for (const n of [c.nameHe, c.nameEn, ...c.otherNames]) if (n) m.set(n, c);
    return m;
  };
  const slugOf = new Map<number, string>();
  for (const row of rows) {
    let cluster = row.clusterSlug ? known.get(row.clusterSlug) : byName().get(row.clusterNameHe ?? row.clusterNameEn ?? '');
    if (!cluster && !row.clusterSlug) {
      issues.push(issue('cluster_name_he', 'unknown_cluster', `unknown cluster "${row.clusterNameHe ?? row.clusterNameEn}": add a cluster_slug column to create it`, { name: row.clusterNameHe ?? row.clusterNameEn ?? '' }, row.line));
      continue;
    }
    if (!cluster) {
      const created = { slug: row.clusterSlug!, nameHe: row.clusterNameHe, nameEn: row.clusterNameEn, nameAsOf: row.asOf, otherNames: [], status: row.status, legalForm: 'unknown', foundedOn: null, createdAt: new Date() };
      await repo.insert(tx, created);
      await writeAudit(tx, actor, { action: 'cluster.create', entityType: 'cluster', entityId: created.slug, after: created });
      known.set(created.slug, created);
      counts.created++;
      cluster = created;
    } else {
      const updated = mergeNames(cluster, row);
      if (updated) {
        await repo.update(tx, cluster.slug, updated);
        await writeAudit(tx, actor, { action: 'cluster.update', entityType: 'cluster', entityId: cluster.slug, before: cluster, after: { ...cluster, ...updated } });
        cluster = { ...cluster, ...updated };
        known.set(cluster.slug, cluster);
      }
    }
    slugOf.set(row.line, cluster.slug);
  }
  return slugOf;
}

/** A newer source's name becomes the main name; every other name is kept. */
function mergeNames(c: StoredCluster, row: ClusterRow): Partial<StoredCluster> | null {
  const names = new Set([c.nameHe, c.nameEn, ...c.otherNames]);
  const patch: Partial<StoredCluster> = {};
  const others = [...c.otherNames];
  const useNewer = newer(row.asOf, c.nameAsOf);
  if (row.clusterNameHe && !names.has(row.clusterNameHe)) {
    if (useNewer || !c.nameHe) {
      if (c.nameHe) others.push(c.nameHe);
      patch.nameHe = row.clusterNameHe;
    } else others.push(row.clusterNameHe);
  }
  if (row.clusterNameEn && !names.has(row.clusterNameEn)) {
    if (!c.nameEn) patch.nameEn = row.clusterNameEn;
    else others.push(row.clusterNameEn);
  }
  if (useNewer && row.status !== c.status) patch.status = row.status;
  if (useNewer && (patch.nameHe || patch.status)) patch.nameAsOf = row.asOf;
  if (others.length !== c.otherNames.length) patch.otherNames = others;
  return Object.keys(patch).length > 0 ? patch : null;
}

export async function applyClusterRows(
  tx: Tx,
  rows: ClusterRow[],
  actor: Actor | null,
  repos: { authorities: AuthoritiesRepo; clusters: ClustersRepo },
  opts: { complete: boolean },
): Promise<{ result: Counts; issues: ProblemIssue[] }> {
  const issues: ProblemIssue[] = [];
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const existing = await repos.authorities.getRows(tx);
  for (const row of rows) {
    if (!existing.has(row.authorityId)) {
      issues.push(issue('cbs_code', 'unknown_authority', `no authority ${row.authorityId} (${row.authorityName || 'unnamed'}) in the registry: import the authorities first`, { authorityId: row.authorityId, name: row.authorityName }, row.line));
    }
  }
  if (issues.length > 0) return { result: counts, issues };
  const slugOf = await resolveClusters(tx, rows, repos.clusters, actor, issues, counts);
  for (const row of rows) {
    const slug = slugOf.get(row.line);
    if (!slug) continue;
    const obs = { asOf: row.asOf, source: row.source };
    const history = await repos.clusters.membershipsOfAuthority(tx, row.authorityId);
    const plan = planObservation(history.map(toPeriod), slug, obs);
    const entityId = `${row.authorityId}@${slug}`;
    switch (plan.kind) {
      case 'unchanged':
        counts.unchanged++;
        break;
      case 'add-observation':
        await repos.clusters.addObservation(tx, plan.periodId, obs);
        await writeAudit(tx, actor, { action: 'membership.observe', entityType: 'membership', entityId, after: obs });
        counts.updated++;
        break;
      case 'conflict': {
        // The issue names the other cluster by its name; the English message keeps its slug for API clients.
        const other = await repos.clusters.get(tx, plan.otherClusterSlug);
        issues.push(
          issue(
            'cbs_code',
            'in_other_cluster',
            `${row.authorityName || row.authorityId} is already in cluster ${plan.otherClusterSlug} (as of ${plan.otherAsOf ?? 'an unknown date'}); an authority cannot be in two clusters at once`,
            { name: row.authorityName || row.authorityId, cluster: other?.nameHe ?? other?.nameEn ?? plan.otherClusterSlug, asOf: plan.otherAsOf ?? null },
            row.line,
          ),
        );
        break;
      }
      case 'open-period':
      case 'closed-period': {
        if (plan.kind === 'open-period' && plan.endPeriodId !== undefined) {
          const endReason = { kind: 'moved', clusterSlug: slug, asOf: row.asOf } as const;
          const [ended] = await repos.clusters.endMembership(tx, plan.endPeriodId, { leftOn: null, note: null, endReason });
          await writeAudit(tx, actor, { action: 'membership.end', entityType: 'membership', entityId: `${row.authorityId}@${ended?.clusterSlug}`, after: ended });
        }
        const created = await repos.clusters.insertMembership(tx, {
          authorityId: row.authorityId,
          clusterSlug: slug,
          ended: plan.kind === 'closed-period',
          endReason: plan.kind === 'closed-period' ? { kind: 'moved', ...plan.later } : null,
        });
        await repos.clusters.addObservation(tx, created.id, obs);
        await writeAudit(tx, actor, { action: 'membership.observe', entityType: 'membership', entityId, after: { ...created, observations: [obs] } });
        counts.created++;
        break;
      }
    }
  }
  if (opts.complete && issues.length === 0) await endUnlisted(tx, rows, slugOf, actor, repos.clusters, counts);
  return { result: counts, issues };
}

/**
 * A complete list names every member of its clusters as of its date: a member it omits, last seen
 * earlier, left at an unknown date in between (e.g. תמר, on the 2016 slide but in no cluster by 2025).
 */
async function endUnlisted(tx: Tx, rows: ClusterRow[], slugOf: Map<number, string>, actor: Actor | null, repo: ClustersRepo, counts: Counts) {
  const bySlug = new Map<string, ClusterRow[]>();
  for (const row of rows) {
    const slug = slugOf.get(row.line);
    if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), row]);
  }
  for (const [slug, listed] of bySlug) {
    const dates = listed.flatMap((r) => (r.asOf ? [r.asOf] : [])).sort((a, b) => startOf(a).localeCompare(startOf(b)));
    const asOf = dates.at(-1);
    if (!asOf) continue;
    const listedIds = new Set(listed.map((r) => r.authorityId));
    for (const m of await repo.membershipsOfCluster(tx, slug)) {
      if (m.ended || listedIds.has(m.authorityId) || m.joinedOn) continue;
      const lastSeen = m.observations.flatMap((o) => (o.asOf ? [startOf(o.asOf)] : [])).sort().at(-1);
      if (!lastSeen || lastSeen >= startOf(asOf)) continue;
      const [ended] = await repo.endMembership(tx, m.id, { leftOn: null, note: null, endReason: { kind: 'not_listed', asOf } });
      await writeAudit(tx, actor, { action: 'membership.end', entityType: 'membership', entityId: `${m.authorityId}@${slug}`, before: m, after: ended });
      counts.updated++;
    }
  }
}
