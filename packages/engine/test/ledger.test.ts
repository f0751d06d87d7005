import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balances, refusalOf, shekelsToAgorot, type LedgerEntry } from '../src/budget/ledger';

const total = 15_000_000_00;
const e = (kind: LedgerEntry['kind'], clusterSlug: string, amountAgorot: number, serviceId: number | null = null): LedgerEntry => ({ kind, clusterSlug, serviceId, amountAgorot });

describe('ledger balances', () => {
  const entries = [
    e('allocate', 'galil-mizrahi', 3_000_000_00),
    e('allocate', 'negev-maaravi', 2_000_000_00),
    e('commit', 'galil-mizrahi', 1_200_000_00, 1),
    e('commit', 'galil-mizrahi', 500_000_00, 2),
    e('pay', 'galil-mizrahi', 400_000_00, 1),
    e('release', 'galil-mizrahi', 500_000_00, 2),
  ];

  it('computes allocated, committed, paid and available per programme, cluster and project', () => {
    const b = balances(total, entries);
    expect(b).toMatchObject({ total, allocated: 5_000_000_00, unallocated: 10_000_000_00, committed: 1_200_000_00, paid: 400_000_00 });
    expect(b.clusters).toEqual([
      { clusterSlug: 'galil-mizrahi', allocated: 3_000_000_00, committed: 1_200_000_00, paid: 400_000_00, available: 1_800_000_00 },
      { clusterSlug: 'negev-maaravi', allocated: 2_000_000_00, committed: 0, paid: 0, available: 2_000_000_00 },
    ]);
    expect(b.services).toEqual([
      { serviceId: 1, clusterSlug: 'galil-mizrahi', committed: 1_200_000_00, paid: 400_000_00, unpaid: 800_000_00 },
      { serviceId: 2, clusterSlug: 'galil-mizrahi', committed: 0, paid: 0, unpaid: 0 },
    ]);
  });

  it('refuses what would overdraw a balance, to the agora', () => {
    expect(refusalOf(total, entries, e('allocate', 'hasharon', 10_000_000_00))).toBeNull();
    expect(refusalOf(total, entries, e('allocate', 'hasharon', 10_000_000_01))).toBe('BUDGET_EXCEEDS_PROGRAMME');
    expect(refusalOf(total, entries, e('commit', 'galil-mizrahi', 1_800_000_00, 3))).toBeNull();
    expect(refusalOf(total, entries, e('commit', 'galil-mizrahi', 1_800_000_01, 3))).toBe('BUDGET_EXCEEDS_ALLOCATION');
    expect(refusalOf(total, entries, e('commit', 'hasharon', 1, 4))).toBe('BUDGET_EXCEEDS_ALLOCATION');
    expect(refusalOf(total, entries, e('pay', 'galil-mizrahi', 800_000_00, 1))).toBeNull();
    expect(refusalOf(total, entries, e('pay', 'galil-mizrahi', 800_000_01, 1))).toBe('PAYMENT_EXCEEDS_COMMITMENT');
    expect(refusalOf(total, entries, e('release', 'galil-mizrahi', 1, 2))).toBe('RELEASE_EXCEEDS_COMMITMENT');
    // Only what the cluster has not committed can be taken back.
    expect(refusalOf(total, entries, e('withdraw', 'galil-mizrahi', 1_800_000_00))).toBeNull();
    expect(refusalOf(total, entries, e('withdraw', 'galil-mizrahi', 1_800_000_01))).toBe('WITHDRAWAL_EXCEEDS_AVAILABLE');
    expect(refusalOf(total, entries, e('withdraw', 'hasharon', 1))).toBe('WITHDRAWAL_EXCEEDS_AVAILABLE');
  });

  it('takes back part of an allocation into the unallocated balance', () => {
    const b = balances(total, [...entries, e('withdraw', 'negev-maaravi', 500_000_00)]);
    expect(b).toMatchObject({ allocated: 4_500_000_00, unallocated: 10_500_000_00 });
    expect(b.clusters.find((c) => c.clusterSlug === 'negev-maaravi')).toEqual({ clusterSlug: 'negev-maaravi', allocated: 1_500_000_00, committed: 0, paid: 0, available: 1_500_000_00 });
  });

  it('rejects amounts that are not positive whole agorot', () => {
    expect(() => balances(total, [e('allocate', 'x', 1.5)])).toThrow(/whole agorot/);
    expect(() => refusalOf(total, [], e('allocate', 'x', 0))).toThrow(/whole agorot/);
  });

  it('never lets a sequence of accepted entries overdraw anything', () => {
    const entry = fc.record({
      kind: fc.constantFrom<LedgerEntry['kind']>('allocate', 'withdraw', 'commit', 'release', 'pay'),
      clusterSlug: fc.constantFrom('a', 'b'),
      serviceId: fc.constantFrom(1, 2, 3),
      amountAgorot: fc.integer({ min: 1, max: 5_000 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (candidates) => {
        const accepted: LedgerEntry[] = [];
        for (const c of candidates) {
          // A project belongs to one cluster: 1 and 2 to a, 3 to b.
          const perCluster = c.kind === 'allocate' || c.kind === 'withdraw';
          const next = { ...c, clusterSlug: perCluster ? c.clusterSlug : c.serviceId === 3 ? 'b' : 'a', serviceId: perCluster ? null : c.serviceId };
          if (refusalOf(10_000, accepted, next) === null) accepted.push(next);
        }
        const b = balances(10_000, accepted);
        expect(b.unallocated).toBeGreaterThanOrEqual(0);
        expect(b.unallocated).toBeLessThanOrEqual(10_000);
        for (const c of b.clusters) expect(c.available).toBeGreaterThanOrEqual(0);
        for (const s of b.services) expect(s.unpaid).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('shekelsToAgorot', () => {
  it('takes amounts with at most two decimals', () => {
    expect(shekelsToAgorot(1250.5)).toBe(125050);
    expect(shekelsToAgorot(0.1 + 0.2)).toBe(30);
    expect(shekelsToAgorot(1.005)).toBeNull();
    expect(shekelsToAgorot(-1)).toBeNull();
  });
});
