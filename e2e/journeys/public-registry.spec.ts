import { expect, expectAccessible, settle, test } from '../support/fixtures';
import { he } from '../support/messages';

type Located = { lat: number | null; lon: number | null };

/** Anyone, without signing in, reads the programme: figures, map, clusters, a cluster, an authority. */
test.describe('the public registry, in Hebrew', () => {
  test('the home page’s figures of 2016 stand beside the founding slide’s, saying why they differ', async ({ page }, testInfo) => {
    await page.goto('/');
    // Today's residents beside the slide's 2016 figure: they measure different things, and say so.
    await expect(page.getByTestId('stat-residents-stated')).toHaveAttribute('data-comparison', 'otherYear');
    await page.getByTestId('figures-year').getByText('2016', { exact: true }).click();
    await expect(page).toHaveURL(/asOf=2016/);
    await expect(page.getByRole('heading', { level: 2, name: he('home:figuresTitleOfYear', { year: '2016' }) })).toBeVisible();
    await expect(page.getByTestId('stat-clusters')).toHaveText('5');
    await expect(page.getByTestId('stat-members')).toHaveText('58');
    // The slide's 27 local councils, computed from its own list; its residents, counted here with the population the data has.
    await expect(page.getByTestId('stat-local-councils')).toHaveText('27');
    await expect(page.getByTestId('stat-local-councils-stated')).toHaveAttribute('data-comparison', 'same');
    await expect(page.getByTestId('stat-residents-stated')).toHaveAttribute('data-comparison', 'populationYear');
    await expect(page.getByTestId('stat-residents-stated')).toContainText('815,000');
    await expectAccessible(page, testInfo, 'home-2016');
  });

  test('home page shows the programme in numbers and the map', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'he');
    await expect(page.getByRole('heading', { level: 1, name: he('home:title') })).toBeVisible();
    // The keyboard's first stop skips the header and the menu to the page itself.
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(he('nav.skipToContent'));
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();

    await expect(page.getByRole('region', { name: he('home:stats.clusters') }).getByTestId('stat-clusters')).toHaveText('12');
    await expect(page.getByRole('region', { name: he('home:stats.members') }).getByTestId('stat-members')).toHaveText('173');
    await expect(page.getByTestId('stat-residents')).not.toHaveText(he('common.unknown'));

    const boundaries = (await (await page.request.get('/api/v1/map/boundaries')).json()) as { features: unknown[] };
    const authorities = (await (await page.request.get('/api/v1/authorities')).json()) as { items: Located[] };
    const located = authorities.items.filter((a) => a.lat !== null && a.lon !== null).length;
    expect(boundaries.features.length).toBeGreaterThan(50);

    const map = page.getByTestId('programme-map');
    await map.scrollIntoViewIfNeeded();
    const drawing = map.getByRole('img');
    await expect(drawing).toBeVisible();
    // The drawing is one image whose name says what it shows.
    await expect(drawing).toHaveAccessibleName(new RegExp(`${boundaries.features.length}\\D`));
    // It counts members as the figures do (173 in active clusters), and those of Jerusalem Gateway, still being established, apart.
    await expect(drawing).toHaveAccessibleName(new RegExp(`\\(173 .*${he('home:map.ariaEstablishing_other', { count: 6 }).replace('.', '\\.')}$`));
    await expect(drawing.locator('path')).toHaveCount(boundaries.features.length);
    await expect(drawing.locator('circle')).toHaveCount(located);
    // Every shape is drawn with a real outline, not an empty path.
    const emptyPaths = await drawing.locator('path').evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '').length < 10).length);
    expect(emptyPaths).toBe(0);
    await expect(page.getByTestId('map-legend')).toBeVisible();
    await expect(page.getByTestId('cluster-card')).toHaveCount(13);

    await expectAccessible(page, testInfo, 'home');
  });

  test('clusters list, a cluster, one of its members and the list of authorities', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: he('nav.label') }).getByRole('link', { name: he('nav.clusters') }).click();
    await expect(page.getByRole('heading', { level: 1, name: he('clusters:title') })).toBeVisible();
    const clusters = page.getByTestId('clusters-table');
    await expect(clusters.locator('tbody tr')).toHaveCount(13);
    await expectAccessible(page, testInfo, 'clusters');

    const clusterName = 'אשכול רשויות גליל מערבי';
    await clusters.getByRole('link', { name: clusterName, exact: true }).click();
    await expect(page).toHaveURL(/\/clusters\/galil-maaravi$/);
    await expect(page.getByRole('heading', { level: 1, name: clusterName })).toBeVisible();
    const members = page.getByTestId('members-table');
    await expect(members.locator('tbody tr')).toHaveCount(18);
    await expect(page.getByRole('heading', { name: he('clusters:cluster.membersTitle', { n: 18 }) })).toBeVisible();
    await expect(page.getByTestId('membership-history')).toBeVisible();
    // Without signing in there is nothing to change.
    await expect(page.getByRole('button', { name: he('membership.end') })).toHaveCount(0);
    await expectAccessible(page, testInfo, 'cluster');

    const row = members.locator('tbody tr[data-authority-id="loc-480"]');
    const authorityName = (await row.getByRole('link').textContent())!.trim();
    await row.getByRole('link').click();
    await expect(page).toHaveURL(/\/authorities\/loc-480$/);
    await expect(page.getByRole('heading', { level: 1, name: authorityName })).toBeVisible();
    await expect(page.getByTestId('authority-facts')).toBeVisible();
    await expect(page.getByTestId('authority-current-cluster')).toContainText(clusterName);
    await expect(page.getByTestId('membership-history')).toContainText(clusterName);
    // The page ends with its sources cited as publications, never as repository paths or data files.
    const source = page.getByTestId('authority-source');
    await expect(source).toContainText('הלשכה המרכזית לסטטיסטיקה, רשויות מקומיות בישראל 2021');
    await expect(source).not.toContainText('/');
    await expect(source).not.toContainText('.csv');
    await expect(source).not.toContainText('github');
    await expectAccessible(page, testInfo, 'authority');

    await page.getByRole('navigation', { name: he('nav.breadcrumbs') }).getByRole('link', { name: he('authorities:title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: he('authorities:title') })).toBeVisible();
    await expect(page.getByTestId('authorities-total')).toHaveText(he('authorities:total_other', { n: 258 }));
    await expect(page.getByTestId('authorities-table').locator('tbody tr')).toHaveCount(258);
    await expectAccessible(page, testInfo, 'authorities');

    await page.getByLabel(he('authorities:filters.q')).fill('דימונה');
    await expect(page.getByTestId('authorities-total')).toHaveText(he('authorities:total_one'));
    await expect(page.getByTestId('authorities-table').getByRole('link', { name: 'דימונה' })).toBeVisible();
    await settle(page);
  });
});
