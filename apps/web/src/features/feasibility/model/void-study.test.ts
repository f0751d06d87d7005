import type { Study, StudyListItem, VoidStudy } from '@eshkol/contracts/feasibility';
import { describe, expect, it } from 'vitest';
import { comparableVersions, isVoid } from './void-study';

const version = { serviceId: 7, createdAt: '2025-03-01T10:00:00.000Z', createdBy: 'צוות האשכול', submitted: false };
const listed = (v: number, isVoidVersion: boolean): StudyListItem =>
  isVoidVersion ? { id: v, version: v, createdAt: version.createdAt, submitted: false, void: true, total: null, saving: null } : { id: v, version: v, createdAt: version.createdAt, submitted: false, void: false, total: 1000, saving: 100 };

describe('a void version', () => {
  it('is the one without figures', () => {
    const empty: VoidStudy = { ...version, version: 2, void: true, input: null, result: null };
    expect(isVoid(empty)).toBe(true);
    const computed: Study = {
      ...version,
      version: 1,
      input: { baseline: [{ authorityId: 'loc-1', quantity: 10, currentCost: null }], model: { type: 'power', quantities: {}, fixed: 0, scale: 1, exponent: 1 }, methods: ['equal'], proposedMethod: 'equal', requestedGrant: 0, notes: '' },
      result: { kind: 'cost', players: ['loc-1'], total: 10, totalAgorot: 1000, standAlone: [], standAloneTotal: 10, marginalToOthers: null, saving: 0, savingPercent: null, core: { empty: null, leastCoreEpsilon: null }, allocations: [], failures: [], warnings: [] },
    };
    expect(isVoid(computed)).toBe(false);
  });

  it('is left out of the versions that can be compared, which run newest first', () => {
    expect(comparableVersions([listed(1, false), listed(3, true), listed(4, false), listed(2, false)])).toEqual([4, 2, 1]);
    expect(comparableVersions([listed(1, true)])).toEqual([]);
  });
});
