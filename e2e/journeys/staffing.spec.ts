import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

const cluster = 'negev-maaravi';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form's field by its whole label (a required field's ends with Mantine's asterisk). */
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
async function choose(scope: Locator, page: Page, label: string, option: string) {
  const name = new RegExp(`^${escapeRegExp(label)}( \\*)?$`);
  await scope.getByRole('combobox', { name }).or(scope.getByRole('textbox', { name })).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const section = (page: Page) => page.locator('section[aria-labelledby="staffing-title"]');
/** The request of this journey: the cluster's opening of a CEO position, the newest of its requests. */
const ceoRequest = (page: Page) => section(page).getByTestId('staffing-requests').locator('article').filter({ hasText: he('staffing:requestKinds.open_position') }).first();

/** The regulator opens the cluster's waiting CEO opening from the desk of staffing requests. */
async function openFromQueue(page: Page) {
  await page.goto('/staffing');
  await expect(page.getByRole('heading', { level: 1, name: he('staffing:page.title') })).toBeVisible();
  const row = page.getByTestId('staffing-queue').locator(`tr[data-cluster="${cluster}"]`).filter({ hasText: he('staffing:positionKinds.ceo') }).last();
  await row.getByTestId('staffing-open').click();
  const detail = page.getByTestId('staffing-request-detail');
  await expect(detail.getByTestId('staffing-review-form')).toBeVisible();
  return detail;
}

test('a cluster’s staff ask to open a CEO position; the regulator returns it with a remark, approves it once sent again; everyone sees the position, only its readers the salary', async ({ page, browser }, testInfo) => {
  // The cluster's staff ask to open the position: ₪28,000 a month, typed as shekels.
  await signIn(page, `staff-${cluster}@demo.local`);
  await page.goto(`/clusters/${cluster}`);
  await section(page).getByTestId('staffing-new-request').click();
  const form = page.getByTestId('staffing-request-form');
  await form.getByRole('radio', { name: he('staffing:requestKinds.open_position') }).check();
  await choose(form, page, he('staffing:form.positionKind'), he('staffing:positionKinds.ceo'));
  await field(form, he('staffing:form.scope')).fill('100');
  await choose(form, page, he('staffing:form.funding'), he('staffing:fundingSources.programme'));
  // A figure out of the contract's range is refused beside its field, and nothing is sent.
  await field(form, he('staffing:form.gross')).fill('150,000.01');
  await form.getByTestId('staffing-request-submit').click();
  await expect(form.getByText(he('numbers.too-large', { limit: '150,000' }))).toBeVisible();
  await field(form, he('staffing:form.gross')).fill('28,000');
  await form.getByTestId('staffing-request-submit').click();
  await expect(section(page).getByTestId('staffing-sent')).toBeVisible();
  await expect(ceoRequest(page)).toHaveAttribute('data-state', 'submitted');
  await expect(section(page).getByTestId('positions-table').locator('tr[data-state="requested"]')).toContainText('28,000');

  // The regulator reads it on the desk, with one waiting, and returns it with a remark.
  const regulatorContext = await browser.newContext();
  const regulator = await regulatorContext.newPage();
  await signIn(regulator, 'regulator@demo.local');
  // The oversight pages sit under one menu of the header.
  await regulator.getByRole('navigation', { name: he('nav.label') }).getByRole('button', { name: he('nav.oversight') }).click();
  await regulator.getByRole('menuitem', { name: he('nav.staffing') }).click();
  let detail = await openFromQueue(regulator);
  await expect(detail.getByTestId('proposal-terms')).toContainText('28,000');
  await expectAccessible(regulator, testInfo, 'staffing-queue');
  await detail.getByRole('radio', { name: he('staffing:review.decisions.return') }).check();
  await field(detail, he('staffing:review.remarks')).fill('השכר גבוה מהמקובל לאשכול בגודל זה');
  await detail.getByTestId('staffing-review-submit').click();
  await expect(detail.getByTestId('staffing-decided')).toContainText(he('staffing:requestStates.returned'));

  // The staff read the remark and send it again with a lower salary: a second version.
  await page.reload();
  await expect(ceoRequest(page)).toHaveAttribute('data-state', 'returned');
  await expect(ceoRequest(page).getByTestId('request-remarks')).toContainText('השכר גבוה מהמקובל');
  await ceoRequest(page).getByTestId('staffing-resubmit').click();
  const again = page.getByTestId('staffing-request-form');
  await expect(again.getByTestId('remarks-to-fix')).toContainText('השכר גבוה מהמקובל');
  await expect(field(again, he('staffing:form.gross'))).toHaveValue('28000');
  await field(again, he('staffing:form.gross')).fill('26,500.50');
  await again.getByTestId('staffing-request-submit').click();
  await expect(ceoRequest(page)).toHaveAttribute('data-state', 'submitted');
  await expect(ceoRequest(page).getByTestId('request-versions').locator('li')).toHaveCount(2);
  await expectAccessible(page, testInfo, 'cluster-staffing');

  // The regulator approves the second version.
  detail = await openFromQueue(regulator);
  await expect(detail.getByTestId('request-versions').locator('li').first()).toContainText('26,500.50');
  await detail.getByRole('radio', { name: he('staffing:review.decisions.approve') }).check();
  await detail.getByTestId('staffing-review-submit').click();
  await expect(detail.getByTestId('staffing-decided')).toContainText(he('staffing:requestStates.approved'));
  await regulatorContext.close();

  // The cluster's page shows the approved position, its salary to its staff.
  await page.reload();
  const approved = section(page).getByTestId('positions-table').locator('tr[data-state="approved"]').filter({ hasText: he('staffing:positionKinds.ceo') });
  await expect(approved).toHaveCount(1);
  await expect(approved).toContainText('26,500.50');

  // An anonymous reader sees the approved position, and no salary.
  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto(`/clusters/${cluster}`);
  const open = section(anonymous).getByTestId('positions-table').locator('tr[data-state="approved"]').filter({ hasText: he('staffing:positionKinds.ceo') });
  await expect(open).toHaveCount(1);
  await expect(open.getByTestId('position-gross')).toHaveText(he('staffing:hidden'));
  await expect(section(anonymous).getByTestId('salaries-hidden')).toBeVisible();
  await expect(section(anonymous)).not.toContainText('26,500');
  await expect(section(anonymous).getByTestId('staffing-requests')).toHaveCount(0);
  await expectAccessible(anonymous, testInfo, 'cluster-staffing-public');
  await anonymousContext.close();
});
