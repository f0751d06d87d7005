import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

test("a cluster's staff share a joint cost among its members and see who, if anyone, is better off alone", async ({ page }, testInfo) => {
  await signIn(page, 'staff-galil-mizrahi@demo.local');
  await page.getByRole('link', { name: he('nav.costSharing') }).click();
  await expect(page.getByRole('heading', { level: 1, name: he('cost-sharing:title') })).toBeVisible();

  // The cluster's members, with their real populations; no quantity yet, so nothing can be computed.
  const participants = page.getByTestId('participants');
  await expect(participants.getByRole('row')).toHaveCount(1 + 18);
  await page.getByTestId('compute').click();
  await expect(page.getByTestId('form-problems')).toBeVisible();

  // One method is proposed, with why; the others wait behind "compare methods".
  await expect(page.getByTestId('recommended-reason')).toHaveText(he('cost-model:recommendedReason'));
  await expect(page.getByRole('checkbox', { name: he('cost-model:methods.nucleolus'), exact: true })).toBeHidden();

  // Quantities from the number of residents, a joint cost with economies of scale.
  await page.getByRole('button', { name: he('cost-model:participants.usePopulation') }).click();
  await page.getByLabel(he('cost-model:model.fields.scale')).fill('250');
  await page.getByTestId('compute').click();
  const results = page.getByTestId('results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('form-problems')).toHaveCount(0);

  // A concave cost: the Shapley value is in the core, and the verdict says so in plain Hebrew.
  const verdict = results.getByTestId('verdict');
  await expect(verdict).toContainText(he('cost-model:verdict.stableTitle'));
  await expect(verdict).toContainText(he('cost-model:methods.shapley'));
  await expect(results.getByTestId('shares-table').getByRole('row')).toHaveCount(1 + 18 + 1);
  await expect(results.getByTestId('shares-table').getByRole('columnheader', { name: he('cost-model:methods.nucleolus'), exact: true })).toHaveCount(0);
  await expect(results.getByTestId('shares-chart')).toBeVisible();

  // Compared with the nucleolus, asked for by opening the other methods.
  await page.getByTestId('compare-methods').click();
  await page.getByRole('checkbox', { name: he('cost-model:methods.nucleolus'), exact: true }).check();
  await page.getByTestId('compute').click();
  await expect(results.getByTestId('shares-table').getByRole('columnheader', { name: he('cost-model:methods.nucleolus'), exact: true })).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page, testInfo, 'cost-sharing');

  // The same calculation as a workbook.
  const download = page.waitForEvent('download');
  await results.getByRole('button', { name: he('cost-sharing:results.export') }).click();
  expect((await download).suggestedFilename()).toBe('cost-sharing.xlsx');

  // The Owen value shares by blocs: each member's type of authority, filled in one click.
  await page.getByRole('checkbox', { name: he('cost-model:methods.owen') }).check();
  await page.getByRole('button', { name: he('cost-model:participants.blocsByType') }).click();
  await expect(participants.getByRole('textbox', { name: he('cost-model:participants.blocFor', { name: 'צפת' }) })).toHaveValue(he('authorityType.city'));
  await page.getByTestId('compute').click();
  await expect(results.getByTestId('shares-table').getByRole('columnheader', { name: he('cost-model:methods.owen') })).toBeVisible();

  // What three members pay today offers a fitted model; choosing it fills the model's fields.
  const costs = participants.getByRole('textbox', { name: /העלות הנוכחית של/ });
  for (const [i, cost] of ['150000', '260000', '410000'].entries()) await costs.nth(i).fill(cost);
  const power = page.getByTestId('cost-fit-power');
  await expect(power).toContainText(he('cost-model:fit.power.title'));
  await expect(page.getByTestId('cost-fit-chart')).toBeVisible();
  await power.getByRole('button', { name: he('cost-model:fit.use') }).click();
  await expect(page.getByLabel(he('cost-model:model.fields.scale'))).not.toHaveValue('250');
});

test('a road three members use up to their own distances is shared by the airport game, exactly', async ({ page }) => {
  await signIn(page, 'staff-galil-mizrahi@demo.local');
  await page.getByRole('link', { name: he('nav.costSharing') }).click();
  const participants = page.getByTestId('participants');
  await expect(participants.getByRole('row')).toHaveCount(1 + 18);

  // Three members take part, each up to its own km of road; the road costs more per km near the junction.
  await page.getByText(he('cost-model:model.types.facility'), { exact: true }).click();
  const included = participants.getByRole('checkbox');
  for (let i = 3; i < 18; i++) await included.nth(i).uncheck();
  const levels = participants.getByRole('textbox', { name: /הרמה של/ });
  for (const [i, level] of ['4', '8', '12'].entries()) await levels.nth(i).fill(level);
  await page.getByLabel(he('cost-model:model.fields.fixed')).fill('200000');
  await page.getByLabel(he('cost-model:model.segmentCost', { n: 1 })).fill('100000');
  await page.getByRole('button', { name: he('cost-model:model.addSegment') }).click();
  await expect(page.getByLabel(he('cost-model:model.segmentFrom', { n: 2 }))).toBeFocused();
  await page.keyboard.type('6');
  await page.getByLabel(he('cost-model:model.segmentCost', { n: 2 })).fill('60000');
  await page.getByTestId('compute').click();

  // The junction and the first 4 km serve all three, km 4–8 two of them, km 8–12 the last alone.
  const results = page.getByTestId('results');
  const shapley = results.getByTestId('shares-table').getByRole('columnheader', { name: he('cost-model:methods.shapley') });
  await expect(shapley).toBeVisible({ timeout: 60_000 });
  const column = await results.getByTestId('shares-table').getByRole('columnheader').evaluateAll((cells, name) => cells.findIndex((c) => c.textContent === name), he('cost-model:methods.shapley'));
  const rows = results.getByTestId('shares-table').locator('tbody tr');
  for (const [i, share] of ['200,000', '360,000', '600,000'].entries()) await expect(rows.nth(i).locator('th, td').nth(column)).toContainText(share);
  await expect(results.getByTestId('shapley-note')).toHaveText(he('cost-model:results.shapleyWay.airport'));
});
