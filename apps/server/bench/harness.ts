/**
 * What the server's benchmarks share: Eshkol started as `npm start` starts it, in a process of its
 * own on a free loopback port; plain HTTP requests to it; percentiles; and their own section of
 * docs/benchmarks.md, rewritten on each run while the page's other sections stay as they are.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const serverDir = path.resolve(import.meta.dirname, '..');
const benchmarksFile = path.resolve(serverDir, '../../docs/benchmarks.md');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

type StartOptions = {
  /** Run `npm start` at the repository's root (the web build, then the server), not the server alone. */
  npmStart?: boolean;
  /** With `npmStart`: the repository to run it in (a fresh clone), this one unless said. */
  root?: string;
  /** Hears each line the start prints, as it prints it. */
  onLine?: (line: string) => void;
};

/**
 * Eshkol in its own process (development mode unless `env` says otherwise), once it answers its
 * health check: the server as `npm start` runs it, or, with `npmStart`, `npm start` itself.
 * `startedMs`: from the spawn to the first answer.
 */
export async function startServer(
  env: Record<string, string>,
  opts: StartOptions = {},
): Promise<{ port: number; child: ChildProcess; startedMs: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-bench-'));
  const t0 = performance.now();
  const [command, args, cwd] = opts.npmStart ? ['npm', ['start'], opts.root ?? path.resolve(serverDir, '../..')] : [process.execPath, ['--import', 'tsx', 'src/main.ts'], serverDir];
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), ESHKOL_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', opts.onLine ? 'pipe' : 'ignore', 'inherit'],
    // npm's children (the build, the server) are stopped with it, as one process group.
    detached: opts.npmStart ?? false,
  });
  if (opts.onLine && child.stdout) readline.createInterface({ input: child.stdout }).on('line', opts.onLine);
  const kill = () => (opts.npmStart && child.pid ? process.kill(-child.pid, 'SIGTERM') : child.kill('SIGTERM'));
  let up = false;
  for (let i = 0; i < 1500 && !up && child.exitCode === null; i++) {
    up = await request(port, '/api/health').then((r) => r.status === 200, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  const startedMs = performance.now() - t0;
  if (!up) {
    kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error('Eshkol did not start: see its output above');
  }
  return {
    port,
    child,
    startedMs,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      kill();
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One request. `drain`: the answer's bytes are read and dropped, as a load generator should —
 * decoding a compressed body as text costs the generator's CPU, which on one machine is the server's.
 * `timeoutMs`: how long to wait for the answer (10 s unless said).
 */
export function request(
  port: number,
  url: string,
  opts: { agent?: http.Agent; headers?: Record<string, string>; method?: string; body?: string; drain?: boolean; timeoutMs?: number } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: url, method: opts.method ?? 'GET', agent: opts.agent, headers: opts.headers }, (res) => {
      let body = '';
      if (opts.drain) res.resume();
      else {
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
      }
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.setTimeout(opts.timeoutMs ?? 10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(opts.body);
  });
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN);

export const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * Puts `body` under the heading `## title` of docs/benchmarks.md: in place of that section when the
 * page has it (up to the next `## ` heading), at the end otherwise. The engine's bench rewrites the
 * top of the page and keeps everything from its test-suite section on, where these sections go.
 */
export function writeSection(title: string, body: string) {
  const heading = `## ${title}`;
  const page = fs.existsSync(benchmarksFile) ? fs.readFileSync(benchmarksFile, 'utf8') : '# Benchmarks\n';
  const section = `${heading}\n\n${body.trim()}\n`;
  const at = page.indexOf(`\n${heading}\n`);
  if (at < 0) {
    fs.writeFileSync(benchmarksFile, `${page.trimEnd()}\n\n${section}`);
    return;
  }
  const next = page.indexOf('\n## ', at + 1);
  fs.writeFileSync(benchmarksFile, page.slice(0, at + 1) + section + (next < 0 ? '' : `\n${page.slice(next + 1)}`));
}
