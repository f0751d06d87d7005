import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

const cluster = 'negev-maaravi';

test("a cluster's staff keep their board: who sits for which authority, a seat added and ended, new rules from a day, the composition in Excel", async ({ page, browser }, testInfo) => {
  await signIn(page, `staff-${cluster}@demo.local`);
  await page.goto(`/clusters/${cluster}`);
  const section = page.locator('section[aria-labelledby="bodies-title"]');
  await expect(section.getByRole('heading', { name: he('governance:bodies.title') })).toBeVisible();
  await section.getByRole('link', { name: 'דירקטוריון האשכול' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'דירקטוריון האשכול' })).toBeVisible();
  await expectAccessible(page, testInfo, 'body');
  const members = (await (await page.request.get(`/api/v1/clusters/${cluster}`)).json()).members as { id: string; nameHe: string }[];
  await expect(page.getByTestId('voting-count')).toContainText(String(members.length));

  // A legal adviser sits for an organisation, by name, with an address: no vote is added.
  await page.getByTestId('add-seat').click();
  const form = page.getByTestId('seat-form');
  await form.getByRole('button', { name: he('governance:seatForm.submit') }).click();
  await expect(form.getByLabel(he('governance:seatForm.seatTitle'))).toHaveAccessibleDescription(he('governance:fieldErrors.required'));
  await form.getByLabel(he('governance:seatForm.seatTitle')).fill('יועצת משפטית');
  await form.getByLabel(he('governance:seatForm.personName')).fill('עו״ד לבדיקה');
  await form.getByLabel(he('governance:seatForm.email')).fill('legal@example.org');
  await form.getByRole('radio', { name: he('governance:seatForm.behalfOrganisation') }).check();
  await form.getByLabel(he('governance:seatForm.organisation')).fill('הלשכה המשפטית');
  await form.getByLabel(he('governance:seatForm.role'), { exact: true }).click();
  await page.getByRole('option', { name: he('governance:roles.observer') }).click();
  await form.getByRole('button', { name: he('governance:seatForm.submit') }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('seats-table').getByRole('row', { name: /עו״ד לבדיקה/ });
  await expect(row).toContainText('legal@example.org');
  await expect(page.getByTestId('voting-count')).toContainText(String(members.length));

  // The seat ends on a day; a day before its first is refused beside the field.
  await row.getByRole('button', { name: he('governance:seats.end') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(he('governance:seats.endOn')).fill('2020-01-01');
  await expect(dialog.getByLabel(he('governance:seats.endOn'))).toHaveAccessibleDescription(he('governance:fieldErrors.termOrder'));
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
  await dialog.getByLabel(he('governance:seats.endOn')).fill(today);
  await dialog.getByRole('button', { name: he('governance:seats.endConfirm') }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('button', { name: he('governance:seats.end') })).toHaveCount(0);

  // New rules from a day: two thirds of those present; a numerator above its denominator is refused first.
  await page.getByTestId('new-rules').click();
  const rules = page.getByTestId('rules-form');
  await rules.getByLabel(he('governance:rulesForm.majorityOf')).click();
  await page.getByRole('option', { name: he('governance:rulesForm.ofPresent') }).click();
  const majority = rules.getByRole('group', { name: he('governance:rulesForm.majorityFraction') });
  await majority.getByLabel(he('governance:rulesForm.numerator')).fill('3');
  await majority.getByLabel(he('governance:rulesForm.denominator')).fill('2');
  await rules.getByRole('button', { name: he('governance:rulesForm.submit') }).click();
  await expect(majority.getByLabel(he('governance:rulesForm.numerator'))).toHaveAccessibleDescription(he('governance:fieldErrors.fractionOrder'));
  await majority.getByLabel(he('governance:rulesForm.numerator')).fill('2');
  await majority.getByLabel(he('governance:rulesForm.denominator')).fill('3');
  await rules.getByRole('checkbox', { name: he('governance:rulesForm.strict') }).nth(1).uncheck();
  // The board's chair breaks ties, which only a simple majority of the votes cast allows: said beside the box, nothing sent.
  await rules.getByRole('button', { name: he('governance:rulesForm.submit') }).click();
  const casting = rules.getByRole('checkbox', { name: he('governance:rulesForm.chairBreaksTie') });
  await expect(casting).toHaveAccessibleDescription(he('governance:fieldErrors.castingVote'));
  await casting.uncheck();
  await rules.getByRole('button', { name: he('governance:rulesForm.submit') }).click();
  await expect(rules).toBeHidden();
  await expect(page.getByTestId('rules-in-force')).toContainText(he('governance:rules.majority', { text: he('governance:rules.atLeast', { fraction: he('governance:rules.fraction.twoThirds'), of: he('governance:rules.of.present') }) }));
  await expect(page.getByTestId('rules-history')).toBeVisible();

  // The composition on a day in Excel.
  const download = page.waitForEvent('download');
  await page.getByTestId('composition-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);

  // A visitor reads the body without its holders' addresses and without the managers' buttons.
  const visitor = await browser.newPage();
  await visitor.goto(page.url());
  await expect(visitor.getByRole('heading', { level: 1, name: 'דירקטוריון האשכול' })).toBeVisible();
  await expect(visitor.getByText('legal@example.org')).toHaveCount(0);
  await expect(visitor.getByTestId('add-seat')).toHaveCount(0);
  await visitor.close();
});
