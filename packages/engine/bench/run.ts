/**
 * `npm run bench` (at the root, or `npm run bench -w @eshkol/engine`): the cost-sharing engine
 * against the targets of issue 3. Each case runs in a fresh child process, so its time includes
 * loading and JIT warm-up and its peak RSS is its own. Times are CPU time of that process (the
 * machine may be shared), with wall time alongside. It prints the figures and rewrites
 * docs/benchmarks.md with them.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  gapMeasures,
  gameFromCoalitions,
  gameFromFacility,
  gameFromModel,
  grandValue,
  nucleolus,
  quantityGrid,
  quantityShapleyCells,
  shapleyExact,
  shapleySampled,
  shapleyValue,
  tabulate,
  type GapInput,
  type TableGame,
} from '../src/index';
import { agorotGame, nearTieGame } from '../test/near-tie-games';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');

/** A synthetic service cost over real populations: 400 000 ₪ a year plus 25 · population^0.85. */
const serviceModel = { type: 'power', fixed: 400_000, scale: 25, exponent: 0.85 } as const;

interface Measured {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly note: string;
  readonly values?: number[];
}

/** Populations of Israel's local authorities, from the CBS profile shipped in data/. */
function populations(): { name: string; population: number }[] {
  const lines = readFileSync(path.join(repo, 'data/authorities.csv'), 'utf8').trim().split('\n');
  const header = parseCsvLine(lines[0]!);
  const code = header.indexOf('cbs_code');
  const type = header.indexOf('type');
  const population = header.indexOf('population');
  // Authority ids as elsewhere in Eshkol: rc-<code> for regional councils, loc-<code> otherwise.
  return lines
    .slice(1)
    .map(parseCsvLine)
    .filter((row) => row[population] !== '')
    .map((row) => ({ name: `${row[type] === 'מועצה אזורית' ? 'rc' : 'loc'}-${row[code]}`, population: Number(row[population]) }));
}

function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  const pattern = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  for (let match = pattern.exec(line); match && match.index < line.length; match = pattern.exec(line)) {
    fields.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]!);
    if (match[3] === '') break;
  }
  return fields;
}

function powerGame(n: number) {
  const towns = populations().slice(0, n);
  const quantities = Object.fromEntries(towns.map((t) => [t.name, t.population]));
  return gameFromModel('cost', towns.map((t) => t.name), { ...serviceModel, quantities });
}

/** A repeatable uniform number in [0, 1) from a seed (a linear congruential generator). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * The power game over n participants with 50 to 5,000 pupils each, spread evenly on a log scale
 * (most authorities small, a few large), whole pupils: the exact Shapley value by total quantity.
 */
function pupilsGame(n: number) {
  const random = seeded(2024);
  const players = Array.from({ length: n }, (_, i) => `authority-${i + 1}`);
  const quantities = Object.fromEntries(players.map((p) => [p, Math.round(50 * 100 ** random())]));
  return gameFromModel('cost', players, { ...serviceModel, quantities });
}

/** A road of 60 km from a junction (2 M ₪), dearer per km for the first 10 km; each of n participants needs it up to 0–60 km, in tenths. */
function roadGame(n: number) {
  const random = seeded(7);
  const players = Array.from({ length: n }, (_, i) => `authority-${i + 1}`);
  const levels = Object.fromEntries(players.map((p) => [p, Math.round(600 * random()) / 10]));
  const segments = [
    { from: 0, unitCost: 1_500_000 },
    { from: 10, unitCost: 900_000 },
  ];
  return gameFromFacility('cost', players, { type: 'airport', fixed: 2_000_000, segments, levels });
}

/**
 * One indicator in one period over n authorities, for every indicator and period: populations of
 * 500 to 500,000 spread evenly on a log scale, each indicator a rate of its own level and spread
 * (seeded), weighted by population as the server weighs them.
 */
function gapSets(n: number, indicators: number, periods: number): GapInput[] {
  const random = seeded(1948);
  const populations = Array.from({ length: n }, () => Math.round(500 * 1000 ** random()));
  return Array.from({ length: indicators * periods }, (_, k) => {
    const level = 20 + 60 * random();
    const spread = 2 + 15 * random();
    const values = populations.map((weight, i) => ({ authorityId: `authority-${i + 1}`, value: Math.max(0, level + spread * (random() + random() + random() - 1.5)), weight }));
    return { values, direction: k % 2 === 0 ? 'higher-is-better' : 'lower-is-better', weighted: true };
  });
}

