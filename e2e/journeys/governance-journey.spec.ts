import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

/**
 * Issue 12's journey, in Hebrew: a cluster requires its board's approval before a submission; the
 * environment forum recommends a joint waste tender, and the recommendation goes to the board;
 * the board reaches its quorum only when enough authorities (not persons) are present, passes
 * it by its rule, and the decision appears on the service's page, where the board's gate is met.
 * (The minutes, their PDF and the register are the meetings journey's.)
 */

const cluster = 'galil-mizrahi';
const staffEmail = `staff-${cluster}@demo.local`;
const serviceName = 'מכרז משותף לפינוי פסולת — לבדיקת הממשל';

const israelDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Jerusalem' });
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

type Member = { id: string; nameHe: string };
type Seat = { id: number; role: string; title: string; personName: string | null; authorityId: string | null; authority: { nameHe: string } | null };

/** Writes through the API as the signed-in page's browser does. */
async function post(page: Page, url: string, data: unknown, method: 'POST' | 'PUT' = 'POST') {
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(url, { method, data: data as object, headers: { origin } });
  expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
  return res.json();
}

/** A service of two members, each joined with its council's approval, and a study of them: ready but for the board. */
async function readyService(browser: Browser, staff: Page, members: Member[]): Promise<number> {
  const service = await post(staff, `/api/v1/clusters/${cluster}/services`, {
    nameHe: serviceName,
    domain: 'environment_waste',
    kind: 'core',
    description: 'איסוף ופינוי פסולת ביתית במכרז אחד',
    invited: members.map((m) => m.id),
  });
  for (const m of members) {
    const rep = await browser.newPage();
    await signIn(rep, `rep-${m.id}@demo.local`);
    const origin = new URL(rep.url()).origin;
    const doc = await rep.request.post('/api/v1/documents', { data: pdf(m.id), headers: { origin, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('החלטת מועצה.pdf') } });
    expect(doc.ok(), await doc.text()).toBe(true);
    await post(rep, `/api/v1/services/${service.id}/participants/${m.id}/decision`, {
      decision: 'join',
      body: 'council',
      decidedOn: '2026-01-15',
      resolutionNumber: `2026-${m.id}`,
      documentId: (await doc.json()).id,
    });
    await rep.close();
  }
  await post(staff, `/api/v1/services/${service.id}/studies`, {
    baseline: members.map((m, i) => ({ authorityId: m.id, quantity: 1000 * (i + 1), currentCost: 400_000 * (i + 1) })),
    model: { type: 'power', quantities: {}, fixed: 200_000, scale: 900, exponent: 0.8 },
    methods: ['shapley'],
    proposedMethod: 'shapley',
    requestedGrant: 0,
    notes: '',
  });
  return service.id;
}

