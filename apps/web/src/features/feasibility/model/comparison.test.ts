import { describe, expect, it } from 'vitest';
import { changeOf } from './comparison';

describe('changeOf', () => {
  it('gives the change and its share of the earlier figure', () => {
    expect(changeOf({ from: 200, to: 150, change: -50 })).toEqual({ change: -50, percent: -0.25 });
    expect(changeOf({ from: 200, to: 300 })).toEqual({ change: 100, percent: 0.5 });
  });

  it('has no percentage from zero or a negative share, and no change for an authority missing from a version', () => {
    expect(changeOf({ from: 0, to: 10, change: 10 })).toEqual({ change: 10, percent: null });
    expect(changeOf({ from: -200, to: -100, change: 100 })).toEqual({ change: 100, percent: null });
    expect(changeOf({ from: null, to: 10, change: null })).toEqual({ change: null, percent: null });
  });
});
