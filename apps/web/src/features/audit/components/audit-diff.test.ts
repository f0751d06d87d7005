import { describe, expect, it } from 'vitest';
import { diff, show, summaryOf } from './audit-diff';

describe('audit changes', () => {
  it('lists the keys that changed, every key of a created entity', () => {
    expect(diff({ state: 'planning', name: 'א' }, { state: 'submitted', name: 'א' })).toEqual([{ key: 'state', before: 'planning', after: 'submitted' }]);
    expect(diff(null, { id: 1 })).toEqual([{ key: 'id', before: undefined, after: 1 }]);
    expect(diff(1, 1)).toEqual([]);
  });

  it('shows short values as text and folds long lists and records behind their size', () => {
    expect(show('טבריה')).toBe('טבריה');
    expect(show([1, 2])).toBe('[1,2]');
    expect(summaryOf([1, 2])).toBeNull();
    expect(summaryOf('x'.repeat(500))).toBeNull();
    const baseline = Array.from({ length: 12 }, (_, i) => ({ authorityId: `loc-${i}`, quantity: 1000 * i }));
    expect(summaryOf(baseline)).toEqual({ kind: 'items', count: 12 });
    expect(summaryOf({ model: { type: 'power', scale: 250, exponent: 0.8 }, baseline, methods: ['shapley'] })).toEqual({ kind: 'fields', count: 3 });
  });
});
