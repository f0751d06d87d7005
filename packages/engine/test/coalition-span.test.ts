import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoalitionSpan } from '../src/cost-sharing/coalition-span';

/** The span of fixed coalitions, which the nucleolus's levels drop from play. */
describe('CoalitionSpan.markSpanned', () => {
  it('marks exactly the coalitions in the span, as one-by-one membership says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.array(fc.nat(), { minLength: 1, maxLength: 9 }), (n, picks) => {
        const full = (1 << n) - 1;
        const span = new CoalitionSpan(n);
        span.add(full);
        for (const p of picks) span.add(1 + (p % (full - 1)));
        const marks = new Uint8Array(full + 1);
        span.markSpanned(marks);
        for (let mask = 0; mask <= full; mask++) expect([mask, marks[mask] === 1]).toEqual([mask, span.contains(mask)]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds spanned coalitions that are none of those added: {1,2} = {1,2,3} − {3}', () => {
    const span = new CoalitionSpan(3);
    span.add(0b111);
    span.add(0b100);
    const marks = new Uint8Array(8);
    span.markSpanned(marks);
    expect([...marks].flatMap((m, mask) => (m ? [mask] : []))).toEqual([0b000, 0b011, 0b100, 0b111]);
  });

  it('leaves marks already set as they are', () => {
    const span = new CoalitionSpan(3);
    span.add(0b111);
    const marks = Uint8Array.of(1, 1, 0, 0, 0, 0, 0, 0);
    span.markSpanned(marks);
    expect([...marks]).toEqual([1, 1, 0, 0, 0, 0, 0, 1]);
  });
});
