import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const noDatabaseCode = path.join(import.meta.dirname, 'fixtures/no-database-code.mjs');

/** `eshkol …` in a process of its own that fails if it loads any database code; its input on stdin. */
function eshkolWithoutDatabase(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', noDatabaseCode, 'apps/server/bin/eshkol.mjs', ...args], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const game = {
  kind: 'cost',
  players: ['a', 'b'],
  coalitions: [
    { members: ['a'], value: 10 },
    { members: ['b'], value: 20 },
    { members: ['a', 'b'], value: 24 },
  ],
  methods: ['shapley', 'nucleolus'],
};

/** Computing shares is the engine's work: the command loads no database code, so it starts fast. */
describe('eshkol share-costs', () => {
  it('shares a game read from stdin without loading any database code', async () => {
    const { code, stdout, stderr } = await eshkolWithoutDatabase(['share-costs', '-'], JSON.stringify(game));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { allocations: { method: string; shares: { shareAgorot: number }[] }[] };
    expect(result.allocations.map((a) => [a.method, a.shares.map((s) => s.shareAgorot)])).toEqual([
      ['shapley', [700, 1700]],
      ['nucleolus', [700, 1700]],
    ]);
  });

  it('and the check has teeth: a command that opens the database fails under it', async () => {
    const { code, stderr } = await eshkolWithoutDatabase(['backup', path.join(repoRoot, '.never-written.tar')]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('database code loaded');
  });
});