const select = (scope: Locator, label: string) => scope.getByRole('combobox', { name: label }).or(scope.getByRole('textbox', { name: label }));
async function choose(page: Page, label: string, option: string) {
  await select(page.locator('body'), label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Records a seat's holder present, from the body's seats on the meeting's day. */
async function attend(page: Page, seat: Seat) {
  const label = he('meetings:attendance.seatOption', { holder: seat.personName ?? seat.title, role: he(`meetings:roles.${seat.role}`), unit: seat.authority!.nameHe });
  await choose(page, he('meetings:attendance.seat'), label);
  await page.getByTestId('attendance-seat-submit').click();
  await expect(page.getByTestId('attendance').locator(`tr[data-unit="a:${seat.authorityId}"]`).first()).toBeVisible();
}

/** Every present authority votes for the item; the tally passes it. */
async function allFor(page: Page, itemId: number, present: Seat[]) {
  const grid = page.getByTestId(`vote-grid-${itemId}`);
  for (const seat of present) {
    const radio = grid.getByRole('radio', { name: he('meetings:votes.radio', { vote: he('meetings:votes.for'), unit: seat.authority!.nameHe }) });
    await radio.check();
    await expect(radio).toBeChecked();
  }
  await expect(page.getByTestId('agenda-item').filter({ has: grid }).getByTestId('tally')).toHaveAttribute('data-outcome', 'passed');
}

async function decide(page: Page, itemId: number, text: string) {
  const form = page.getByTestId(`decision-form-${itemId}`);
  await form.getByRole('textbox', { name: he('meetings:decision.text'), exact: true }).fill(text);
  await page.getByTestId(`decision-submit-${itemId}`).click();
  await expect(page.getByTestId('agenda-item').filter({ hasText: text }).getByTestId('recorded-decision')).toContainText(text);
}

test("a forum's recommendation goes to the board, which approves it by authorities present, and the service's board gate is met", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await signIn(page, staffEmail);
  const members = ((await (await page.request.get(`/api/v1/clusters/${cluster}`)).json()).members as Member[]).slice(0, 2);
  const serviceId = await readyService(browser, page, members);
  const bodies = ((await (await page.request.get(`/api/v1/governance/bodies?cluster=${cluster}`)).json()).items as { id: number; kind: string; nameHe: string }[]);
  const board = bodies.find((b) => b.kind === 'board')!;
  const forum = bodies.find((b) => b.kind === 'professional_forum')!;
  const forumMeeting = await post(page, `/api/v1/governance/bodies/${forum.id}/meetings`, { startsAt: `${israelDay(7)}T10:00`, place: 'בית האשכול' });
  const boardMeeting = await post(page, `/api/v1/governance/bodies/${board.id}/meetings`, { startsAt: `${israelDay(21)}T18:00`, place: 'בית האשכול' });

  // The cluster requires the board's approval: the service's readiness says it is missing.
  await page.goto(`/clusters/${cluster}`);
  const requireBoard = page.getByTestId('board-approval-required');
  // The switch is saved as it is turned, and shows what the server stored.
  await requireBoard.click();
  await expect(requireBoard).toBeChecked();
  await page.goto(`/services/${serviceId}`);
  await expect(page.getByTestId('readiness').locator('[data-gate="board"]')).toHaveAttribute('data-met', 'false');
  await expect(page.getByTestId('readiness').locator('[data-gate="board"]')).toContainText(he('reviews:readiness.gates.board.notMet'));

  // From the service's page, onto the environment forum's agenda.
  await choose(page, he('governance:serviceDecisions.putOn'), he('governance:serviceDecisions.meetingOption', { body: forum.nameHe, when: await whenOf(page, forumMeeting.startsAt) }));
  await page.getByTestId('put-on-agenda').click();
  await page.getByTestId('added-to-agenda').click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${forumMeeting.id}$`));
  const forumItem = page.getByTestId('agenda-item').filter({ hasText: serviceName });
  const forumItemId = Number(await forumItem.getAttribute('data-item-id'));

  // The forum meets: three authorities make its quorum; all vote for; its recommendation goes to the board.
  const seatsOn = async (bodyId: number, day: string) =>
    ((await (await page.request.get(`/api/v1/governance/bodies/${bodyId}?on=${day}`)).json()).seats as Seat[]).filter((s) => s.authorityId !== null && ['chair', 'member'].includes(s.role));
  const forumSeats = (await seatsOn(forum.id, israelDay(7))).slice(0, 3);
  for (const seat of forumSeats) await attend(page, seat);
  await expect(page.getByTestId('quorum')).toHaveAttribute('data-met', 'true');
  await allFor(page, forumItemId, forumSeats);
  await decide(page, forumItemId, 'הפורום ממליץ לדירקטוריון לצאת למכרז משותף לפינוי פסולת');
  await choose(page, he('meetings:forward.to'), board.nameHe);
  await forumItem.getByRole('button', { name: he('meetings:forward.submit') }).click();
  await expect(page.getByTestId(`trail-${forumItemId}`)).toContainText(board.nameHe);

  // The board meets on the forwarded item: two persons of one authority are one authority present.
  await page.goto(`/meetings/${boardMeeting.id}`);
  const boardItem = page.getByTestId('agenda-item').filter({ hasText: serviceName });
  await expect(page.getByTestId(`trail-${Number(await boardItem.getAttribute('data-item-id'))}`)).toContainText(forum.nameHe);
  const boardItemId = Number(await boardItem.getAttribute('data-item-id'));
  const meeting = await (await page.request.get(`/api/v1/governance/meetings/${boardMeeting.id}`)).json();
  const total = meeting.members.length as number;
  const { fraction, strict } = meeting.rules.rules.quorum as { fraction: [number, number]; strict: boolean };
  const needed = strict ? Math.floor((total * fraction[0]) / fraction[1]) + 1 : Math.ceil((total * fraction[0]) / fraction[1]);
  const boardSeats = (await seatsOn(board.id, israelDay(21))).slice(0, needed);
  await attend(page, boardSeats[0]!);
  const person = page.getByTestId('attendance-person-form');
  await person.getByRole('textbox', { name: he('meetings:attendance.personName'), exact: true }).fill('סגן ראש הרשות');
  await choose(page, he('meetings:attendance.role'), he('meetings:roles.alternate'));
  await choose(page, he('meetings:attendance.unit'), boardSeats[0]!.authority!.nameHe);
  await person.getByRole('button', { name: he('meetings:attendance.recordPerson') }).click();
  await expect(page.getByTestId('attendance').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('quorum-line')).toHaveText(he('meetings:quorum.authorities_other', { present: 1, members: total, needed }));
  await expect(page.getByTestId('quorum')).toHaveAttribute('data-met', 'false');
  for (const seat of boardSeats.slice(1)) await attend(page, seat);
  await expect(page.getByTestId('quorum')).toHaveAttribute('data-met', 'true');
  await expectAccessible(page, testInfo, 'board-meeting');
  await allFor(page, boardItemId, boardSeats);
  await decide(page, boardItemId, 'הדירקטוריון מאשר את הגשת המכרז המשותף לוועדה המקצועית');

  // The service's page: the board's decision, and its gate met.
  await page.goto(`/services/${serviceId}`);
  await expect(page.getByTestId('service-decisions')).toContainText('הדירקטוריון מאשר את הגשת המכרז המשותף לוועדה המקצועית');
  await expect(page.getByTestId('readiness').locator('[data-gate="board"]')).toHaveAttribute('data-met', 'true');
  await expectAccessible(page, testInfo, 'service-board-decision');

  // Submitted, it goes onto the professional committee's meeting, which the ministry runs, and reads as the committee's agenda.
  await post(page, `/api/v1/services/${serviceId}/submit`, { requestedGrant: 0, cover: 'מבקשים את אישור הוועדה' });
  const ministry = await browser.newPage();
  await signIn(ministry, 'ministry@demo.local');
  const committee = ((await (await ministry.request.get('/api/v1/governance/bodies')).json()).items as { id: number; kind: string }[]).find((b) => b.kind === 'professional_committee')!;
  const committeeMeeting = await post(ministry, `/api/v1/governance/bodies/${committee.id}/meetings`, { startsAt: `${israelDay(30)}T10:00` });
  await ministry.goto(`/meetings/${committeeMeeting.id}`);
  await choose(ministry, he('meetings:item.submission'), serviceName);
  const itemForm = ministry.getByTestId('add-item-form');
  await expect(itemForm.getByRole('textbox', { name: he('meetings:item.title'), exact: true })).toHaveValue(serviceName);
  await itemForm.getByTestId('item-submit').click();
  const committeeItem = ministry.getByTestId('agenda-item').filter({ hasText: serviceName });
  await expect(committeeItem.getByTestId('item-about').getByRole('link')).toHaveAttribute('href', /\/submissions\/\d+$/);
  await ministry.getByTestId('committee-agenda').click();
  await expect(ministry).toHaveURL(/\/committee\/agenda\?ids=\d+$/);
  await expect(ministry.getByText(serviceName).first()).toBeVisible();
  await ministry.close();

  await page.goto(`/clusters/${cluster}`);
  await page.getByTestId('board-approval-required').click();
  await expect(page.getByTestId('board-approval-required')).not.toBeChecked();
});

/** A meeting's time as the page words it (Israel's clock, the page's language). */
async function whenOf(page: Page, iso: string): Promise<string> {
  return page.evaluate((at) => new Intl.DateTimeFormat('he-IL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Jerusalem' }).format(new Date(at)), iso);
}
