import { gapMeasures, type GapInput as EngineInput, type GapMeasures as EngineMeasures } from '@eshkol/engine/measurement/gaps';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { gapInputSchema, gapLimits, gapMeasuresSchema } from '../src/measurement';

/** `tsc -b` fails here when the schemas and the engine's types stop describing one shape. */
describe('the schemas and the engine', () => {
  it('describe the same input and measures', () => {
    expectTypeOf<z.output<typeof gapInputSchema>>().branded.toEqualTypeOf<EngineInput>();
    expectTypeOf<z.output<typeof gapMeasuresSchema>>().branded.toEqualTypeOf<EngineMeasures>();
  });
});

const example = {
  values: [
    { authorityId: 'A', value: 12.5, weight: 12000 },
    { authorityId: 'B', value: 7.0, weight: 3000 },
  ],
  direction: 'higher-is-better',
};

/** As the command runs them: the schema first, the engine second, the measures' schema last. */
describe('the gaps through their schemas', () => {
  it('takes the README example, unweighted by default, and its measures pass their schema', () => {
    const measures = gapMeasuresSchema.parse(gapMeasures(gapInputSchema.parse(example)));
    expect(measures).toMatchObject({ n: 2, mean: 9.75, range: 5.5, best: ['A'], worst: ['B'] });
  });

  it('leaves to the engine what the shape cannot tell: one value, a weight of 0, an authority twice', () => {
    for (const values of [[example.values[0]], [example.values[0], { authorityId: 'B', value: 7, weight: 0 }], [example.values[0], example.values[0]]]) {
      expect(gapInputSchema.safeParse({ ...example, values, weighted: true }).success).toBe(true);
    }
  });

  it.each([
    ['an unknown direction', { ...example, direction: 'up' }, 'direction'],
    ['an unknown field', { ...example, weights: {} }, ''],
    ['a value given as text', { ...example, values: [{ authorityId: 'A', value: '12.5' }] }, 'values.0.value'],
    ['a value beyond the limit', { ...example, values: [{ authorityId: 'A', value: 2 * gapLimits.value }] }, 'values.0.value'],
    ['an empty authority id', { ...example, values: [{ authorityId: ' ', value: 1 }] }, 'values.0.authorityId'],
  ])('refuses %s', (_, request, path) => {
    const parsed = gapInputSchema.safeParse(request);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
