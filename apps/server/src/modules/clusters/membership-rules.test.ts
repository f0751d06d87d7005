import { parsePeriod } from '@eshkol/engine/measurement/periods';
import { describe, expect, it } from 'vitest';
import { membersDuring } from './membership-rules';

describe('a cluster’s members in a span of days', () => {
  const period = (authorityId: string, clusterSlug: string, joinedOn: string | null, leftOn: string | null, asOf: string | null = null) => ({
    id: 1,
    authorityId,
    clusterSlug,
    joinedOn,
    leftOn,
    ended: leftOn !== null,
    observations: asOf ? [{ asOf, source: 's' }] : [],
  });
  it('counts a member on the span’s first day or its last, in the cluster it was in on the later', () => {
    const periods = [
      period('A', 'negev', '2020-01-01', null),
      period('B', 'negev', null, null, '2025-10'),
      period('C', 'negev', '2020-01-01', '2025-04-01'),
      period('C', 'galil', '2025-04-01', null),
    ];
    const [q1, q2, q4] = membersDuring(periods, ['2025-Q1', '2025-Q2', '2025-Q4'].map((k) => parsePeriod(k)!));
    expect(Object.fromEntries(q1!)).toEqual({ A: 'negev', C: 'negev' });
    expect(Object.fromEntries(q2!)).toEqual({ A: 'negev', C: 'galil' });
    expect(Object.fromEntries(q4!)).toEqual({ A: 'negev', B: 'negev', C: 'galil' });
  });
});
