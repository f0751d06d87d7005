import type { Locator, Page, Request } from '@playwright/test';
import { expect, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

/**
 * Numbers as people type or paste them: a field keeps exactly what was typed, says beside itself
 * and in Hebrew why it refuses it (by the range the contracts declare), and a refused figure keeps
 * the form from being sent — a calculation is not asked, a programme is not stored.
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const reasons = {
  notANumber: he('common:numbers.not-a-number'),
  negative: he('common:numbers.negative'),
  tooLarge: (limit: string) => he('common:numbers.too-large', { limit }),
  tooSmall: (limit: string) => he('common:numbers.too-small', { limit }),
  decimals: (limit: number) => he('common:numbers.too-many-decimals_other', { limit }),
};

/** What the issue saw changed silently: a minus, letters, an exponent, separators out of place. */
const garbled = [
  ['-500000', reasons.negative],
  ['abc', reasons.notANumber],
  ['12e5', reasons.notANumber],
  ['1,5.5.5', reasons.notANumber],
] as const;

/** Types each refused text into the field and sees it kept as typed, with its reason beside the field. */
async function refuses(field: Locator, cases: readonly (readonly [string, string])[]) {
  for (const [typed, reason] of cases) {
    await field.fill(typed);
    await expect(field).toHaveValue(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(reason)));
  }
}

/** Every calculation the page asks of the server. */
function computeRequests(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/cost-sharing') sent.push(r);
  });
  return sent;
}

/** Computing is refused while a figure is: the form says so, the field takes the focus, nothing is asked. */
async function computeRefused(page: Page, field: Locator, sent: Request[]) {
  const before = sent.length;
  await page.getByTestId('compute').click();
  await expect(page.getByTestId('form-problems')).toContainText(he('common:numbers.refused_one'));
  await expect(field).toBeFocused();
  expect(sent.length).toBe(before);
}

test('the calculator keeps every figure as typed, refuses what it cannot read exactly, and reads pasted amounts exactly', async ({ page }) => {
  await signIn(page, 'staff-galil-mizrahi@demo.local');
  await page.goto('/cost-sharing');
  const participants = page.getByTestId('participants');
  await expect(participants.getByRole('row')).toHaveCount(1 + 18);
  const sent = computeRequests(page);
  await page.getByRole('button', { name: he('cost-model:participants.usePopulation') }).click();
  await page.getByLabel(he('cost-model:model.fields.scale')).fill('250');

  // A quantity: not negative, a number as typed, at most a billion units.
  const quantity = participants.getByRole('textbox', { name: /^הכמות של/ }).first();
  await refuses(quantity, [
    ...garbled,
    ['99999999999999999999999', reasons.tooLarge('1,000,000,000')],
  ]);
  await computeRefused(page, quantity, sent);
  await quantity.fill('1,200');

  // Money: what two members pay today, refused as typed, then pasted as people write amounts.
  const costs = participants.getByRole('textbox', { name: /^העלות הנוכחית של/ });
  await refuses(costs.nth(0), [
    ...garbled,
    ['1.234', reasons.decimals(2)],
    ['99999999999999999999999', reasons.tooLarge('10,000,000,000')],
  ]);
  await computeRefused(page, costs.nth(0), sent);
  await costs.nth(0).fill('1,234,567');
  await costs.nth(1).fill('₪ 1.5 מיליון');
  await expect(costs.nth(1)).toHaveValue('₪ 1.5 מיליון');
  await expect(costs.nth(0)).not.toHaveAttribute('aria-invalid', 'true');

  // The exponent of the power law: between 0.01 and 10, as the contract has it.
  const exponent = page.getByLabel(he('cost-model:model.fields.exponent'));
  await refuses(exponent, [
    ['0', reasons.tooSmall('0.01')],
    ['11', reasons.tooLarge('10')],
    ['-0.8', reasons.negative],
    ['8e-1', reasons.notANumber],
    ['0.8.5', reasons.notANumber],
  ]);
  await computeRefused(page, exponent, sent);
  await exponent.fill('0.85');

  // Read exactly: the calculation asked is the one typed, to the shekel.
  const asked = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/cost-sharing');
  await page.getByTestId('compute').click();
  const input = (await asked).postDataJSON() as { players: string[]; model: { exponent: number; standAloneCosts: Record<string, number>; quantities: Record<string, number> } };
  expect(input.model.exponent).toBe(0.85);
  expect(input.model.quantities[input.players[0]!]).toBe(1200);
  expect(input.model.standAloneCosts).toEqual({ [input.players[0]!]: 1_234_567, [input.players[1]!]: 1_500_000 });
  await expect(page.getByTestId('results')).toBeVisible({ timeout: 60_000 });

  // A rate: the price per unit of vehicles or crews, in shekels to the agora.
  await page.getByText(he('cost-model:model.types.capacity'), { exact: true }).click();
  const perUnit = page.getByLabel(he('cost-model:model.fields.perUnit'));
  await refuses(perUnit, [
    ['-30', reasons.negative],
    ['0.125', reasons.decimals(2)],
    ['12e5', reasons.notANumber],
    ['1,5.5.5', reasons.notANumber],
    ['99999999999999999999999', reasons.tooLarge('10,000,000,000')],
  ]);
  await page.getByLabel(he('cost-model:model.fields.capacity')).fill('10,000');
  await page.getByLabel(he('cost-model:model.fields.vehicleCost')).fill('750 אלף');
  await computeRefused(page, perUnit, sent);
});

