/**
 * The first start and the first page, as a newcomer meets them: a fresh clone of the commit checked
 * out (into a temporary folder) and its `npm ci`, timed; `npm start` there on a fresh embedded
 * database (the web build, then the server), timed to its first answer and step by step from what
 * it prints; then the home page opened in Debian's Chromium on loopback, each time in a new browser
 * profile (nothing cached), and once more with the cache of the visit before. The clone is removed
 * at the end. What is not committed is not measured.
 *
 * For each visit: the time from navigation to the first frame that shows the programme's key
 * figures (the four `stat-*` figures of the home page, by Element Timing), the JavaScript transferred before that
 * frame (bytes on the wire, compressed as the server sent them), and everything the page
 * transferred once the network is quiet (charts and map included).
 *
 *   npm run bench -w @eshkol/server        # this after the other server benches
 *   npx tsx bench/first-page.ts            # alone (BENCH_RUNS=5 visits, CHROMIUM_PATH=/usr/bin/chromium)
 *
 * Figures go into their own section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentile, startServer, writeSection } from './harness';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const figureIds = ['stat-clusters', 'stat-members', 'stat-residents', 'stat-small-share'];

/**
 * In the page, before any of its code: the time at which every key figure was first on screen, by
 * the browser's Element Timing (the frame's presentation, not when the page's code put it there).
 * Each figure and everything in it is marked `elementtiming` as soon as it is in the document,
 * before its first paint; the figures are visible once all four have been painted.
 */
