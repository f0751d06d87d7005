import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { he } from './messages';

const artifacts = path.join(import.meta.dirname, '..', '.artifacts');
const blocking = new Set(['serious', 'critical']);

/** Waits until no page loader is showing, so a scan or a screenshot sees the page as users do. */
export async function settle(page: Page) {
  await expect(page.getByText(he('common.loading'), { exact: true })).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
}

/**
 * Scans the page with axe-core (WCAG 2.0/2.1 A and AA rules and best practices) and fails on any
 * serious or critical violation. Every violation is written to `.artifacts/axe.jsonl` for the run's
 * summary; with ESHKOL_E2E_SCREENSHOTS set, the page is also saved there as `<name>.png`.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, name: string) {
  await settle(page);
  const started = Date.now();
  const results = await new AxeBuilder({ page }).analyze();
  const ms = Date.now() - started;
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 200)}`) }));
  fs.mkdirSync(artifacts, { recursive: true });
  fs.appendFileSync(path.join(artifacts, 'axe.jsonl'), `${JSON.stringify({ page: name, url: page.url(), ms, passes: results.passes.length, violations })}\n`);
  const shots = process.env.ESHKOL_E2E_SCREENSHOTS;
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    // From the top, so the fixed header sits where users see it first.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }
  const serious = violations.filter((v) => v.impact && blocking.has(v.impact));
  expect(serious, `serious or critical accessibility violations on ${name}:\n${serious.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`).join('\n')}`).toEqual([]);
}

/** Signs in through the login form, as a person would (demo accounts share the password `demo`). */
export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  const form = page.getByRole('form', { name: he('auth:formTitle') });
  await form.getByLabel(he('auth:email')).fill(email);
  await form.getByLabel(he('auth:password')).fill('demo');
  await form.getByRole('button', { name: he('auth.signIn') }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

export const test = base.extend({
  // Set by the global setup, once the server is up on its free port.
  baseURL: async ({}, use) => {
    const url = process.env.ESHKOL_E2E_BASE_URL;
    if (!url) throw new Error('ESHKOL_E2E_BASE_URL is not set: run the journeys through playwright.config.ts (npm test -w @eshkol/e2e)');
    await use(url);
  },
});

export { expect };
