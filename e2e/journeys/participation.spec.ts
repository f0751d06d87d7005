import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

const own = { id: 'loc-31', name: 'אופקים' };
const other = 'loc-2200';

test("an authority's representative changes its domains, and only its own", async ({ page }, testInfo) => {
  await signIn(page, `rep-${own.id}@demo.local`);
  await expect(page.getByTestId('current-user')).toContainText(he('roles.authority_rep'));

  await page.goto(`/authorities/${own.id}`);
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  const form = page.getByTestId('domains-form');
  const group = form.getByRole('group', { name: he('participation:formLabel') });
  await expect(group).toBeVisible();
  await expectAccessible(page, testInfo, 'authority-rep');

  const save = form.getByRole('button', { name: he('participation:save') });
  await expect(save).toBeDisabled();
  const checked = async (domain: string) => form.getByRole('checkbox', { name: he(`domains.${domain}`) }).isChecked();
  // A different set from the one stored, whatever it is.
  const wanted = (await checked('transport')) ? ['welfare', 'emergency'] : ['transport', 'education', 'tourism'];
  for (const domain of ['environment_waste', 'transport', 'education', 'welfare', 'emergency', 'economic_development', 'tourism', 'procurement', 'it']) {
    await form.getByRole('checkbox', { name: he(`domains.${domain}`) }).setChecked(wanted.includes(domain));
  }
  await save.click();
  await expect(form.getByRole('status')).toHaveText(he('forms.saved'));
  await expect(save).toBeDisabled();

  // Saved on the server: a fresh page shows the same choice.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  for (const domain of ['transport', 'education', 'welfare', 'emergency', 'tourism']) {
    await expect(page.getByTestId('domains-form').getByRole('checkbox', { name: he(`domains.${domain}`) })).toBeChecked({ checked: wanted.includes(domain) });
  }
  const stored = (await (await page.request.get(`/api/v1/authorities/${own.id}`)).json()) as { domains: string[] | null };
  expect([...(stored.domains ?? [])].sort()).toEqual([...wanted].sort());

  // Another authority's page has no form, and the API refuses the change with this session.
  await page.goto(`/authorities/${other}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('authority-domains')).toBeVisible();
  await expect(page.getByTestId('domains-form')).toHaveCount(0);
  // Sent as the site's own page would send it (with its origin), so that the role is what refuses it.
  const refused = await page.request.put(`/api/v1/authorities/${other}/domains`, { data: { domains: ['transport'] }, headers: { origin: new URL(page.url()).origin } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
});
