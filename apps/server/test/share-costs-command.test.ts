import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Nucleolus from '@eshkol/engine/cost-sharing/nucleolus';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runShareCosts } from '../src/cli/share-costs-command';
import { UsageError } from '../src/cli/usage-error';

/** Whether the nucleolus's solver fails, for the failure of the engine itself (the solver never fails on these games). */
const solver = vi.hoisted(() => ({ fails: false }));

vi.mock('@eshkol/engine/cost-sharing/nucleolus', async (importOriginal) => {
  const real = await importOriginal<typeof Nucleolus>();
  const { costSharingErrors } = await import('@eshkol/engine/cost-sharing/errors');
  return { ...real, nucleolus: (game: Parameters<typeof real.nucleolus>[0]) => (solver.fails ? Promise.reject(costSharingErrors.solverFailed('time-limit')) : real.nucleolus(game)) };
});

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-share-costs-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** c(i) = c(ij) = 1, c(N) = 2: SCRB is undefined, the Shapley value and the nucleolus are not. */
function gameFile(methods: string[], blocs?: Record<string, string>): string {
  const coalitions = [['A'], ['B'], ['C'], ['A', 'B'], ['A', 'C'], ['B', 'C'], ['A', 'B', 'C']].map((members) => ({ members, value: members.length === 3 ? 2 : 1 }));
  const file = path.join(folder, `${methods.join('-')}${blocs ? `-${Object.keys(blocs).join('')}` : ''}.json`);
  fs.writeFileSync(file, JSON.stringify({ players: ['A', 'B', 'C'], coalitions, methods, blocs }));
  return file;
}

let stdout: string[];
let stderr: string[];
beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
});
afterEach(() => {
  vi.restoreAllMocks();
  solver.fails = false;
});

/** What the command threw, or the exit code it returned. */
const outcome = (file: string) => runShareCosts(file).catch((error: unknown) => error);

describe('eshkol share-costs', () => {
  it('prints the methods computed with those that could not be, and exits with 0', async () => {
    expect(await outcome(gameFile(['shapley', 'scrb', 'nucleolus']))).toBe(0);
    const result = JSON.parse(stdout.join(''));
    expect(result.allocations.map((a: { method: string }) => a.method)).toEqual(['shapley', 'nucleolus']);
    expect(result.failures).toEqual([expect.objectContaining({ method: 'scrb', code: 'SCRB_UNDEFINED' })]);
    expect(stderr.join('')).toMatch(/^scrb was not computed: SCRB_UNDEFINED: /);
  });

  it('takes a facility used up to each participant level, in the same JSON', async () => {
    const file = path.join(folder, 'road.json');
    const facility = { type: 'airport', fixed: 200_000, segments: [{ from: 0, unitCost: 100_000 }, { from: 6, unitCost: 60_000 }], levels: { A: 4, B: 8, C: 12 } };
    fs.writeFileSync(file, JSON.stringify({ players: ['A', 'B', 'C'], facility, methods: ['shapley'] }));
    expect(await outcome(file)).toBe(0);
    const [shapley] = JSON.parse(stdout.join('')).allocations;
    expect(shapley.shapleyMethod).toBe('airport');
    expect(shapley.shares.map((s: { share: number }) => s.share)).toEqual([200_000, 360_000, 600_000]);
  });

  it('refuses as bad input (exit code 2) when no method can be computed for the game', async () => {
    const error = await outcome(gameFile(['scrb']));
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toHaveProperty('message', expect.stringMatching(/^SCRB_UNDEFINED: /));
  });

  it('takes blocs for the Owen value beside the Banzhaf value, and says when they are missing', async () => {
    expect(await outcome(gameFile(['owen', 'banzhaf'], { A: 'north', B: 'north', C: 'south' }))).toBe(0);
    // Owen: the blocs {A, B} and {C} pay 1 each, A and B half each; Banzhaf: 0.5 each scaled to 2.
    const result = JSON.parse(stdout.join(''));
    expect(result.allocations.map((a: { method: string; shares: { shareAgorot: number }[] }) => [a.method, a.shares.map((s) => s.shareAgorot)])).toEqual([
      ['owen', [50, 50, 100]],
      ['banzhaf', [67, 67, 66]],
    ]);
    stdout = [];
    expect(await outcome(gameFile(['owen', 'banzhaf']))).toBe(0);
    expect(stderr.join('')).toMatch(/^owen was not computed: BLOCS_MISSING: /);
    const stranger = await outcome(gameFile(['owen'], { A: 'north', B: 'north', C: 'south', D: 'south' }));
    expect(stranger).toBeInstanceOf(UsageError);
    expect(stranger).toHaveProperty('message', expect.stringContaining('blocs.D: "D" is not one of the participants'));
  });

  it('fails as an internal failure (exit code 1), not as bad input, when the solver fails', async () => {
    solver.fails = true;
    const error = await outcome(gameFile(['nucleolus']));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UsageError);
    expect(error).toHaveProperty('message', expect.stringMatching(/^SOLVER_FAILED: /));
    // With another method beside it, the failure is one line of the result.
    expect(await outcome(gameFile(['shapley', 'nucleolus']))).toBe(0);
    expect(JSON.parse(stdout.join('')).failures).toEqual([expect.objectContaining({ method: 'nucleolus', code: 'SOLVER_FAILED' })]);
  });
});
