/**
 * The command line and the API on cost-sharing work, from outside, as an analyst runs them:
 *
 * - `eshkol share-costs` on a game of three, started afresh each time: from its bundle (as it runs
 *   once made), the first run after a change (the bundle made again), through tsx (as it ran
 *   before), and through `npx`, which adds its own search for the command;
 * - the sampled Shapley value of 257 authorities to half a percent of the mean share, through the
 *   command and through POST /api/v1/cost-sharing of a running Eshkol (signed in as the ministry).
 *
 *   npm run bench -w @eshkol/server        # this after reads.ts and registry-scale.ts
 *   npx tsx bench/cli.ts                   # alone
 *
 * Figures go into their own section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, request, startServer, writeSection } from './harness';

const serverDir = path.resolve(import.meta.dirname, '..');
const repoRoot = path.resolve(serverDir, '../..');
const bin = path.join(serverDir, 'bin/eshkol.mjs');
const bundleCache = path.join(serverDir, 'node_modules/.cache/eshkol-cli');
const runs = Number(process.env.BENCH_RUNS ?? 10);

const small = {
  kind: 'cost',
  players: ['a', 'b', 'c'],
  model: { type: 'power', fixed: 50_000, scale: 900, exponent: 0.7, quantities: { a: 1200, b: 800, c: 400 } },
  methods: ['shapley', 'nucleolus'],
};

/** 257 authorities with pupils between 50 and 5,000 (a fixed pseudo-random draw), a power model with economies of scale. */
function programmeGame() {
  let state = 257;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const players = Array.from({ length: 257 }, (_, i) => `authority-${String(i + 1).padStart(3, '0')}`);
  const quantities = Object.fromEntries(players.map((p) => [p, Math.round(50 + next() * 4950)]));
  return {
    kind: 'cost',
    players,
    model: { type: 'power', fixed: 250_000, scale: 4_000, exponent: 0.8, quantities },
    methods: ['shapley'],
    options: { shapleyPrecision: 0.005 },
  };
}

function timed(args: string[], stdin: string, cwd = repoRoot): { seconds: number; status: number | null; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(args[0]!, args.slice(1), { cwd, input: stdin, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, status: r.status, stdout: r.stdout };
}

const secs = (s: number) => `${s.toFixed(2)} s`;
function many(label: string, args: string[], stdin: string, before?: () => void) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    times.push(timed(args, stdin).seconds);
  }
  times.sort((a, b) => a - b);
  const row = `| ${label} | ${secs(percentile(times, 50))} | ${secs(times[0]!)} – ${secs(times[times.length - 1]!)} |`;
  console.log(row);
  return { row, p50: percentile(times, 50) };
}

async function main() {
  const game = JSON.stringify(small);
  const loadAtStart = os.loadavg()[0]!;
  timed([process.execPath, bin, 'share-costs', '-'], game); // the bundle made, if it was not
  const rows = [
    many('`node_modules/.bin/eshkol`, from the bundle', [path.join(repoRoot, 'node_modules/.bin/eshkol'), 'share-costs', '-'], game),
    many('the first run after a change (the bundle made again)', [process.execPath, bin, 'share-costs', '-'], game, () => fs.rmSync(bundleCache, { recursive: true, force: true })),
    many('through tsx, compiling as it loads (as before the bundle)', [process.execPath, '--import', 'tsx', path.join(serverDir, 'src/cli/main.ts'), 'share-costs', '-'], game),
    many('`npx eshkol`, from the bundle', ['npx', 'eshkol', 'share-costs', '-'], game),
  ];

  const programme = JSON.stringify(programmeGame());
  const viaCli = timed([process.execPath, bin, 'share-costs', '-'], programme);
  const cliResult = JSON.parse(viaCli.stdout) as { allocations: { method: string }[] };
  if (!cliResult.allocations.some((a) => a.method === 'shapley')) throw new Error('the command gave no Shapley value');
  console.log(`257 authorities, sampled Shapley, through the command: ${secs(viaCli.seconds)}`);

  const server = await startServer({ ESHKOL_RATE_LIMIT: '0' });
  let viaApi: number;
  try {
    const login = await request(server.port, '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ministry@demo.local', password: 'demo' }) });
    const cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    const t0 = performance.now();
    const res = await request(server.port, '/api/v1/cost-sharing', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: `http://127.0.0.1:${server.port}` },
      body: programme,
      timeoutMs: 120_000,
    });
    viaApi = (performance.now() - t0) / 1000;
    if (res.status !== 200) throw new Error(`the API answered ${res.status}: ${res.body.slice(0, 300)}`);
  } finally {
    await server.stop();
  }
  console.log(`257 authorities, sampled Shapley, through the API: ${secs(viaApi)}`);

  const [fromBundle, afterChange, throughTsx] = rows;
  writeSection(
    'The command line and the API on cost sharing (apps/server/bench/cli.ts)',
    `Written on ${new Date().toISOString().slice(0, 10)} by \`npm run bench -w @eshkol/server\`: each command started afresh ${runs} times
on a game of three given by a cost model (Shapley value and nucleolus), on this ${os.cpus().length}-CPU machine; load average ${loadAtStart.toFixed(1)} at the start.
Target: under 0.5 s for a small game (${fromBundle!.p50 < 0.5 ? 'met' : 'missed'} from the bundle; through tsx ${throughTsx!.p50 < 0.5 ? 'met' : 'missed'}; the first run after a change ${afterChange!.p50 < 0.5 ? 'met' : 'missed'}).

| How | p50 | fastest – slowest |
| --- | --- | --- |
${rows.map((r) => r.row).join('\n')}

The sampled Shapley value of 257 authorities (a power model, pupils 50–5,000), to a standard error
under half a percent of the mean share: ${secs(viaCli.seconds)} through the command (start-up included),
${secs(viaApi)} through the API (the request's round trip, on the server's worker pool); target: within the worker's time limit.
`,
  );
  console.log('cli: written to docs/benchmarks.md');
}

await main();
