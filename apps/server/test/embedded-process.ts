import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Other processes on an embedded database, for the tests of its lock and its backups. */

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** A new folder under the system's temporary folder, removed with whatever lies beside it once the test ends. */
export function tempFolder(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-embedded-'));
  onTestFinished(() => fs.rmSync(parent, { recursive: true, force: true }));
  return path.join(parent, 'data');
}

/** Runs the `eshkol` command in a process of its own on the embedded database in `folder`. */
export async function eshkol(folder: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['apps/server/bin/eshkol.mjs', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', ESHKOL_DATA_DIR: folder, ...env },
  });
  const out = collect(child);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, ...out() };
}

/** Starts the server as `npm start` does (`src/main.ts`) on the embedded database in `folder`, on a free port of 127.0.0.1, and waits for it to end. */
export async function server(folder: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', ESHKOL_DATA_DIR: folder, HOST: '127.0.0.1', PORT: '0' },
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const out = collect(child);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, ...out() };
}

/** A process that holds the database in `folder` as a server would, once it has written a row there (`fixtures/hold-database.ts`). */
export async function holdingProcess(folder: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/test/fixtures/hold-database.ts', folder], { cwd: repoRoot });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const out = collect(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (out().stdout.includes('written')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the holding process ended with ${code}: ${out().stderr}`)));
  });
  return child;
}

function collect(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return () => ({ stdout, stderr });
}
