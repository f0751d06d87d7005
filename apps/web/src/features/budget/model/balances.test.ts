import { describe, expect, it } from 'vitest';
import { balanceParts, balanceTotals, currentProgramme, mostAvailable } from './balances';

const clusters = [
  { clusterSlug: 'galil-mizrahi', allocated: 300_000_00, committed: 120_000_00, paid: 20_000_00, available: 180_000_00 },
  { clusterSlug: 'negev-mizrahi', allocated: 200_000_00, committed: 200_000_00, paid: 0, available: 0 },
];

describe('balanceParts', () => {
  it('splits each allocation into paid, unpaid commitment and available, adding up to it', () => {
    const parts = balanceParts(clusters);
    expect(parts[0]).toEqual({ clusterSlug: 'galil-mizrahi', paid: 20_000_00, unpaid: 100_000_00, available: 180_000_00 });
    for (const [i, p] of parts.entries()) expect(p.paid + p.unpaid + p.available).toBe(clusters[i]!.allocated);
  });
});

describe('balanceTotals', () => {
  it('sums every column', () => {
    expect(balanceTotals(clusters)).toEqual({ allocated: 500_000_00, committed: 320_000_00, paid: 20_000_00, available: 180_000_00 });
  });

  it('is zero for no clusters', () => {
    expect(balanceTotals([])).toEqual({ allocated: 0, committed: 0, paid: 0, available: 0 });
  });
});

describe('mostAvailable', () => {
  it('finds the cluster with the most left', () => {
    expect(mostAvailable(clusters)?.clusterSlug).toBe('galil-mizrahi');
  });

  it('is null when nothing is left', () => {
    expect(mostAvailable([clusters[1]!])).toBeNull();
  });
});

describe('currentProgramme', () => {
  const programmes = [
    { id: 1, startsOn: '2014-01-01', endsOn: '2016-12-31' },
    { id: 2, startsOn: '2024-01-01', endsOn: '2026-12-31' },
    { id: 3, startsOn: '2027-01-01', endsOn: '2029-12-31' },
  ];

  it('prefers the one running today', () => {
    expect(currentProgramme(programmes, '2025-06-01')?.id).toBe(2);
  });

  it('takes the newest when none runs', () => {
    expect(currentProgramme(programmes, '2031-01-01')?.id).toBe(3);
  });

  it('is null without programmes', () => {
    expect(currentProgramme([], '2025-06-01')).toBeNull();
  });
});
