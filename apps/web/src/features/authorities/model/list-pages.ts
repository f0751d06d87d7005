/** The page the address asks for: a whole number from 1 to `last`; anything else is the first page. */
export function pageFromParam(value: string | null, last: number): number {
  if (value === null || !/^[1-9][0-9]{0,8}$/.test(value)) return 1;
  return Math.min(Number(value), last);
}

/**
 * Where a page of the list starts, how many pages the list takes, and the positions (from 1) of
 * the first and last authority the page shows; `null` when it shows none.
 */
export function pageOf(page: number, of: { limit: number; total: number; shown: number }) {
  const offset = (page - 1) * of.limit;
  return {
    offset,
    pages: Math.ceil(of.total / of.limit),
    shown: of.shown === 0 ? null : { from: offset + 1, to: offset + of.shown },
  };
}
