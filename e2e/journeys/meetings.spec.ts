import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he } from '../support/messages';

/**
 * A cluster's board meets, in Hebrew: the secretary schedules it, puts an item to the vote, sees
 * the quorum counted by authorities present, records each authority's vote and the decision,
 * closes the meeting, writes the minutes, edits and approves them, prints them as a PDF whose
 * text reads in order, and finds the decision in the register and its Excel file.
 */

const cluster = 'negev-maaravi';
const staff = `staff-${cluster}@demo.local`;
const itemTitle = 'מכרז משותף לפינוי פסולת';
const decisionText = 'הדירקטוריון מאשר יציאה למכרז משותף לפינוי פסולת';

/** A day in Israel, `YYYY-MM-DD`, some days from today. */
const israelDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Jerusalem' });

type Seat = { id: number; role: string; title: string; personName: string | null; authorityId: string | null; authority: { nameHe: string } | null };

/** A Mantine select by its label: a combobox when searchable, a read-only textbox otherwise. */
const select = (scope: Locator, label: string) => scope.getByRole('combobox', { name: label }).or(scope.getByRole('textbox', { name: label }));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form's field by its whole label (a required field's ends with Mantine's asterisk). */
const field = (scope: Locator, label: string) => scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));

async function choose(scope: Locator, page: Page, label: string, option: string) {
  await select(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a board meets: quorum by authorities, votes by authority, a decision, approved minutes as a PDF and the register', async ({ page, baseURL }, testInfo) => {
  await signIn(page, staff);
  const bodies = (await (await page.request.get(`/api/v1/governance/bodies?cluster=${cluster}`)).json()) as { items: { id: number; kind: string; nameHe: string }[] };
  const board = bodies.items.find((b) => b.kind === 'board')!;

  // Scheduling: a time that has passed is refused beside the day, and nothing is stored.
  await page.goto(`/bodies/${board.id}/meetings`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(board.nameHe);
  await expectAccessible(page, testInfo, 'body-meetings');
  const form = page.getByTestId('schedule-form');
  const day = field(form, he('meetings:schedule.day'));
  await day.fill(israelDay(-2));
  await field(form, he('meetings:schedule.time')).fill('18:00');
  await field(form, he('meetings:schedule.place')).fill('בית האשכול, שדרות');
  await form.getByTestId('schedule-submit').click();
  await expect(form.getByTestId('error-alert')).toContainText(he('errors.codes.MEETING_IN_PAST'));
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`/bodies/${board.id}/meetings$`));

  const meetingDay = israelDay(14);
  await day.fill(meetingDay);
  await form.getByTestId('schedule-submit').click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const meetingId = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByTestId('meeting-when')).toContainText('18:00');
  await expect(page.getByTestId('meeting-when')).not.toContainText(meetingDay);
  await expect(page.getByTestId('body-link')).toHaveAttribute('href', `/bodies/${board.id}`);

  // The place moves before the meeting: the same form, filled with what is stored.
  await page.getByTestId('reschedule').click();
  const reschedule = page.getByTestId('reschedule-form');
  await expect(reschedule.getByLabel(he('meetings:schedule.place'), { exact: true })).toHaveValue('בית האשכול, שדרות');
  await reschedule.getByLabel(he('meetings:schedule.place'), { exact: true }).fill('אולם המועצה, שדרות');
  await reschedule.getByTestId('schedule-submit').click();
  await expect(reschedule).toBeHidden();
  await expect(page.getByTestId('meeting-facts')).toContainText('אולם המועצה, שדרות');

  // The agenda: an item the board votes on.
  const itemForm = page.getByTestId('add-item-form');
  await field(itemForm, he('meetings:item.title')).fill(itemTitle);
  await field(itemForm, he('meetings:item.presenter')).fill('מנכ״ל האשכול');
  await field(itemForm, he('meetings:item.needsDecision')).check();
  // Its paper goes up through the document upload as it is chosen, and the item lists it by name.
  const paper = 'מצגת המכרז המשותף.pdf';
  await itemForm.locator('input[type="file"]').setInputFiles({ name: paper, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% board paper\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') });
  await expect(itemForm.getByTestId('documents-field').getByRole('link', { name: paper })).toBeVisible();
  await itemForm.getByTestId('item-submit').click();
  const item = page.getByTestId('agenda-item').filter({ hasText: itemTitle });
  await expect(item).toBeVisible();
  const itemId = Number(await item.getAttribute('data-item-id'));
  const paperLink = item.getByTestId('item-documents-list').getByRole('link', { name: paper });
  const paperFile = await page.request.get((await paperLink.getAttribute('href'))!);
  expect(paperFile.status()).toBe(200);
  expect(paperFile.headers()['content-type']).toContain('application/pdf');

  // Attendance: the board's seats on the meeting's day; its rule is a quorum of more than half the authorities.
  const meeting = (await (await page.request.get(`/api/v1/governance/meetings/${meetingId}`)).json()) as { members: unknown[]; rules: { rules: { quorum: { fraction: [number, number]; strict: boolean } } } };
  const members = meeting.members.length;
  const { fraction, strict } = meeting.rules.rules.quorum;
  const threshold = (members * fraction[0]) / fraction[1];
  const needed = strict ? Math.floor(threshold) + 1 : Math.ceil(threshold);
  const seats = ((await (await page.request.get(`/api/v1/governance/bodies/${board.id}?on=${meetingDay}`)).json()) as { seats: Seat[] }).seats.filter(
    (s) => s.authorityId !== null && ['chair', 'member'].includes(s.role),
  );
  expect(seats.length).toBe(members);
  const present = seats.slice(0, needed);
  const attend = async (seat: Seat) => {
    const label = he('meetings:attendance.seatOption', { holder: seat.personName ?? seat.title, role: he(`meetings:roles.${seat.role}`), unit: seat.authority!.nameHe });
    await choose(page.locator('body'), page, he('meetings:attendance.seat'), label);
    await page.getByTestId('attendance-seat-submit').click();
    await expect(page.getByTestId('attendance').locator(`tr[data-unit="a:${seat.authorityId}"]`)).toBeVisible();
  };
  const quorum = page.getByTestId('quorum');
  const quorumLine = (n: number) => he('meetings:quorum.authorities_other', { present: n, members, needed });

  const fewer = Math.min(3, needed - 1);
  for (const seat of present.slice(0, fewer)) await attend(seat);
  await expect(quorum).toHaveAttribute('data-met', 'false');
  await expect(quorum).toContainText(he('meetings:quorum.notMet'));
  await expect(page.getByTestId('quorum-line')).toHaveText(quorumLine(fewer));
  await expect(page.getByTestId(`decision-submit-${itemId}`)).toBeDisabled();
  await expect(page.getByTestId('decision-no-quorum')).toBeVisible();
  const refused = await page.request.post(`/api/v1/governance/items/${itemId}/decision`, { headers: { origin: baseURL! }, data: { text: decisionText } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).code).toBe('DECISION_NO_QUORUM');

  for (const seat of present.slice(fewer)) await attend(seat);
  await expect(quorum).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('quorum-line')).toHaveText(quorumLine(needed));
  await expectAccessible(page, testInfo, 'meeting');

  // The vote, authority by authority: one against, the rest for; each change is saved at once.
  const grid = page.getByTestId(`vote-grid-${itemId}`);
  for (const [i, seat] of present.entries()) {
    const vote = he(i === 0 ? 'meetings:votes.against' : 'meetings:votes.for');
    const radio = grid.getByRole('radio', { name: he('meetings:votes.radio', { vote, unit: seat.authority!.nameHe }) });
    await radio.check();
    await expect(radio).toBeChecked();
  }
  const tally = item.getByTestId('tally');
  await expect(tally).toContainText(he('meetings:tally.counts', { for: needed - 1, against: 1, abstain: 0, notVoting: 0, absent: members - needed }));
  await expect(tally).toHaveAttribute('data-outcome', 'passed');
  await expect(tally).toContainText(he('meetings:tally.outcomes.passed'));

  const decisionForm = page.getByTestId(`decision-form-${itemId}`);
  await field(decisionForm, he('meetings:decision.text')).fill(decisionText);
  await field(decisionForm, he('meetings:decision.owner')).fill('מנכ״ל האשכול');
  await field(decisionForm, he('meetings:decision.dueOn')).fill(israelDay(60));
  await page.getByTestId(`decision-submit-${itemId}`).click();
  await expect(item.getByTestId('recorded-decision')).toContainText(decisionText);

  // Closing: after it, the meeting reads only.
  await page.getByTestId('close-meeting').click();
  await page.getByTestId('close-confirm').click();
  await expect(page.getByTestId('meeting-status')).toHaveText(he('meetings:status.closed'));
  await expect(page.getByTestId('add-item-form')).toHaveCount(0);
  await expect(page.getByTestId('attendance-seat-submit')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);

  // The minutes: written from the meeting, edited, approved by the chair and frozen.
  await page.getByTestId('minutes-generate').click();
  const text = page.getByTestId('minutes-text');
  await expect(text).toHaveValue(/פרוטוקול ישיבת/);
  const written = await text.inputValue();
  expect(written).toContain(itemTitle);
  await text.fill(`${written}\n\nהישיבה ננעלה בשעה 20:00.`);
  await page.getByTestId('minutes-save').click();
  await expect(page.getByTestId('minutes-save')).toBeDisabled();
  await expect(text).toHaveValue(/הישיבה ננעלה בשעה 20:00/);
  await page.getByTestId('approve-minutes-submit').click();
  await expect(page.getByTestId('minutes-approved')).toBeVisible();
  await expect(page.getByTestId('minutes-text')).toHaveCount(0);
  await expect(page.getByTestId('minutes-read')).toContainText('הישיבה ננעלה');

  // The print page, as Chromium prints it to PDF: its text has the body's name, then the decision, in reading order.
  await page.getByTestId('minutes-print-link').click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/minutes/print$`));
  await expect(page.getByTestId('minutes-sheet')).toContainText(decisionText);
  await expectAccessible(page, testInfo, 'minutes-print');
  const pdfPath = testInfo.outputPath('minutes.pdf');
  fs.writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
  const pdfText = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // pdftotext marks the direction of each run (U+202A–U+202C); the words are read without them.
  const words = pdfText.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  await testInfo.attach('minutes.txt', { body: pdfText, contentType: 'text/plain' });
  const heading = words.indexOf(he('meetings:print.heading', { body: board.nameHe }));
  expect(heading, words.slice(0, 400)).toBeGreaterThanOrEqual(0);
  expect(words.indexOf(decisionText, heading)).toBeGreaterThan(heading);
  expect(words).not.toContain(he('meetings:print.print'));

  // The register: the decision with its vote, its follow-up, a search and the Excel file.
  await page.goto(`/clusters/${cluster}/decisions`);
  const table = page.getByTestId('decisions-table');
  const row = table.locator('tr').filter({ hasText: decisionText });
  await expect(row).toContainText(he('meetings:tally.outcomes.passed'));
  await expect(row).toContainText(he('meetings:decisionStatus.open'));
  await expectAccessible(page, testInfo, 'decisions-register');
  const number = (await row.locator('td').first().innerText()).trim();
  await row.getByRole('button', { name: he('meetings:followUp.openNamed', { number }) }).click();
  const followUp = page.getByTestId('follow-up-form');
  await choose(followUp, page, he('meetings:register.status'), he('meetings:decisionStatus.in_progress'));
  await field(followUp, he('meetings:followUp.note')).fill('המכרז בהכנה');
  await page.getByTestId('follow-up-submit').click();
  await expect(followUp).toBeHidden();
  await expect(row).toContainText(he('meetings:decisionStatus.in_progress'));
  await expect(row).toContainText('המכרז בהכנה');

  await page.getByRole('searchbox', { name: he('meetings:register.search') }).fill('מילים שאינן בשום החלטה');
  await expect(page.getByTestId('register-count')).toHaveText(he('meetings:register.count_zero'));
  await page.getByRole('searchbox', { name: he('meetings:register.search') }).fill('פינוי פסולת');
  await expect(row).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = fs.readFileSync(await download.path());
  // An xlsx is a zip: it starts with the local file header "PK\3\4".
  expect(workbook.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

  await page.goto('/governance/decisions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(he('meetings:register.programmeTitle'));
  await expectAccessible(page, testInfo, 'programme-register');
});
