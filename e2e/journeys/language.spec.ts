import { expect, expectAccessible, settle, test } from '../support/fixtures';
import { en, he } from '../support/messages';

test('the language switch turns the whole UI to English, left to right, and back', async ({ page }, testInfo) => {
  await page.goto('/clusters');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: he('clusters:title') })).toBeVisible();

  const switcher = page.getByRole('group', { name: he('language.label') });
  await switcher.getByRole('button', { name: en('meta.name') }).click();
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: en('clusters:title') })).toBeVisible();
  const nav = page.getByRole('navigation', { name: en('nav.label') });
  await expect(nav.getByRole('link', { name: en('nav.home') })).toBeVisible();
  await expect(nav.getByRole('link', { name: en('nav.authorities') })).toBeVisible();
  await expect(page.getByRole('group', { name: en('language.label') }).getByRole('button', { name: en('meta.name') })).toHaveAttribute('aria-pressed', 'true');
  // The layout follows: the page's first column now starts at the left.
  const box = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(box!.x).toBeLessThan(640);

  // The choice is remembered, and the home page is in English too.
  await page.goto('/');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: en('home:title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: en('home:map.title') })).toBeVisible();
  await expectAccessible(page, testInfo, 'home-en');

  await page.getByRole('group', { name: en('language.label') }).getByRole('button', { name: he('meta.name') }).click();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: he('home:title') })).toBeVisible();
  await settle(page);
});
