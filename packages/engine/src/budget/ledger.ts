/**
 * Balances of the incentive programme from its append-only ledger. Money is integer agorot.
 * `allocate` gives part of the programme to a cluster; `withdraw` takes back part of an allocation
 * the cluster has not committed (a correction is a new entry, never an edit); `commit` sets a cluster's money aside for an
 * approved project; `release` returns a commitment (a revoked approval, an unspent remainder);
 * `pay` disburses a committed amount against a milestone.
 */
export const ledgerKinds = ['allocate', 'withdraw', 'commit', 'release', 'pay'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export type LedgerEntry = {
  kind: LedgerKind;
  clusterSlug: string;
  serviceId: number | null;
  amountAgorot: number;
};

export type ClusterBalance = { clusterSlug: string; allocated: number; committed: number; paid: number; available: number };
export type ServiceBalance = { serviceId: number; clusterSlug: string; committed: number; paid: number; unpaid: number };
export type ProgrammeBalance = {
  total: number;
  allocated: number;
  unallocated: number;
  committed: number;
  paid: number;
  clusters: ClusterBalance[];
  services: ServiceBalance[];
};

function assertAgorot(entry: LedgerEntry) {
  if (!Number.isSafeInteger(entry.amountAgorot) || entry.amountAgorot <= 0) {
    throw new Error(`ledger amounts are positive whole agorot (got ${entry.amountAgorot})`);
  }
}

/** Sums the ledger. `committed` is what is set aside and not yet paid or released. */
export function balances(totalAgorot: number, entries: readonly LedgerEntry[]): ProgrammeBalance {
  const clusters = new Map<string, ClusterBalance>();
  const services = new Map<number, ServiceBalance>();
  const cluster = (slug: string) => {
    let c = clusters.get(slug);
    if (!c) clusters.set(slug, (c = { clusterSlug: slug, allocated: 0, committed: 0, paid: 0, available: 0 }));
    return c;
  };
  const service = (id: number, slug: string) => {
    let s = services.get(id);
    if (!s) services.set(id, (s = { serviceId: id, clusterSlug: slug, committed: 0, paid: 0, unpaid: 0 }));
    return s;
  };
  for (const e of entries) {
    assertAgorot(e);
    const c = cluster(e.clusterSlug);
    const s = e.serviceId === null ? null : service(e.serviceId, e.clusterSlug);
    switch (e.kind) {
      case 'allocate':
        c.allocated += e.amountAgorot;
        break;
      case 'withdraw':
        c.allocated -= e.amountAgorot;
        break;
      case 'commit':
        c.committed += e.amountAgorot;
        if (s) s.committed += e.amountAgorot;
        break;
      case 'release':
        c.committed -= e.amountAgorot;
        if (s) s.committed -= e.amountAgorot;
        break;
      case 'pay':
        c.paid += e.amountAgorot;
        if (s) s.paid += e.amountAgorot;
        break;
    }
  }
  for (const c of clusters.values()) c.available = c.allocated - c.committed;
  for (const s of services.values()) s.unpaid = s.committed - s.paid;
  const list = [...clusters.values()].sort((a, b) => a.clusterSlug.localeCompare(b.clusterSlug));
  const allocated = list.reduce((sum, c) => sum + c.allocated, 0);
  return {
    total: totalAgorot,
    allocated,
    unallocated: totalAgorot - allocated,
    committed: list.reduce((sum, c) => sum + c.committed, 0),
    paid: list.reduce((sum, c) => sum + c.paid, 0),
    clusters: list,
    services: [...services.values()].sort((a, b) => a.serviceId - b.serviceId),
  };
}

export type LedgerRefusal = 'BUDGET_EXCEEDS_PROGRAMME' | 'BUDGET_EXCEEDS_ALLOCATION' | 'WITHDRAWAL_EXCEEDS_AVAILABLE' | 'PAYMENT_EXCEEDS_COMMITMENT' | 'RELEASE_EXCEEDS_COMMITMENT';

/**
 * Whether one more entry keeps every balance whole: nothing allocated beyond the programme,
 * withdrawn beyond what a cluster has not committed, committed beyond a cluster's allocation, paid or released beyond a project's commitment.
 * Returns the refusal, or null when the entry may be written.
 */
export function refusalOf(totalAgorot: number, entries: readonly LedgerEntry[], next: LedgerEntry): LedgerRefusal | null {
  assertAgorot(next);
  const before = balances(totalAgorot, entries);
  const c = before.clusters.find((x) => x.clusterSlug === next.clusterSlug) ?? { allocated: 0, committed: 0, paid: 0, available: 0 };
  const s = next.serviceId === null ? null : before.services.find((x) => x.serviceId === next.serviceId);
  switch (next.kind) {
    case 'allocate':
      return next.amountAgorot > before.unallocated ? 'BUDGET_EXCEEDS_PROGRAMME' : null;
    case 'withdraw':
      return next.amountAgorot > c.available ? 'WITHDRAWAL_EXCEEDS_AVAILABLE' : null;
    case 'commit':
      return next.amountAgorot > c.available ? 'BUDGET_EXCEEDS_ALLOCATION' : null;
    case 'pay':
      return next.amountAgorot > (s?.unpaid ?? 0) ? 'PAYMENT_EXCEEDS_COMMITMENT' : null;
    case 'release':
      return next.amountAgorot > (s?.unpaid ?? 0) ? 'RELEASE_EXCEEDS_COMMITMENT' : null;
  }
}

/** Shekels (as typed by a person, e.g. "1,250.5") to whole agorot; null when not a valid amount. */
export function shekelsToAgorot(shekels: number): number | null {
  if (!Number.isFinite(shekels) || shekels < 0) return null;
  const agorot = Math.round(shekels * 100);
  return Math.abs(agorot - shekels * 100) < 1e-6 && Number.isSafeInteger(agorot) ? agorot : null;
}
