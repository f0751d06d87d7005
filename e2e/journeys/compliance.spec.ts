import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

const cluster = 'negev-maaravi';

test('the ministry reads every cluster’s light and sets new rules from a day; a cluster’s staff subscribe to their obligations in a calendar and revoke it', async ({ page, browser }, testInfo) => {
  await signIn(page, 'ministry@demo.local');
  await page.goto('/compliance');
  await expect(page.getByRole('heading', { level: 1, name: he('compliance:title') })).toBeVisible();
  const rows = page.getByTestId('compliance-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  // The worst first: a cluster with a board recorded and no meeting held last year is overdue, above those with no records.
  await expect(rows.first()).toHaveAttribute('data-status', 'overdue');
  await expect(page.getByTestId('compliance-table').locator(`tr[data-cluster="${cluster}"]`)).toContainText(he('compliance:status.overdue'));
  await expectAccessible(page, testInfo, 'compliance');

  // New rules from a day to come: they join the history and are not yet in force.
  const from = `${new Date().getFullYear() + 3}-01-01`;
  const form = page.getByTestId('rules-form');
  await form.getByLabel(he('compliance:rules.validFrom')).fill(from);
  await form.getByLabel(he('compliance:rules.boardMeetingsPerYear')).fill('6');
  await form.getByLabel(he('compliance:rules.note')).fill('לפי החלטת ועדת ההיגוי');
  await form.getByTestId('rules-submit').click();
  await expect(page.getByTestId('rules-history')).toContainText('לפי החלטת ועדת ההיגוי');
  await expect(page.getByTestId('rules-panel')).toContainText(he('compliance:rules.shipped'));

  // The cluster's staff see their obligations and take them to a calendar.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, `staff-${cluster}@demo.local`);
  await staff.goto(`/clusters/${cluster}`);
  const section = staff.locator('section[aria-labelledby="compliance-title"]');
  await expect(section.getByTestId('obligations').locator('li').first()).toBeVisible();
  await section.getByTestId('calendar-feed-create').click();
  const address = await section.getByTestId('calendar-feed-address').inputValue();
  const feed = await staff.request.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await section.getByTestId('calendar-feed-revoke').click();
  await expect(section.getByTestId('calendar-feed-revoke')).toBeHidden();
  expect((await staff.request.get(address)).status()).toBe(404);
  await expectAccessible(staff, testInfo, 'cluster-compliance');
  await staffContext.close();
});
