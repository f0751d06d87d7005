import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

/**
 * The regulator's work on a cluster's annual financial report, and what the compliance calendar
 * makes of it. (A position opened and approved is the staffing journey's; a payment refused until
 * its progress report is approved is the service-to-payment journey's.)
 */

const cluster = 'galil-maaravi';
const clusterName = 'אשכול רשויות גליל מערבי';
/** A cluster that sent no report: its last fiscal year's is overdue once 30 June has passed. */
const another = 'hagalil-vehaamakim';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form's field by its whole label (a required field's ends with Mantine's asterisk). */
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
const statements = { name: 'דוחות כספיים מבוקרים.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% audited statements\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') };

/** The year's figures in shekels, as typed: ₪420,000 of revenue and ₪400,000 of expenses, a surplus of ₪20,000. */
const figures: [string, string][] = [
  ['lines.revenue.memberFees', '120000'],
  ['lines.revenue.ministryGrants', '300000'],
  ['lines.revenue.otherGovernment', '0'],
  ['lines.revenue.donors', '0'],
  ['lines.revenue.ownIncome', '0'],
  ['lines.expenses.staff', '250000'],
  ['lines.expenses.servicesBought', '150000'],
  ['lines.expenses.overheads', '0'],
  ['lines.accumulatedBalance', '20000'],
];

const section = (page: Page) => page.locator('section[aria-labelledby="financial-reports-title"]');
const yearRow = (page: Page, year: number) => section(page).getByTestId('years-table').locator(`tr[data-year="${year}"]`);

/** The regulator opens the cluster's report from the queue of reports waiting for review. */
async function openFromQueue(page: Page, year: number) {
  await page.goto('/financial-reports');
  const item = page.getByTestId('report-queue').locator('li').filter({ hasText: he('financial-reports:queue.item', { cluster: clusterName, year: String(year) }) });
  await item.getByTestId('queue-open').click();
  const modal = page.getByTestId('report-modal');
  await expect(modal.getByTestId('report-review')).toBeVisible();
  return modal;
}

test('a cluster submits its annual report; the regulator returns it with a remark; the cluster resubmits; the regulator accepts; the compliance overview turns green for it and shows another cluster’s overdue', async ({ page, browser }, testInfo) => {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric' }).format(new Date())) - 1;

  // The cluster's staff submit last year's report: the audited statements and the key figures.
  await signIn(page, `staff-${cluster}@demo.local`);
  await page.goto(`/clusters/${cluster}`);
  await section(page).getByTestId('report-new').click();
  const form = page.getByTestId('report-form');
  await form.locator('input[type="file"]').setInputFiles(statements);
  await expect(form.getByTestId('documents-field').getByRole('link', { name: statements.name })).toBeVisible();
  for (const [key, value] of figures) await field(form, he(`financial-reports:${key}`)).fill(value);
  // A surplus that does not add up is refused beside its field, before anything is sent.
  await field(form, he('financial-reports:lines.surplus')).fill('25000');
  await expect(form).toContainText(he('financial-reports:form.unbalanced', { expected: '\u0000' }).split('\u0000')[0]!);
  await field(form, he('financial-reports:lines.surplus')).fill('20000');
  await form.getByTestId('report-submit').click();
  await expect(page.getByTestId('report-form-modal')).toBeHidden();
  await expect(yearRow(page, year)).toHaveAttribute('data-state', 'submitted');
  await expectAccessible(page, testInfo, 'cluster-financial-reports');

  // The regulator returns it with a remark.
  const regulatorContext = await browser.newContext();
  const regulator = await regulatorContext.newPage();
  await signIn(regulator, 'regulator@demo.local');
  let review = await openFromQueue(regulator, year);
  await expectAccessible(regulator, testInfo, 'financial-report-review');
  await field(review, he('financial-reports:review.remarks')).fill('יש לפרט את מענקי המשרד לפי תוכנית');
  await review.getByTestId('report-return').click();
  // Returned, it leaves the queue of reports waiting for review (the cluster reads the remark below).
  await expect(review.getByTestId('report-review')).toBeHidden();
  await regulator.keyboard.press('Escape');
  await expect(regulator.getByTestId('report-queue').locator('li').filter({ hasText: he('financial-reports:queue.item', { cluster: clusterName, year: String(year) }) })).toHaveCount(0);

  // The cluster sees the remark and sends the report again, corrected.
  await page.reload();
  await expect(yearRow(page, year)).toHaveAttribute('data-state', 'returned');
  await section(page).getByRole('button', { name: he('financial-reports:years.resubmitYear', { year: String(year) }) }).click();
  const again = page.getByTestId('report-form');
  await expect(page.getByTestId('report-form-modal')).toContainText('יש לפרט את מענקי המשרד לפי תוכנית');
  await field(again, he('financial-reports:lines.revenue.ministryGrants')).fill('290000');
  await field(again, he('financial-reports:lines.revenue.donors')).fill('10000');
  await again.getByTestId('report-submit').click();
  await expect(page.getByTestId('report-form-modal')).toBeHidden();
  await expect(yearRow(page, year)).toHaveAttribute('data-state', 'submitted');

  // The regulator accepts it: both versions and the remark are kept.
  review = await openFromQueue(regulator, year);
  await expect(review.getByTestId('report-version')).toHaveCount(2);
  await expect(review.getByTestId('version-remarks').first()).toContainText('יש לפרט את מענקי המשרד לפי תוכנית');
  await review.getByTestId('report-accept').click();
  await expect(review.getByTestId('report-review')).toBeHidden();
  await regulatorContext.close();
  await page.reload();
  await expect(yearRow(page, year)).toHaveAttribute('data-state', 'accepted');

  // The ministry's compliance overview: the report's light is green for the cluster, red for one that sent none.
  const ministryContext = await browser.newContext();
  const ministry = await ministryContext.newPage();
  await signIn(ministry, 'ministry@demo.local');
  await ministry.goto('/compliance');
  const table = ministry.getByTestId('compliance-table');
  await expect(table.getByRole('columnheader', { name: he('compliance:columns.financial', { year: String(year) }) })).toBeVisible();
  await expect(table.locator(`tr[data-cluster="${cluster}"]`).getByTestId('financial-report-cell')).toHaveAttribute('data-status', 'met');
  await expect(table.locator(`tr[data-cluster="${another}"]`).getByTestId('financial-report-cell')).toHaveAttribute('data-status', 'overdue');
  await expectAccessible(ministry, testInfo, 'compliance-financial-reports');
  await ministryContext.close();
});
