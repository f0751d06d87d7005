import type { Delegation, Power } from '@eshkol/contracts/standing';
import { describe, expect, it } from 'vitest';
import { cellsOf, columnsOf, historyOf, isWebAddress, matrixOf } from './standing';

const power = (id: number, retiredOn: string | null = null): Power => ({ id, nameHe: `סמכות ${id}`, nameEn: `Power ${id}`, retiredOn });
const delegation = (id: number, authorityId: string, powerId: number, fromDay: string, status: Delegation['status'] = 'in_force'): Delegation => ({
  id,
  clusterSlug: 'galil-mizrahi',
  authorityId,
  powerId,
  fromDay,
  untilDay: null,
  decision: { decidedOn: fromDay, number: '', document: null },
  status,
  actions: [],
});

describe('the matrix of delegated powers', () => {
  const powers = [power(1), power(2, '2025-01-01'), power(3)];
  const ds = [delegation(10, 'loc-1', 1, '2024-01-01'), delegation(11, 'loc-1', 1, '2020-01-01', 'ended'), delegation(12, 'loc-1', 2, '2021-01-01', 'ended'), delegation(13, 'loc-2', 3, '2030-01-01', 'upcoming')];
  const rows = [
    { authorityId: 'loc-1', nameHe: 'א', nameEn: null, member: true, cells: [{ powerId: 1, currentId: 10, historyIds: [10, 11] }, { powerId: 2, currentId: null, historyIds: [12] }, { powerId: 3, currentId: null, historyIds: [] }] },
    { authorityId: 'loc-2', nameHe: 'ב', nameEn: null, member: true, cells: [{ powerId: 1, currentId: null, historyIds: [] }, { powerId: 2, currentId: null, historyIds: [] }, { powerId: 3, currentId: null, historyIds: [13] }] },
  ];

  it('puts the offered powers first and the retired ones after them', () => {
    expect(columnsOf(powers).map((p) => p.id)).toEqual([1, 3, 2]);
  });

  it('gives each cell its delegation in force and its history, and counts what is in force', () => {
    const m = matrixOf({ powers, rows, delegations: ds });
    expect(m.rows.map((r) => r.inForce)).toEqual([1, 0]);
    const first = m.rows[0]!.cells;
    expect(first.map((c) => [c.power.id, c.current?.id ?? null, c.history.map((d) => d.id)])).toEqual([
      [1, 10, [10, 11]],
      [3, null, []],
      [2, null, [12]],
    ]);
  });

  it('leaves out a power the row has no cell for', () => {
    expect(cellsOf([{ powerId: 3, currentId: null, historyIds: [13] }], powers, ds).map((c) => c.power.id)).toEqual([3]);
  });

  it('lists an authority’s delegations, the latest first', () => {
    expect(historyOf(ds, 'loc-1').map((d) => d.id)).toEqual([10, 12, 11]);
  });

  it('tells a web address from a citation’s text', () => {
    expect(isWebAddress('https://www.takdin.co.il/document/law/6510742')).toBe(true);
    expect(isWebAddress('מכתב משרד הפנים, 2016')).toBe(false);
  });
});
