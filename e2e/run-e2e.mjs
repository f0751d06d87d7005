#!/usr/bin/env node
/**
 * Runs the browser journeys in Debian's Chromium against a fresh server (see playwright.config.ts),
 * then prints the accessibility summary and a closing "N passed, N failed" line.
 *
 * Fails, never skips, when Chromium or the built web app is missing: a journey that did not run
 * has not passed. Extra arguments go to Playwright (e.g. `npm test -w @eshkol/e2e -- --grep ministry`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const here = import.meta.dirname;
const repoRoot = path.resolve(here, '..');
const artifacts = path.join(here, '.artifacts');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function fail(message) {
  console.error(`\ne2e: FAILED before any journey ran: ${message}\n`);
  process.exit(1);
}

if (!fs.existsSync(chromium)) {
  fail(
    `no Chromium at ${chromium}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH. ` +
      'The journeys never download a browser.',
  );
}
if (!fs.existsSync(path.join(repoRoot, 'apps/web/dist/index.html'))) {
  fail('the web app is not built (apps/web/dist/index.html is missing): run "npm run build -w @eshkol/web", or "npm run test:e2e" from the repository root.');
}

fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });

const started = Date.now();
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const run = spawnSync(process.execPath, [cli, 'test', '--config', path.join(here, 'playwright.config.ts'), ...process.argv.slice(2)], {
  cwd: here,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);

const axeFile = path.join(artifacts, 'axe.jsonl');
if (fs.existsSync(axeFile)) {
  const scans = fs.readFileSync(axeFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const rules = new Map();
  for (const scan of scans) for (const v of scan.violations) rules.set(`${v.id} (${v.impact})`, [...(rules.get(`${v.id} (${v.impact})`) ?? []), scan.page]);
  console.log(`\naxe: ${scans.length} page scans (${scans.map((s) => s.page).join(', ')})`);
  if (rules.size === 0) console.log('axe: no violations of any impact');
  for (const [rule, pages] of rules) console.log(`axe: ${rule} on ${pages.join(', ')}`);
}

const reportFile = path.join(artifacts, 'report.json');
if (fs.existsSync(reportFile)) {
  const { stats } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const failed = stats.unexpected + stats.flaky;
  console.log(`e2e on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} in ${seconds} s; report in e2e/.artifacts/`);
  console.log(`e2e: ${stats.expected} passed, ${failed} failed${stats.skipped ? `, ${stats.skipped} skipped` : ''}`);
  if (stats.expected === 0 && run.status === 0) fail('no journey ran.');
}
process.exit(run.status ?? 1);