const watchFigures = `(() => {
  const ids = ${JSON.stringify(figureIds)};
  const painted = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) painted.set(e.identifier, Math.max(painted.get(e.identifier) ?? 0, e.renderTime || e.loadTime));
    if (ids.every((id) => painted.has(id))) window.__eshkolFiguresAt = Math.max(...ids.map((id) => painted.get(id)));
  }).observe({ type: 'element', buffered: true });
  const marked = new Set();
  const observer = new MutationObserver(() => {
    for (const id of ids) {
      const figure = document.querySelector('[data-testid="' + id + '"]');
      if (!figure || marked.has(id)) continue;
      marked.add(id);
      for (const el of [figure, ...figure.querySelectorAll('*')]) el.setAttribute('elementtiming', id);
    }
    if (marked.size === ids.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** What the page knows once quiet: when the figures showed, and every resource with its bytes on the wire and when it finished. */
const readTimings = `({
  figuresAt: window.__eshkolFiguresAt,
  entries: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => ({ name: e.name, transferSize: e.transferSize, startTime: e.startTime, responseEnd: e.responseEnd })),
})`;

const pageDrawn = `document.querySelector('[data-testid="programme-map"] svg path') && document.querySelector('[data-testid="cluster-cards"]')
  && [...document.querySelectorAll('figure[data-testid^="chart-"]')].every((chart) => chart.querySelector('svg'))
  && document.querySelectorAll('figure[data-testid^="chart-"]').length > 0`;

type Entry = { name: string; transferSize: number; startTime: number; responseEnd: number };
type Visit = {
  figuresMs: number;
  /** When the page itself, the last script before the figures, and the figures' data had arrived; when that data was asked for. */
  htmlMs: number;
  scriptsMs: number;
  statsAskedMs: number;
  statsMs: number;
  jsBefore: number;
  jsFiles: number;
  total: number;
  jsEncodings: string[];
};

function isTimings(x: unknown): x is { figuresAt: number; entries: Entry[] } {
  return typeof x === 'object' && x !== null && 'figuresAt' in x && typeof x.figuresAt === 'number' && 'entries' in x && Array.isArray(x.entries);
}

const isScript = (url: string) => new URL(url).pathname.endsWith('.js');

/** A browser profile of its own, with the page's CSP in force, as every visitor has it. */
const newContext = (browser: Browser) => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'he-IL' });

/**
 * Waits until `expression` is true in the page, asking every 50 ms. Not `page.waitForFunction`:
 * that evaluates its string in the page, which the page's CSP forbids.
 */
async function waitUntil(page: Page, expression: string, what: string) {
  for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) if (await page.evaluate(expression)) return;
  throw new Error(`the home page never showed ${what}`);
}

/** One visit of the home page in `context` (a new one: nothing cached). */
async function visit(browser: Browser, url: string, keep?: Awaited<ReturnType<Browser['newContext']>>): Promise<Visit> {
  const context = keep ?? (await newContext(browser));
  const page = await context.newPage();
  await page.addInitScript({ content: watchFigures });
  const jsEncodings = new Set<string>();
  page.on('response', (res) => {
    if (isScript(res.url())) jsEncodings.add(res.headers()['content-encoding'] ?? 'none');
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitUntil(page, 'typeof window.__eshkolFiguresAt === "number"', 'its key figures');
  // The whole page: the map drawn, every chart drawn, the clusters listed; then nothing more on its way.
  await waitUntil(page, pageDrawn, 'its map, charts and clusters');
  await page.waitForLoadState('networkidle');
  const timings: unknown = await page.evaluate(readTimings);
  if (!isTimings(timings)) throw new Error('the page did not report its timings');
  await page.close();
  if (!keep) await context.close();
  const before = timings.entries.filter((e) => isScript(e.name) && e.responseEnd <= timings.figuresAt);
  const stats = timings.entries.find((e) => new URL(e.name).pathname === '/api/v1/stats/programme');
  return {
    figuresMs: timings.figuresAt,
    htmlMs: timings.entries[0]?.responseEnd ?? Number.NaN,
    scriptsMs: Math.max(...before.map((e) => e.responseEnd)),
    statsAskedMs: stats?.startTime ?? Number.NaN,
    statsMs: stats?.responseEnd ?? Number.NaN,
    jsBefore: before.reduce((s, e) => s + e.transferSize, 0),
    jsFiles: before.length,
    total: timings.entries.reduce((s, e) => s + e.transferSize, 0),
    jsEncodings: [...jsEncodings],
  };
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const ms0 = (x: number) => `${x.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const s = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
const range = (xs: number[], f: (x: number) => string) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;

/** The steps of a start, from the lines it prints: when each first appeared. */
const steps: [string, RegExp][] = [
  ['web build', /✓ built in/],
  ['server code loaded', /creating the embedded database|opening the embedded database/],
  ['database created', /migrating the database/],
  ['migrated', /fresh database: loading the shipped data/],
  ['shipped data loaded', /^loaded stated_figures/],
  ['demo accounts', /^demo accounts/],
  ['answering', /^Eshkol answers at/],
];

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const loadNow = () => os.loadavg()[0]!.toFixed(1);
const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();

/** Runs a command to its end in `cwd`, its output kept and shown only if it fails; how long it took. */
function timed(command: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - t0;
}

async function main() {
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-fresh-clone-'));
  try {
    await measure(clone);
  } finally {
    fs.rmSync(clone, { recursive: true, force: true });
  }
}

async function measure(clone: string) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim();
  timed('git', ['clone', '--quiet', repoRoot, clone], repoRoot);
  const loadAtInstall = loadNow();
  const installMs = timed('npm', ['ci'], clone);
  const load = loadNow();
  const t0 = performance.now();
  const seen = new Map<string, number>();
  const server = await startServer(
    {},
    {
      npmStart: true,
      root: clone,
      onLine: (line) => {
        for (const [step, pattern] of steps) if (!seen.has(step) && pattern.test(line)) seen.set(step, performance.now() - t0);
      },
    },
  );
  const url = `http://127.0.0.1:${server.port}/`;
  const loadAtVisits = loadNow();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
  });
  try {
    await visit(browser, url); // Chromium's own first-page warm-up, not counted.
    const visits: Visit[] = [];
    for (let i = 0; i < runs; i++) visits.push(await visit(browser, url));
    const context = await newContext(browser);
    await visit(browser, url, context);
    const again = await visit(browser, url, context);
    await context.close();

    const figures = visits.map((v) => v.figuresMs);
    const js = visits.map((v) => v.jsBefore);
    const total = visits.map((v) => v.total);
    let last = 0;
    const stepRows = steps
      .filter(([step]) => seen.has(step))
      .map(([step]) => {
        const at = seen.get(step)!;
        const row = `| ${step} | ${s(at)} | ${s(at - last)} |`;
        last = at;
        return row;
      });
    const body = `
Written by \`apps/server/bench/first-page.ts\` (\`npm run bench -w @eshkol/server\`) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
${os.cpus().length} CPUs; the load average (one minute) was ${loadAtInstall} at the install, ${load} at the start, ${loadAtVisits} at the first visit and ${loadNow()} at the end
(wall times grow whenever it exceeds the number of CPUs). A fresh clone of ${commit} and its \`npm ci\` (npm ${npmVersion}, with npm's cache as this machine has it),
\`npm start\` there on a fresh embedded database, then the home page in Chromium ${browser.version()} (headless, 1280×900, Hebrew, with the page's CSP in force) on
loopback: ${runs} first visits, each in a new browser profile (nothing cached), after one that warms Chromium up and is not counted; then a second visit with the first one's cache.
The key figures are visible when the browser has presented the frame that paints the last of the home page's four (\`stat-*\`), by its Element Timing;
"before the key figures": resources that finished before then. Times are from the start of the navigation.
Bytes are as transferred (compressed as sent: ${[...new Set(visits.flatMap((v) => v.jsEncodings))].join(', ')} for JavaScript), headers included.

| Home page, first visit | Median (min–max) | Target |
| --- | --- | --- |
| Time until the key figures are visible | ${range(figures, ms0)} | < 1 s |
| JavaScript loaded before them | ${range(js, kb)} in ${median(visits.map((v) => v.jsFiles))} files | < 300 KB |
| Everything the page transferred (charts, map and its data included) | ${range(total, kb)} | |

On the way to the key figures (medians): the page (index.html) in ${ms0(median(visits.map((v) => v.htmlMs)))}, the last script before them by
${ms0(median(visits.map((v) => v.scriptsMs)))}, the figures' data (\`/api/v1/stats/programme\`) asked at ${ms0(median(visits.map((v) => v.statsAskedMs)))} and there by ${ms0(median(visits.map((v) => v.statsMs)))}, the figures on screen at ${ms0(median(figures))}.

A second visit with the cache of the first: key figures after ${again.figuresMs.toFixed(0)} ms, ${kb(again.jsBefore)} of JavaScript transferred
before them (the hashed files come from the cache, unasked), ${kb(again.total)} transferred in all.

\`npm ci\` in the fresh clone: ${s(installMs)} (target < 3 min).

| \`npm start\` on a fresh embedded database | At | Step |
| --- | --- | --- |
${stepRows.join('\n')}

First answer (\`/api/health\`) after ${s(server.startedMs)} (target < 40 s).
`;
    writeSection('The first start and the first page (apps/server/bench/first-page.ts)', body);
    console.log(body);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
