import type { ClusterStanding, Delegation, MatrixCell, Power } from '@eshkol/contracts/standing';

/** A cell as a page shows it: its power, the delegation in force today, and every delegation of it, the latest first. */
export type CellView = { power: Power; current: Delegation | null; history: Delegation[] };

/** The cells of a row (an authority's, in a cluster), in the order of the powers given. */
export function cellsOf(cells: readonly MatrixCell[], powers: readonly Power[], delegations: readonly Delegation[]): CellView[] {
  const byId = new Map(delegations.map((d) => [d.id, d]));
  const of = (id: number) => byId.get(id);
  return powers.flatMap((power) => {
    const cell = cells.find((c) => c.powerId === power.id);
    if (!cell) return [];
    return [{ power, current: cell.currentId === null ? null : (of(cell.currentId) ?? null), history: cell.historyIds.flatMap((id) => of(id) ?? []) }];
  });
}

/** The matrix's columns: the powers offered first, in the list's order, then the retired ones a delegation names. */
export const columnsOf = (powers: readonly Power[]): Power[] => [...powers.filter((p) => p.retiredOn === null), ...powers.filter((p) => p.retiredOn !== null)];

/** Each authority's row with its cells, and how many of its powers are delegated today. */
export function matrixOf(s: Pick<ClusterStanding, 'powers' | 'rows' | 'delegations'>) {
  const powers = columnsOf(s.powers);
  return {
    powers,
    rows: s.rows.map((row) => {
      const cells = cellsOf(row.cells, powers, s.delegations);
      return { ...row, cells, inForce: cells.filter((c) => c.current !== null).length };
    }),
  };
}
export type MatrixView = ReturnType<typeof matrixOf>;

/** An authority's delegations, the latest first: its history beside the matrix. */
export const historyOf = (delegations: readonly Delegation[], authorityId: string): Delegation[] =>
  delegations.filter((d) => d.authorityId === authorityId).sort((a, b) => b.fromDay.localeCompare(a.fromDay) || b.id - a.id);

/** Whether a source is a web address (shown as a link) rather than a citation's text. */
export const isWebAddress = (source: string) => /^https?:\/\/\S+$/.test(source.trim());
