import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';
import { he, isolated } from '../support/messages';

/**
 * The programme's core process, each person in their own browser: a cluster plans a shared
 * service, the invited authorities answer with their council's approval, the cluster studies it
 * and submits it, the committee returns it and then approves it with a condition, the grant is
 * committed and a milestone paid — and the audit log tells the whole story.
 */

const cluster = { slug: 'hasharon', staff: 'staff-hasharon@demo.local' };
const kfarSaba = { id: 'loc-6900', name: 'כפר סבא' };
const raanana = { id: 'loc-8700', name: 'רעננה' };
const hodHasharon = { id: 'loc-9700', name: 'הוד השרון' };
const serviceName = 'מכרז פסולת משותף — השרון';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tiny but genuine PDF and PNG: the server checks what a file is by its content. */
const pdf = Buffer.from('%PDF-1.4\n% החלטת מליאה\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** Today and other days in Israel, `YYYY-MM-DD`: the server judges dates (approvals, programmes) by it. */
const israelDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Jerusalem' });
const thisYear = Number(israelDay().slice(0, 4));

/** Every browser the journey opens, closed at its end. */
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** A person signed in in a browser of their own, so that each sees only what their role shows. */
async function personAt(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'he-IL', timezoneId: 'Asia/Jerusalem', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** A Mantine select by its label: a combobox when searchable, a read-only textbox otherwise. */
const select = (scope: Locator, label: string) => scope.getByRole('combobox', { name: label }).or(scope.getByRole('textbox', { name: label }));

/** Picks an option of a Mantine select by the words its user reads. */
async function choose(scope: Locator, page: Page, label: string, option: string) {
  await select(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function join(page: Page, serviceId: number, authority: { id: string; name: string }, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`/services/${serviceId}`);
  await expect(page.getByTestId('your-turn')).toBeVisible();
  await page.getByTestId('join-open').click();
  const form = page.getByTestId('join-form');
  await choose(form, page, he('services:approval.body'), he('services:approval.bodies.council'));
  await form.getByLabel(he('services:approval.decidedOn')).fill(israelDay(-1));
  await form.getByLabel(he('services:approval.resolutionNumber')).fill(`${authority.id}/11-2026`);
  await form.locator('input[type="file"]').setInputFiles(file);
  await form.getByTestId('join-submit').click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('service-participants').locator(`tr[data-authority-id="${authority.id}"]`);
  await expect(row).toContainText(he('services:status.joined'));
  await expect(row).toContainText(file.name);
}

/**
 * Saves a study of the joined authorities, their residents as quantities and what each pays today
 * alone, the joint cost fitted from those figures, proposing the Shapley value; the study's
 * results then head with that method's verdict.
 */
async function saveStudy(page: Page, grant: string) {
  await page.getByTestId('open-study-editor').click();
  const editor = page.getByTestId('study-editor');
  await editor.getByRole('button', { name: he('cost-model:participants.usePopulation') }).click();
  const costs = editor.getByRole('textbox', { name: /העלות הנוכחית של/ });
  await expect(costs).toHaveCount(2);
  // What each pays today grows more slowly than its residents (200 × residents^0.85): the fit finds it.
  const quantities = await editor.getByRole('textbox', { name: /הכמות של/ }).evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value.replace(/[^0-9]/g, ''))));
  for (const [i, q] of quantities.entries()) await costs.nth(i).fill(String(Math.round(200 * q ** 0.85)));
  const power = editor.getByTestId('cost-fit-power');
  await expect(power).toContainText(he('cost-model:fit.power.title'));
  await power.getByRole('button', { name: he('cost-model:fit.use') }).click();
  await expect(editor.getByLabel(he('cost-model:model.fields.exponent'))).toHaveValue('0.85');
  await expect(editor.getByLabel(he('cost-model:model.fields.scale'))).toHaveValue(/^200(\.\d+)?$/);
  await expect(editor.getByRole('radio', { name: he('cost-model:methods.shapley') })).toBeChecked();
  await expect(editor.getByTestId('recommended-reason')).toBeVisible();
  const grantField = editor.getByLabel(he('feasibility:fields.requestedGrant'));
  // A huge or garbled grant is refused beside the field, kept as typed, and nothing is saved.
  for (const [typed, reason] of [
    ['99999999999999999999999', he('common:numbers.too-large', { limit: '1,000,000,000' })],
    ['12e5', he('common:numbers.not-a-number')],
  ] as const) {
    await grantField.fill(typed);
    await expect(editor.getByText(reason)).toBeVisible();
    await editor.getByTestId('save-study').click();
    await expect(grantField).toHaveValue(typed);
    await expect(editor).toBeVisible();
  }
  await grantField.fill(grant);
  await editor.getByTestId('save-study').click();
  await expect(editor).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('feasibility-section').getByTestId('verdict')).toContainText(`(${he('cost-model:methods.shapley')})`);
}

