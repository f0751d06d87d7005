import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const noDatabaseCode = path.join(import.meta.dirname, 'fixtures/no-database-code.mjs');

/** `eshkol …` from its bundle, in a process of its own that fails if it loads any database code; its input on stdin. */
export function eshkolWithoutDatabase(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', noDatabaseCode, 'apps/server/bin/eshkol.mjs', ...args], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
