import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he, isolated } from '../support/messages';

const cluster = { slug: 'galil-maaravi', name: 'אשכול רשויות גליל מערבי' };
const leftOn = '2025-12-31';

test('the ministry ends a membership with a leave date and finds it in the history and the audit log', async ({ page }, testInfo) => {
  await page.goto('/login');
  await expectAccessible(page, testInfo, 'login');
  await signIn(page, 'ministry@demo.local');
  await expect(page.getByTestId('current-user')).toContainText(he('roles.ministry'));

  const nav = page.getByRole('navigation', { name: he('nav.label') });
  await nav.getByRole('link', { name: he('nav.clusters') }).click();
  await page.getByTestId('clusters-table').getByRole('link', { name: cluster.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: cluster.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: he('clusters:clusterAdmin.title') })).toBeVisible();
  await expectAccessible(page, testInfo, 'cluster-ministry');

  // The first member in the table leaves the cluster.
  const members = page.getByTestId('members-table');
  const before = await members.locator('tbody tr').count();
  const row = members.locator('tbody tr').first();
  const authorityId = (await row.getAttribute('data-authority-id'))!;
  const authorityName = (await row.getByRole('link').textContent())!.trim();
  await row.getByRole('button', { name: he('membership.endFor', { name: authorityName }) }).click();

  const dialog = page.getByRole('dialog', { name: he('membership.endTitle', { name: authorityName }) });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, testInfo, 'end-membership');
  // The date is required.
  await dialog.getByRole('button', { name: he('membership.endConfirm') }).click();
  await expect(dialog.getByText(he('forms.required'))).toBeVisible();
  await dialog.getByLabel(he('membership.leftOn')).fill(leftOn);
  await dialog.getByRole('button', { name: he('membership.endConfirm') }).click();
  await expect(dialog).toBeHidden();

  await expect(members.locator(`tbody tr[data-authority-id="${authorityId}"]`)).toHaveCount(0);
  await expect(members.locator('tbody tr')).toHaveCount(before - 1);
  await expect(page.getByRole('heading', { name: he('clusters:cluster.membersTitle', { n: before - 1 }) })).toBeVisible();

  // History keeps the period, now ended on the leave date.
  const leftOnText = await page.evaluate(
    (iso) => new Intl.DateTimeFormat('he-IL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    leftOn,
  );
  const history = page.getByTestId('membership-history');
  const ended = history.locator('tbody tr', { has: page.getByRole('link', { name: authorityName, exact: true }) });
  await expect(ended).toHaveCount(1);
  await expect(ended).toHaveAttribute('data-current', 'false');
  await expect(ended).toContainText(he('membership.ended'));
  await expect(ended).toContainText(leftOnText);

  // So does the authority's own page.
  await ended.getByRole('link', { name: authorityName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: authorityName })).toBeVisible();
  await expect(page.getByTestId('authority-current-cluster')).toContainText(he('authorities:authority.noCluster'));
  await expect(page.getByTestId('membership-history')).toContainText(leftOnText);

  // The audit log says who ended it as a sentence, with names and the page's dates, and lists the change by its label.
  await nav.getByRole('link', { name: he('nav.audit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: he('audit:title') })).toBeVisible();
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await page.getByLabel(he('audit:filterId')).fill(`${authorityId}@${cluster.slug}`);
  // The newest event is the leave; older ones are the shipped data's records of the membership.
  const event = page.getByTestId('audit-table').locator('tbody tr').first();
  await expect(event).toContainText('ministry@demo.local');
  await expect(event.getByTestId('audit-sentence')).toHaveText(
    `${he('audit:sentences.membership.leave', { authority: isolated(authorityName), cluster: isolated(cluster.name) })}: ${he('audit:details.leftOn', { date: isolated(leftOnText) })}`,
  );
  const changes = event.getByTestId('audit-changes');
  await expect(changes).toContainText(`${he('audit:fields.leftOn')}:`);
  await expect(changes).toContainText(leftOnText);
  // Words, never the stored record: no field name, ISO date, id or slug.
  for (const raw of ['leftOn', leftOn, authorityId, cluster.slug]) await expect(event).not.toContainText(raw);
  // Scanned filtered: the same table and changes, without a hundred events of the data load.
  await expect(page.getByTestId('audit-table').locator('tbody tr').filter({ hasNotText: authorityName })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'audit');

  // The import page is the ministry's too; it is scanned here, signed in.
  await nav.getByRole('link', { name: he('nav.import') }).click();
  await expect(page.getByRole('heading', { level: 1, name: he('imports:title') })).toBeVisible();
  await expect(page.getByRole('form', { name: he('imports:formLabel') })).toBeVisible();
  await expectAccessible(page, testInfo, 'import');
});