async function submit(page: Page, grant: string, version: number) {
  await page.getByTestId('open-submit').click();
  const form = page.getByTestId('submit-form');
  // The grant comes from the study's version, as the cluster entered it there.
  await expect(form.getByRole('textbox', { name: he('reviews:submit.grant') })).toHaveValue(grant);
  await expect(select(form, he('reviews:submit.version'))).toHaveValue(he('reviews:submit.versionOption', { version }));
  await form.getByLabel(he('reviews:submit.cover')).fill('שלוש רשויות הוזמנו, שתיים הצטרפו באישור מליאה.');
  await form.getByRole('button', { name: he('reviews:submit.confirm') }).click();
  const done = page.getByRole('status').filter({ hasText: he('reviews:submit.doneTitle') });
  await expect(done).toBeVisible();
  const href = await done.getByRole('link', { name: he('reviews:submit.doneLink') }).getAttribute('href');
  return Number(/\/submissions\/(\d+)/.exec(href ?? '')?.[1]);
}

async function decide(page: Page, submissionId: number, outcome: 'return' | 'approve_with_conditions', fill: (form: Locator) => Promise<void>) {
  await page.goto(`/submissions/${submissionId}`);
  const form = page.getByTestId('decision-form');
  for (const item of ['feasibilityShown', 'allParticipantsApproved', 'withinBudget', 'coreServiceUnderRules']) {
    await form.getByRole('checkbox', { name: he(`reviews:checklist.${item}`) }).check();
  }
  await form.getByRole('radio', { name: he(`reviews:outcomes.${outcome}`) }).check();
  await fill(form);
  await form.getByTestId('decide-submit').click();
  await expect(page.getByTestId('decision-done')).toHaveText(he('reviews:decide.done', { outcome: he(`reviews:outcomes.${outcome}`) }));
}

/** The cluster's row of the budget: allocated, committed, paid, available (in whole shekels, as printed). */
async function balances(page: Page) {
  await page.goto('/budget');
  const row = page.getByTestId('balances-table').locator(`tr[data-cluster="${cluster.slug}"]`);
  await expect(row).toBeVisible();
  return row.locator('td');
}