test('a programme with a refused total or period is not stored, and the form keeps what was typed', async ({ page }) => {
  await signIn(page, 'ministry@demo.local');
  await page.goto('/budget');
  // The form stands alone before the first programme; after it (another journey may have set one up) it opens
  // behind "new programme", staying in the page while closed — so the button's state, not the form's presence, decides.
  const form = page.getByTestId('programme-form');
  const another = page.getByRole('button', { name: he('budget:newProgramme') });
  await expect(form.or(another).first()).toBeVisible();
  if ((await another.count()) > 0 && (await another.getAttribute('aria-expanded')) !== 'true') await another.click();
  await expect(form).toBeVisible();
  const name = `תוכנית שלא נשמרה ${Date.now()}`;
  await form.getByLabel(he('budget:programmeForm.name')).fill(name);
  const total = form.getByLabel(he('budget:programmeForm.total'));
  await refuses(total, [
    ...garbled,
    ['0', reasons.tooSmall('0.01')],
    ['99999999999999999999999', reasons.tooLarge('10,000,000,000')],
  ]);

  // A date: the end before the start, and a year of five digits, said beside the field as typed.
  const startsOn = form.getByLabel(he('budget:programmeForm.startsOn'));
  const endsOn = form.getByLabel(he('budget:programmeForm.endsOn'));
  await startsOn.fill('2027-01-01');
  await endsOn.fill('2026-06-30');
  await expect(endsOn).toHaveAccessibleDescription(new RegExp(escapeRegExp(he('budget:fieldErrors.endsBeforeStart'))));
  await endsOn.fill('20266-06-30');
  await expect(endsOn).toHaveValue('20266-06-30');
  await expect(endsOn).toHaveAccessibleDescription(new RegExp(escapeRegExp(he('budget:fieldErrors.date'))));

  // Saving is refused: the refused total takes the focus, and nothing is stored.
  const submit = form.getByRole('button', { name: he('budget:programmeForm.submit') });
  await submit.click();
  await expect(total).toBeFocused();
  await expect(total).toHaveValue('99999999999999999999999');
  // With an amount read exactly, the period still holds the programme back.
  await total.fill('₪ 1.5 מיליון');
  await expect(total).not.toHaveAttribute('aria-invalid', 'true');
  await submit.click();
  await expect(endsOn).toHaveValue('20266-06-30');
  await expect(startsOn).toHaveValue('2027-01-01');
  await expect(form.getByLabel(he('budget:programmeForm.name'))).toHaveValue(name);
  const stored = await page.request.get('/api/v1/budget/programmes');
  expect(stored.ok()).toBe(true);
  expect(JSON.stringify(await stored.json())).not.toContain(name);
  await page.reload();
  await expect(form.or(another).first()).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});
