import { describe, expect, it } from 'vitest';
import { pageFromParam, pageOf } from './list-pages';

describe('the pages of the list of authorities', () => {
  it.each([
    [null, 1],
    ['1', 1],
    ['2', 2],
    ['35', 35],
    ['0', 1],
    ['-3', 1],
    ['2.5', 1],
    ['02', 1],
    ['abc', 1],
    ['', 1],
    ['1001', 1001],
    ['1002', 1001],
    ['99999999', 1001],
    ['9999999999', 1],
  ])('reads the page %j from the address as %i', (param, page) => {
    expect(pageFromParam(param, 1001)).toBe(page);
  });

  it('places a page in a list of 35,000 authorities', () => {
    expect(pageOf(1, { limit: 1000, total: 35_000, shown: 1000 })).toEqual({ offset: 0, pages: 35, shown: { from: 1, to: 1000 } });
    expect(pageOf(35, { limit: 1000, total: 35_000, shown: 1000 })).toEqual({ offset: 34_000, pages: 35, shown: { from: 34_001, to: 35_000 } });
  });

  it('shows the last page as far as it goes, and a page past the end as empty', () => {
    expect(pageOf(2, { limit: 1000, total: 1057, shown: 57 })).toEqual({ offset: 1000, pages: 2, shown: { from: 1001, to: 1057 } });
    expect(pageOf(9, { limit: 1000, total: 1057, shown: 0 })).toEqual({ offset: 8000, pages: 2, shown: null });
  });

  it('takes one page for a list that fits it, and none for an empty one', () => {
    expect(pageOf(1, { limit: 1000, total: 257, shown: 257 }).pages).toBe(1);
    expect(pageOf(1, { limit: 1000, total: 0, shown: 0 })).toEqual({ offset: 0, pages: 0, shown: null });
  });
});