const exactly = { shapleySamples: null, shapleyPrecision: null, seed: 1 };

/** An explicit game, given group by group: economies of scale, ±5% noise, whole thousands of shekels. */
function explicitGame(n: number): TableGame {
  let seed = 12345 + n;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const base = Array.from({ length: n }, () => 100_000 + 400_000 * random());
  const players = Array.from({ length: n }, (_, i) => `authority-${i + 1}`);
  const coalitions = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = players.filter((_, i) => (mask >>> i) & 1);
    const alone = base.reduce((sum, b, i) => ((mask >>> i) & 1 ? sum + b : sum), 0);
    const value = alone * Math.pow(members.length, -0.15) * (1 + 0.05 * (2 * random() - 1));
    coalitions.push({ members, value: Math.round(value / 1000) * 1000 });
  }
  return gameFromCoalitions('cost', players, coalitions);
}

async function measure(work: () => Promise<{ note: string; values?: number[] }>): Promise<Measured> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const { note, values } = await work();
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000,
    wallMs: performance.now() - wall,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    note,
    ...(values ? { values } : {}),
  };
}

/** The nucleolus of a game, twice: the first call includes loading HiGHS and compiling the code; the second shows the steady state. */
async function nucleolusOf(game: TableGame): Promise<Measured> {
  const first = await measure(async () => {
    const result = await nucleolus(game);
    return { note: `excess levels: ${result.levels.length}, LPs solved: ${result.linearPrograms}` };
  });
  const again = performance.now();
  await nucleolus(game);
  return { ...first, note: `${first.note}; a second call: ${seconds(performance.now() - again)}` };
}

const cases: Record<string, (n: number) => Promise<Measured>> = {
  'shapley-exact': (n) => {
    const game = powerGame(n);
    return measure(async () => {
      const phi = shapleyExact(game);
      const gap = Math.abs(phi.reduce((a, b) => a + b, 0) - grandValue(game)) / grandValue(game);
      return { note: `Σφ − c(N): ${gap.toExponential(1)} of c(N)`, values: Array.from(phi) };
    });
  },
  'shapley-on-table': (n) => {
    const model = powerGame(n);
    const game: TableGame = { type: 'table', kind: 'cost', players: model.players, values: tabulate(model) };
    return measure(async () => ({ note: 'table built beforehand', values: Array.from(shapleyExact(game)) }));
  },
  'shapley-sampled': (n) => {
    const towns = populations().slice(0, n);
    const game = gameFromModel('cost', towns.map((t) => t.name), { ...serviceModel, quantities: Object.fromEntries(towns.map((t) => [t.name, t.population])) });
    return measure(async () => {
      const result = shapleySampled(game, { seed: 1, targetRelativeError: 0.005 });
      const mean = grandValue(game) / n;
      const maxSe = Math.max(...result.standardErrors);
      return { note: `max SE ${((100 * maxSe) / mean).toFixed(3)}% of the mean share; ${result.orders} orders, ${(result.evaluations / 1e6).toFixed(1)}M evaluations` };
    });
  },
  'shapley-by-quantity': (n) => {
    const game = pupilsGame(n);
    return measure(async () => {
      const { shares, shapleyMethod } = shapleyValue(game, exactly);
      const grid = quantityGrid(game.quantities)!;
      const gap = Math.abs(shares.reduce((a, b) => a + b, 0) - grandValue(game)) / grandValue(game);
      const cells = quantityShapleyCells(grid);
      return { note: `${shapleyMethod}; ${grid.total.toLocaleString('en')} pupils in all, ${(cells / 1e9).toFixed(1)} billion cells by the estimate; Σφ − c(N): ${gap.toExponential(1)} of c(N)` };
    });
  },
  airport: (n) => {
    const game = roadGame(n);
    return measure(async () => {
      const { shares, shapleyMethod } = shapleyValue(game, exactly);
      const gap = Math.abs(shares.reduce((a, b) => a + b, 0) - grandValue(game)) / grandValue(game);
      return { note: `${shapleyMethod}; Σφ − c(N): ${gap.toExponential(1)} of c(N)` };
    });
  },
  gaps: async (n) => {
    const sets = gapSets(n, 40, 12);
    const first = await measure(async () => {
      const gini = sets.map((set) => gapMeasures(set).gini ?? 0);
      return { note: `${sets.length} sets of ${n} values weighted by population; Gini ${Math.min(...gini).toFixed(3)}–${Math.max(...gini).toFixed(3)}` };
    });
    const again = process.cpuUsage();
    for (const set of sets) gapMeasures(set);
    const used = process.cpuUsage(again);
    return { ...first, note: `${first.note}; a second pass: ${seconds((used.user + used.system) / 1000)} CPU` };
  },
  'nucleolus-near-tie': (n) => nucleolusOf(agorotGame(n, nearTieGame(n, n))),
  nucleolus: (n) => nucleolusOf(explicitGame(n)),
  /** As the server's compute workers meet it: each solves an eight-participant game when it starts. */
  'nucleolus-warmed': async (n) => {
    await nucleolus(explicitGame(8));
    return nucleolusOf(explicitGame(n));
  },
};

