import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const serverMain = path.join(repoRoot, 'apps/server/src/main.ts');
const startTimeoutMs = 180_000;

export type EshkolServer = { baseURL: string; database: 'pglite' | 'postgres'; stop(): Promise<void> };

/** A port the kernel just handed out on loopback; the server binds it right after. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs one statement on the PostgreSQL server, with the server workspace's own client. */
async function adminQuery(url: string, statement: string) {
  const pg = createRequire(path.join(repoRoot, 'apps/server/package.json'))('pg') as typeof import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

type Store = { env: NodeJS.ProcessEnv; kind: EshkolServer['database']; describe: string; drop(): Promise<void> };

/** A fresh database: a new one on the PostgreSQL server of DATABASE_URL, or a new PGlite folder. */
async function freshStore(baseUrl: string | undefined): Promise<Store> {
  if (baseUrl) {
    const name = `eshkol_e2e_${randomBytes(6).toString('hex')}`;
    await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      kind: 'postgres',
      describe: `PostgreSQL database ${name} on ${url.host}`,
      drop: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-e2e-'));
  return {
    env: { DATABASE_URL: '', ESHKOL_DATA_DIR: dataDir },
    kind: 'pglite',
    describe: `PGlite in ${dataDir}`,
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}

async function waitForHealth(baseURL: string, child: ChildProcess, logFile: string): Promise<{ database: string }> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return (await res.json()) as { database: string };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
  throw new Error(`the Eshkol server did not become healthy at ${baseURL} (exit code ${child.exitCode ?? 'none'}); last lines of ${logFile}:\n${log}`);
}

/**
 * Starts `apps/server` on loopback, on a free port and a fresh database (loaded with the shipped
 * data and the demo accounts on first start), serving the built web app.
 */
export async function startEshkolServer(opts: { logFile: string }): Promise<EshkolServer> {
  const store = await freshStore(process.env.DATABASE_URL || undefined);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const log = fs.openSync(opts.logFile, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...store.env };
  // The CSRF check compares against the request's own host, which is this server.
  delete env.ESHKOL_ORIGIN;
  const child = spawn(process.execPath, ['--import', 'tsx', serverMain], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const stop = async () => {
    await stopProcess(child);
    await store.drop();
  };
  try {
    const health = await waitForHealth(baseURL, child, opts.logFile);
    if (health.database !== store.kind) throw new Error(`the server reports database "${health.database}", expected "${store.kind}"`);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`e2e: Eshkol at ${baseURL} on ${store.describe}`);
  return { baseURL, database: store.kind, stop };
}
