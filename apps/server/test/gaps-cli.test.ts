import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eshkolWithoutDatabase } from './eshkol-process';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-gaps-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The example of the README: two authorities, weighted by population when asked. */
const example = {
  values: [
    { authorityId: 'A', value: 12.5, weight: 12000 },
    { authorityId: 'B', value: 7.0, weight: 3000 },
  ],
  direction: 'higher-is-better',
  weighted: false,
};

/** Measuring gaps is the engine's work: the command loads no database code, and runs from its bundle. */
describe('eshkol gaps', () => {
  it('measures the gaps in a file', async () => {
    const file = path.join(folder, 'example.json');
    fs.writeFileSync(file, JSON.stringify(example));
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['gaps', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Unweighted: mean 9.75, σ = 2.75; Gini = 2 · 5.5 / (2 · 2² · 9.75) = 11/78; q1 = 7 + ¼ · 5.5.
    expect(JSON.parse(stdout)).toEqual({
      n: 2,
      mean: 9.75,
      median: 9.75,
      min: 7,
      max: 12.5,
      range: 5.5,
      maxMinRatio: 12.5 / 7,
      cv: 2.75 / 9.75,
      gini: 11 / 78,
      theil: ((12.5 / 9.75) * Math.log(12.5 / 9.75) + (7 / 9.75) * Math.log(7 / 9.75)) / 2,
      q1: 8.375,
      q3: 11.125,
      quartileRatio: 11.125 / 8.375,
      worst: ['B'],
      best: ['A'],
    });
  });

  it('reads stdin with -, weighted by population when asked', async () => {
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['gaps', '-'], JSON.stringify({ ...example, weighted: true, direction: 'lower-is-better' }));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // (12,000 · 12.5 + 3,000 · 7) / 15,000 = 11.4; σ = 2.2; Gini = 22/285. The quantiles are never weighted.
    expect(JSON.parse(stdout)).toMatchObject({ n: 2, mean: 11.4, median: 9.75, cv: 2.2 / 11.4, gini: 22 / 285, best: ['B'], worst: ['A'] });
  });

  const values = (...entries: object[]) => JSON.stringify({ ...example, values: entries, weighted: true });
  it.each([
    ['not JSON', '{', 'The input is not valid JSON'],
    ['the wrong shape', JSON.stringify({ ...example, direction: 'up' }), 'The input does not match the gaps format:\n  direction: '],
    ['a value given as text', values(example.values[0]!, { authorityId: 'B', value: '7' }), 'values.1.value: '],
    ['fewer than two values', values(example.values[0]!), 'TOO_FEW_VALUES: A gap needs the values of at least two authorities (got 1)\nלמדידת פער נדרשים ערכים של שתי רשויות לפחות (התקבלו: 1)'],
    // JSON has no infinity, but 1e999 reads as one: refused with the shape, as any number out of range.
    ['a value that is not finite', '{"values": [{"authorityId": "A", "value": 1}, {"authorityId": "B", "value": 1e999}], "direction": "higher-is-better"}', 'values.1.value: Invalid input: expected number, received Infinity'],
    ['a missing weight', values(example.values[0]!, { authorityId: 'B', value: 7 }), 'INVALID_WEIGHT: The values are weighted, but "B" has no weight\nהערכים משוקללים, אך ל-"B" אין משקל'],
    ['a weight of 0', values(example.values[0]!, { authorityId: 'B', value: 7, weight: 0 }), 'INVALID_WEIGHT: The weight of "B" must be positive (got 0)'],
    ['an authority twice', values(example.values[0]!, example.values[1]!, example.values[0]!), 'DUPLICATE_AUTHORITY: Authority "A" is listed twice\nהרשות "A" מופיעה פעמיים'],
  ])('exits with 2 and says why on %s', async (_, stdin, message) => {
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['gaps', '-'], stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits with 2 when the file cannot be read', async () => {
    const { code, stderr } = await eshkolWithoutDatabase(['gaps', path.join(folder, 'missing.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot read');
  });
});