function runInChild(name: string, n: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--case', name, String(n)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve(message as Measured));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${name} ${n} exited with ${code}`))));
  });
}

interface CResult {
  readonly buildMs: number;
  readonly shapleyMs: number;
  readonly values: number[];
}

function compileC(): string | null {
  try {
    execFileSync('gcc', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const binary = path.join(mkdtempSync(path.join(os.tmpdir(), 'eshkol-bench-')), 'shapley');
  execFileSync('gcc', ['-O2', '-o', binary, path.join(here, 'shapley.c'), '-lm']);
  return binary;
}

function runC(binary: string, n: number): CResult {
  const towns = populations().slice(0, n);
  const args = [serviceModel.fixed, serviceModel.scale, serviceModel.exponent, ...towns.map((t) => t.population)].map(String);
  const [buildMs, shapleyMs, ...values] = execFileSync(binary, args, { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split(' ').map(Number);
  return { buildMs: buildMs!, shapleyMs: shapleyMs!, values };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 3 : 2)} s`;

function maxRelativeGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}

async function main(): Promise<void> {
  const machine = {
    node: process.version,
    cpus: os.availableParallelism(),
    model: os.cpus()[0]?.model ?? 'unknown',
    load: os.loadavg()[0]!.toFixed(1),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  };
  const rows: string[][] = [];
  const run = async (label: string, target: string, name: string, n: number) => {
    const m = await runInChild(name, n);
    rows.push([label, target, seconds(m.cpuMs), seconds(m.wallMs), `${Math.round(m.peakRssMb)} MB`, m.note]);
    console.log(`${label}: ${seconds(m.cpuMs)} CPU, ${seconds(m.wallMs)} wall, ${Math.round(m.peakRssMb)} MB — ${m.note}`);
    return m;
  };
  const exact20 = await run('Exact Shapley, power game, 20 participants', '< 0.2 s', 'shapley-exact', 20);
  const exact25 = await run('Exact Shapley, power game, 25 participants', '< 5 s, < 400 MB', 'shapley-exact', 25);
  const towns = populations().length;
  await run(`Sampled Shapley, all ${towns} authorities with a population`, '< 2 s for SE < 0.5%', 'shapley-sampled', towns);
  await run('Exact Shapley by total quantity, power game, 257 participants of 50–5,000 pupils', '< 20 s (the compute limit)', 'shapley-by-quantity', 257);
  await run('Exact Shapley of the airport game (a road), 2,000 participants', '< 0.1 s', 'airport', 2000);
  await run('Nucleolus, explicit game, 12 participants', '< 1 s', 'nucleolus', 12);
  await run('Nucleolus, explicit game, 16 participants', '< 10 s', 'nucleolus', 16);
  await run('Nucleolus, explicit game, 20 participants', '< 1 s', 'nucleolus', 20);
  await run('Nucleolus, 20 participants, in a warmed worker', '< 1 s', 'nucleolus-warmed', 20);
  await run('Nucleolus, near-tie game (to the agora, a few agorot off ties), 16 participants', '< 10 s', 'nucleolus-near-tie', 16);
  await run('Nucleolus, near-tie game (to the agora, a few agorot off ties), 20 participants', '< 1 s', 'nucleolus-near-tie', 20);
  await run('Gap measures, 257 authorities × 40 indicators × 12 periods', '< 0.2 s', 'gaps', 257);

  const comparison: string[][] = [];
  const binary = compileC();
  if (binary === null) {
    console.log('C comparison skipped: gcc not found');
  } else {
    for (const [n, exact] of [
      [20, exact20],
      [25, exact25],
    ] as const) {
      const c = runC(binary, n);
      const onTable = await runInChild('shapley-on-table', n);
      const total = c.buildMs + c.shapleyMs;
      comparison.push([
        String(n),
        seconds(exact.cpuMs),
        seconds(total),
        (exact.cpuMs / total).toFixed(2),
        seconds(onTable.cpuMs),
        seconds(c.shapleyMs),
        (onTable.cpuMs / c.shapleyMs).toFixed(2),
        maxRelativeGap(exact.values!, c.values).toExponential(1),
      ]);
      console.log(`C -O2, ${n} participants: build ${seconds(c.buildMs)} + Shapley ${seconds(c.shapleyMs)}; engine ${seconds(exact.cpuMs)} (ratio ${(exact.cpuMs / total).toFixed(2)})`);
    }
  }
  const report = markdown(machine, rows, comparison);
  console.log(`\n${report}`);
  mkdirSync(path.join(repo, 'docs'), { recursive: true });
  const file = path.join(repo, 'docs/benchmarks.md');
  writeFileSync(file, report + keptSection(file));
  console.log('written to docs/benchmarks.md');
}

/** The test suite's times are measured by hand, below the engine's figures: a new run keeps them. */
function keptSection(file: string): string {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = previous.indexOf('\n## Test suite\n');
  return at < 0 ? '' : previous.slice(at);
}

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function markdown(machine: Record<string, string | number>, rows: string[][], comparison: string[][]): string {
  return `# Benchmarks

Written by \`npm run bench\` (packages/engine/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.
Every case runs in a fresh Node process: its time includes loading the code (and HiGHS) and JIT
warm-up, and its peak RSS (the process's maxRSS, Node itself included) is its own. Times are the
process's CPU time, the figure to hold against the targets; wall time is given too, and is
inflated whenever the load average exceeds the number of CPUs (other work on a shared machine).

Machine: Node ${machine.node}, ${machine.cpus} CPUs (\`nproc\`), ${machine.model}, ${machine.memory} RAM; load average ${machine.load} when the run started.

The power game is a synthetic service cost, 400 000 ₪ + 25 · (Σ population)^0.85, over the real
populations of the first authorities in \`data/authorities.csv\` (CBS 2021); by total quantity, the
same cost over 257 participants of 50 to 5,000 pupils each, spread evenly on a log scale (seeded),
computed exactly from the distribution of a group's total (ADR 11). The airport game is a road of
up to 60 km from a junction (2 M ₪; 1.5 M ₪ a km for the first 10 km, 0.9 M beyond), each of 2,000
participants needing it up to 0–60 km in tenths (seeded, many ties). The explicit games are
given group by group: each group costs its members' stand-alone costs × |S|^−0.15 ± 5% noise,
rounded to whole thousands of shekels as tender figures are (which makes ties between groups).
The gap measures are of 257 authorities of 500 to 500,000 residents (spread evenly on a log scale)
on 40 indicators over 12 periods, each a rate of its own level and spread (seeded), weighted by
population.

${table(['Case', 'Target', 'CPU', 'Wall', 'Peak RSS', 'Result'], rows)}

The nucleolus's CPU time runs ahead of its wall time: V8 compiles HiGHS's WebAssembly and the hot
code on background threads while the solver works, so on an idle machine the wall time is what a
reader waits. Its first call in a fresh process also loads HiGHS; the server's compute workers
solve an eight-participant game when they start (\`cost-sharing.worker.ts\`), so a reader's first
large nucleolus there is the "warmed worker" row, and every later one its second call.

## Exact Shapley against a straightforward C implementation

\`bench/shapley.c\`, compiled with \`gcc -O2\`: it builds the table of all 2^n coalition values of the
same power game, then runs the textbook double loop over coalitions and players. The engine computes
the values block by block while it sums (no table); "on a table" runs the engine's Shapley on a table
built beforehand, against the C loop alone.

${
  comparison.length === 0
    ? 'Skipped: gcc was not found.'
    : table(['n', 'Engine', 'C (table + loop)', 'Ratio', 'Engine on a table', 'C loop', 'Ratio', 'Max relative difference of φ'], comparison)
}
`;
}

if (process.argv[2] === '--case') {
  const name = process.argv[3]!;
  const n = Number(process.argv[4]);
  const result = await cases[name]!(n);
  process.send!(result, () => process.exit(0));
} else {
  await main();
}

