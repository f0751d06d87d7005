import path from 'node:path';
import { defineConfig } from '@playwright/test';

const artifacts = path.join(import.meta.dirname, '.artifacts');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Journeys in Debian's Chromium (never a downloaded browser), in Hebrew, against one server on a
 * fresh database. Journeys that only read run first, so the figures they check are the shipped
 * data's; the journeys that change data run after them.
 */
const readingJourneys = ['**/public-registry.spec.ts', '**/language.spec.ts'];

export default defineConfig({
  testDir: 'journeys',
  outputDir: path.join(artifacts, 'results'),
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: a 2-core machine runs the server, the runner and two browsers at once.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: path.join(artifacts, 'report.json') }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
    },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
    viewport: { width: 1280, height: 900 },
    // A step that cannot happen fails within a minute, not at the end of the journey's time.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Journeys that check the shipped figures run first; every other journey (a new file included)
  // runs after them, so that none can be left out by a list.
  projects: [
    { name: 'reading', testMatch: readingJourneys },
    { name: 'changing', testMatch: '**/*.spec.ts', testIgnore: readingJourneys, dependencies: ['reading'] },
  ],
});