test('a shared service goes from idea to a paid milestone, through every gate', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(600_000);
  const url = baseURL!;

  // The ministry sets up the incentive programme and allocates part of it to the cluster.
  const ministry = await personAt(browser, url, 'ministry@demo.local');
  await ministry.goto('/budget');
  const programmeForm = ministry.getByTestId('programme-form');
  await programmeForm.getByLabel(he('budget:programmeForm.name')).fill('תוכנית התמריצים לאשכולות אזוריים');
  await programmeForm.getByLabel(he('budget:programmeForm.total')).fill('15000000');
  await programmeForm.getByLabel(he('budget:programmeForm.startsOn')).fill(`${thisYear}-01-01`);
  await programmeForm.getByLabel(he('budget:programmeForm.endsOn')).fill(`${thisYear + 2}-12-31`);
  await programmeForm.getByRole('button', { name: he('budget:programmeForm.submit') }).click();
  const allocation = ministry.getByTestId('allocation-form');
  await choose(allocation, ministry, he('budget:allocationForm.cluster'), 'אשכול רשויות השרון');
  await allocation.getByLabel(he('budget:allocationForm.amount')).fill('2500000');
  await allocation.getByRole('button', { name: he('budget:allocationForm.allocate.submit') }).click();
  await expect(allocation.getByRole('status')).toContainText('2,500,000');
  // Too much: the ministry takes part of it back, with its reason; the ledger keeps both entries.
  await allocation.getByTestId('allocation-mode').getByText(he('budget:allocationForm.withdraw.tab')).click();
  await choose(allocation, ministry, he('budget:allocationForm.cluster'), 'אשכול רשויות השרון');
  await allocation.getByLabel(he('budget:allocationForm.amount')).fill('500000');
  await allocation.getByLabel(he('budget:allocationForm.withdraw.reason')).fill('הוקצה ביתר; היתרה תוקצה בסבב הבא');
  await allocation.getByRole('button', { name: he('budget:allocationForm.withdraw.submit') }).click();
  await expect(allocation.getByRole('status')).toContainText('500,000');

  // Cluster staff plan the service and invite three member authorities.
  // They start from their own home: the work of their cluster, and a new service.
  const staff = await personAt(browser, url, cluster.staff);
  await staff.goto('/');
  const myWork = staff.getByTestId('my-work');
  await expect(myWork.getByRole('heading', { name: he('home:work.title') })).toBeVisible();
  await expectAccessible(staff, testInfo, 'staff-home');
  await myWork.getByTestId('work-new-service').click();
  const create = staff.getByTestId('create-service-form');
  await create.getByLabel(he('services:fields.nameHe')).fill(serviceName);
  await choose(create, staff, he('services:fields.domain'), he('domains.environment_waste'));
  await create.getByRole('radio', { name: he('services:kind.core') }).check();
  await create.getByLabel(he('services:fields.description')).fill('מכרז משותף לאיסוף ופינוי פסולת ביתית, עם קיבולת ומחיר ליחידה לפי היקף.');
  for (const a of [kfarSaba, raanana, hodHasharon]) await create.getByRole('checkbox', { name: a.name, exact: true }).check();
  await expectAccessible(staff, testInfo, 'service-create');
  await staff.getByTestId('create-service-submit').click();
  await expect(staff).toHaveURL(/\/services\/\d+$/);
  const serviceId = Number(/\/services\/(\d+)$/.exec(staff.url())![1]);
  await expect(staff.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  await expect(staff.getByTestId('service-participants').locator('tbody tr')).toHaveCount(3);

  // Nobody can skip a gate: the authorities have not answered and there is no study yet. The page
  // says so before the staff try, naming who is awaited; the server refuses if they try anyway.
  const readiness = staff.getByTestId('readiness');
  await expect(readiness.locator('[data-gate="answers"]')).toHaveAttribute('data-met', 'false');
  for (const a of [kfarSaba, raanana, hodHasharon]) await expect(readiness.locator('[data-gate="answers"]')).toContainText(a.name);
  await expect(readiness.locator('[data-gate="study"]')).toHaveAttribute('data-met', 'false');
  await staff.getByTestId('open-submit').click();
  await staff.getByTestId('submit-form').getByRole('textbox', { name: he('reviews:submit.grant') }).fill('500000');
  await staff.getByTestId('submit-form').getByRole('button', { name: he('reviews:submit.confirm') }).click();
  await expect(staff.getByTestId('gate-refusal')).toBeVisible();
  await staff.getByRole('button', { name: he('forms.cancel') }).click();

  // Two representatives join with their council's approval and its document; the third declines.
  const kfarSabaRep = await personAt(browser, url, `rep-${kfarSaba.id}@demo.local`);
  await expect(kfarSabaRep.getByTestId('notification-bell')).toHaveAttribute('aria-label', he('notifications:bell_one'));
  // A representative's home says what the authority owes: this invitation, linked to where it is answered.
  await kfarSabaRep.goto('/');
  await expect(kfarSabaRep.getByTestId('work-answers').getByRole('link', { name: serviceName })).toBeVisible();
  await expectAccessible(kfarSabaRep, testInfo, 'rep-home');
  await join(kfarSabaRep, serviceId, kfarSaba, { name: 'החלטת-מליאה-כפר-סבא.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expectAccessible(kfarSabaRep, testInfo, 'service-rep');
  const raananaRep = await personAt(browser, url, `rep-${raanana.id}@demo.local`);
  await join(raananaRep, serviceId, raanana, { name: 'raanana-council.png', mimeType: 'image/png', buffer: png });
  const hodHasharonRep = await personAt(browser, url, `rep-${hodHasharon.id}@demo.local`);
  await hodHasharonRep.goto(`/services/${serviceId}`);
  await hodHasharonRep.getByTestId('decline-open').click();
  await hodHasharonRep.getByTestId('decline-form').getByLabel(he('services:answer.note')).fill('לרשות חוזה פינוי בתוקף עד 2028.');
  await hodHasharonRep.getByTestId('decline-submit').click();
  await expect(hodHasharonRep.getByTestId('service-participants').locator(`tr[data-authority-id="${hodHasharon.id}"]`)).toContainText(he('services:status.declined'));

  // The cluster studies the service with the two that joined and submits it.
  await staff.reload();
  await expect(readiness.locator('[data-gate="answers"]')).toHaveAttribute('data-met', 'true');
  await expect(readiness.locator('[data-gate="approvals"]')).toHaveAttribute('data-met', 'true');
  await expect(readiness).toHaveAttribute('data-ready', 'false');
  await saveStudy(staff, '500000');
  await expect(readiness).toHaveAttribute('data-ready', 'true');
  await expect(staff.getByTestId('readiness-budget')).toContainText('2,000,000');
  await expect(staff.getByTestId('feasibility-section')).toContainText(he('services:studyVersion', { version: 1 }));
  // What if the tender comes in dearer: the shares at ±20% of the joint cost, and each authority's break-even.
  const sensitivity = staff.getByTestId('study-sensitivity');
  await sensitivity.getByTestId('sensitivity-compute').click();
  await expect(sensitivity.getByTestId('sensitivity-table').getByRole('row')).toHaveCount(1 + 2);
  await expect(sensitivity.getByTestId('sensitivity-chart')).toBeVisible();
  await expect(sensitivity.getByTestId('sensitivity-summary')).not.toBeEmpty();
  await expectAccessible(staff, testInfo, 'service-study');
  const first = await submit(staff, '500000', 1);

  // The committee finds it in its queue and returns it with reasons.
  const committee = await personAt(browser, url, 'committee@demo.local');
  await committee.goto('/committee');
  const queued = committee.getByTestId('submissions-table').locator(`tr[data-submission-id="${first}"]`);
  await expect(queued).toContainText(serviceName);
  await queued.getByRole('checkbox').check();
  await expectAccessible(committee, testInfo, 'committee-queue');
  await committee.getByTestId('print-agenda').click();
  await expect(committee).toHaveURL(/\/committee\/agenda\?ids=/);
  await expect(committee.getByText(serviceName).first()).toBeVisible();
  await expectAccessible(committee, testInfo, 'committee-agenda');
  await decide(committee, first, 'return', async (form) => {
    await form.getByLabel(he('reviews:decide.reasons')).fill('יש לפרט את עלות המצב הקיים של כל רשות ולהקטין את המענק המבוקש.');
  });
  await expectAccessible(committee, testInfo, 'submission-review');

  // The cluster sees the decision, fixes the study (a new version) and resubmits.
  await staff.goto(`/services/${serviceId}`);
  await expect(staff.getByTestId('service-review')).toContainText(he('reviews:outcomes.return'));
  await saveStudy(staff, '400000');
  await expect(staff.getByTestId('feasibility-section')).toContainText(he('services:studyVersion', { version: 2 }));
  const second = await submit(staff, '400000', 2);

  // The committee approves it with a condition; the grant is committed from the cluster's allocation.
  await decide(committee, second, 'approve_with_conditions', async (form) => {
    await form.getByRole('textbox', { name: he('reviews:decide.conditionN', { n: 1 }), exact: true }).fill('הצגת חוזה חתום עם הקבלן הזוכה');
  });
  await expect(committee.getByTestId('conditions-list')).toContainText('הצגת חוזה חתום עם הקבלן הזוכה');

  let cells = await balances(ministry);
  await expect(cells.nth(0)).toContainText('2,000,000');
  await expect(cells.nth(1)).toContainText('400,000');
  await expect(cells.nth(2)).toHaveText(/(^|[^\d,])0\.00/);
  await expect(cells.nth(3)).toContainText('1,600,000');
  await expect(ministry.getByTestId('projects-list')).toContainText(serviceName);

  // The cluster plans a milestone and marks it done; the ministry approves its payment.
  await staff.goto(`/services/${serviceId}`);
  const milestoneForm = staff.getByTestId('milestone-form');
  await milestoneForm.getByLabel(he('budget:milestones.title')).fill('פרסום המכרז המשותף');
  await milestoneForm.getByLabel(he('budget:milestones.plannedOn')).fill(israelDay(60));
  await milestoneForm.getByLabel(he('budget:milestones.amount')).fill('100000');
  await milestoneForm.getByLabel(he('budget:milestones.deliverable')).fill('מסמכי המכרז כפי שפורסמו');
  await milestoneForm.getByRole('button', { name: he('budget:milestones.create') }).click();
  await staff.getByRole('button', { name: he('budget:milestones.markDoneFor', { title: 'פרסום המכרז המשותף' }) }).click();
  await expect(staff.getByTestId('milestones-table')).toContainText(he('budget:milestones.states.done'));

  // The cluster reports on its progress: what was done and what it cost.
  await staff.getByRole('button', { name: he('budget:progress.reportFor', { title: 'פרסום המכרז המשותף' }) }).click();
  const progress = staff.getByTestId('progress-form');
  await progress.getByLabel(he('budget:progress.narrative')).fill('המכרז פורסם בעיתונות ובאתר האשכול');
  await progress.getByLabel(he('budget:progress.spent')).fill('98500');
  await progress.getByTestId('progress-submit').click();
  await expect(staff.getByTestId('progress-modal').getByTestId('progress-version')).toContainText(he('budget:progress.states.submitted'));
  await staff.keyboard.press('Escape');

  await ministry.goto(`/services/${serviceId}`);
  // No payment before the report is approved: the ministry reviews it first.
  await expect(ministry.getByTestId('milestones-table')).toContainText(he('budget:progress.awaitingApproval'));
  await ministry.getByRole('button', { name: he('budget:progress.reviewFor', { title: 'פרסום המכרז המשותף' }) }).click();
  await ministry.getByTestId('progress-approve').click();
  await expect(ministry.getByTestId('progress-modal').getByTestId('progress-version')).toContainText(he('budget:progress.states.approved'));
  await ministry.keyboard.press('Escape');
  // "Approve payment of <amount> for <title>": the amount as the page formats it, the words as the locale file has them.
  const [before, after] = he('budget:milestones.payFor', { amount: '\u0000', title: 'פרסום המכרז המשותף' }).split('\u0000').map(escapeRegExp);
  await ministry.getByRole('button', { name: new RegExp(`^${before}.+${after}$`) }).click();
  await expect(ministry.getByTestId('milestones-table')).toContainText(he('budget:milestones.states.paid'));
  cells = await balances(ministry);
  await expect(cells.nth(1)).toContainText('400,000');
  await expect(cells.nth(2)).toContainText('100,000');
  await expect(cells.nth(3)).toContainText('1,600,000');
  await expectAccessible(ministry, testInfo, 'budget');

  // The audit log tells the service's story from its creation to the payment.
  await ministry.goto(`/services/${serviceId}`);
  await ministry.getByTestId('service-audit-link').click();
  await expect(ministry.getByTestId('service-trail')).toContainText(serviceName);
  const log = ministry.getByTestId('audit-table');
  const actions = async () => (await log.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))).reverse();
  await expect.poll(actions).toEqual(
    [
      'service.create',
      'service_participation.join',
      'service_participation.join',
      'service_participation.decline',
      'feasibility_study.save', // version 1
      'feasibility_study.submit', // the study is frozen
      'submission.create',
      'service.submit',
      'decision.return',
      'service.decide',
      'submission.close',
      'feasibility_study.save', // version 2
      'feasibility_study.submit',
      'submission.create',
      'service.submit',
      'ledger.commit',
      'decision.approve_with_conditions',
      'service.decide',
      'submission.close',
      'milestone.create',
      'milestone.done',
      'progress_report.submit',
      'progress_report.review',
      'ledger.pay',
      'milestone.pay',
    ],
  );
  // Each event reads as a sentence that names the service, its money in shekels, never a stored field.
  const row = (action: string) => log.locator(`tbody tr[data-action="${action}"]`);
  await expect(row('feasibility_study.save').first()).toContainText(he('audit:sentences.feasibility_study.save', { version: isolated('2'), service: isolated(serviceName) }));
  await expect(row('ledger.commit').getByTestId('audit-sentence')).toContainText('₪');
  await expect(row('service_participation.decline')).toContainText(hodHasharon.name);
  for (const raw of ['amountAgorot', 'requestedGrantAgorot', 'serviceId', 'authorityId', `:${kfarSaba.id}`]) await expect(log).not.toContainText(raw);
  await expectAccessible(ministry, testInfo, 'service-audit');
});
