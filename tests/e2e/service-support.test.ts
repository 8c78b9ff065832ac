import type { Page } from 'playwright-core';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatPence } from '../../src/shared/expenses/expenses';
import { formatUkDate } from '../../src/shared/uk-date';
import type { BrowserHost, BrowserHostOptions } from '../host/browser-host';
import { buildDemo } from '../host/demo';
import { onePagePdf } from '../host/demo-policies';
import { heading, lockFromHeader, nav, openScreen, visible } from './support/app';
import { choose } from './support/casework';
import { describe, expect, test } from './support/fixture';
import { homeQueue, LAPTOP, lookAt, pence, queueItem, signInAs, tabTo } from './support/service-journey';

/**
 * A month of running the service, on the demo programme, through the real screens: what the
 * work queue asks of a co-ordinator (supervision, expenses, policies, insurance, complaints,
 * partners) and each item done where its link leads; then safeguarding seen by each role,
 * "you said, we did", and the regional manager's summaries. Screenshots: screenshots/60-*.png.
 */

/** The demo builds in a fresh vault and every step runs through Chromium: give it room. */
const LONG = 300_000;

async function openDemo(launch: (options?: BrowserHostOptions) => Promise<BrowserHost>) {
  const host = await launch({ navigate: false, viewport: LAPTOP });
  await buildDemo(host.core, host.dataDir);
  await host.open();
  return host;
}

/** The Travel expenses line of the budget: what is committed and what is paid, in pence. */
async function travelSpend(page: Page): Promise<{ committed: number; paid: number }> {
  await openScreen(page, 'Budget');
  const row = page.getByRole('row', { name: /^Travel expenses/ });
  await visible(row);
  const cells = row.getByRole('cell');
  return { committed: pence(await cells.nth(1).innerText()), paid: pence(await cells.nth(2).innerText()) };
}

describe('a month of running the service (issue 11 on the demo data)', () => {
  test(
    'the co-ordinator works through the queue: supervision, a late claim, a policy review',
    async ({ launch }) => {
      const host = await openDemo(launch);
      const { page } = host;
      const today = ukToday(new Date());
      await signInAs(page, 'demo.coordinator');

      // The home page: what the new areas ask of a co-ordinator, each in plain words.
      let queue = await homeQueue(page);
      const invite = queueItem(queue, /Invite to individual supervision: missed 2 group sessions in a row/);
      const lateClaim = queueItem(
        queue,
        /Expense claim E-\d{4}-\d{4} \(£[\d.,]+\) to pay: not paid within 20 days/,
      );
      const policy = queueItem(queue, /\(Policy\): Policy review overdue/);
      const insurance = queueItem(queue, /\(Insurance\): Insurance due for renewal/);
      // Two complaints wait for acknowledgement (one late); the first is enough here.
      const complaint = queueItem(queue, /Acknowledge complaint C-\d{4}-\d{4}/).first();
      const partner = queueItem(queue, /\(Partner\): .* review overdue/);
      for (const item of [invite, lateClaim, policy, insurance, complaint, partner]) await visible(item);
      // Governance items say nothing of the complaint itself.
      expect(await complaint.innerText()).toMatch(
        /^\S+\s*Complaint C-\d{4}-\d{4} \(Complaint\): Acknowledge/,
      );
      await lookAt(page, 'home-queue-coordinator');

      // Each link opens the page where the thing is done.
      const mentorName = await invite.getByRole('link').innerText();
      const opens: [typeof invite, string | RegExp][] = [
        [invite, `Supervision of ${mentorName}`],
        [lateClaim, /^Expense claim E-\d{4}-\d{4}$/],
        [policy, 'Health and safety (including lone working)'],
        [insurance, 'Public liability insurance'],
        [complaint, /^Complaint C-\d{4}-\d{4}$/],
        [partner, await partner.getByRole('link').innerText()],
      ];
      for (const [item, title] of opens) {
        await item.getByRole('link').click();
        await heading(page, title);
        queue = await homeQueue(page);
      }

      // The supervision calendar: the year's dates, and today's group session added by keyboard.
      await openScreen(page, 'Supervision');
      await visible(page.getByText(/group sessions in \d{4}, every 6 weeks/));
      await lookAt(page, 'supervision-calendar');
      await page.getByRole('button', { name: 'Add a date' }).click();
      const add = page.getByRole('dialog', { name: 'Add a date' });
      const date = add.getByRole('textbox', { name: 'Date' });
      await date.focus();
      await page.keyboard.type(formatUkDate(today));
      await tabTo(page, add.getByRole('textbox', { name: 'Start time' }));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('10:00');
      await tabTo(page, add.getByRole('textbox', { name: 'Venue' }));
      await page.keyboard.type('Kendal Road Probation Office, room 2');
      await tabTo(page, add.getByRole('textbox', { name: 'Led by' }));
      await page.keyboard.type('Harriet Sample');
      await lookAt(page, 'supervision-add-date');
      await page.keyboard.press('Enter');
      await add.waitFor({ state: 'detached' });

      // The register on the day: everyone came but the mentor invited, who sent apologies again.
      await page.getByRole('link', { name: `${formatUkDate(today)}, 10:00` }).click();
      await heading(page, `Group supervision, ${formatUkDate(today)}`);
      await page.getByRole('button', { name: /^Mark everyone not yet marked as attended/ }).click();
      await page.getByLabel(`Attendance of ${mentorName}`).selectOption('apologies');
      const themes = page.locator('input').and(page.getByLabel(/Themes discussed/));
      await themes.fill('Christmas and New Year visits');
      await themes.press('Enter');
      await lookAt(page, 'supervision-register');
      await page.getByRole('button', { name: 'Save the attendance' }).click();
      await visible(page.getByText('Attendance saved').first());
      await visible(page.getByText(/^\d+ attended · 1 apology/));

      // The invite is still on the queue, now for three in a row; it opens the mentor's supervision.
      queue = await homeQueue(page);
      const stillInvited = queueItem(
        queue,
        /Invite to individual supervision: missed 3 group sessions in a row/,
      );
      await visible(stillInvited.filter({ hasText: mentorName }));
      await stillInvited.getByRole('link', { name: mentorName }).click();
      await heading(page, `Supervision of ${mentorName}`);
      await page.getByRole('button', { name: 'Record supervision' }).click();
      const record = page.getByRole('dialog', { name: `Record supervision of ${mentorName}` });
      await record.getByLabel('Contact records reviewed').check();
      await record.getByLabel('Training needs identified').fill('The refresher on endings.');
      await record.getByLabel('Actions agreed').fill('Ring before a group session if it cannot be made.');
      await record.getByRole('textbox', { name: 'Next supervision' }).fill(formatUkDate(addDays(today, 42)));
      await lookAt(page, 'supervision-record');
      await record.getByRole('button', { name: 'Save the supervision' }).click();
      await record.waitFor({ state: 'detached' });
      await visible(page.getByText('Ring before a group session if it cannot be made.'));
      await lookAt(page, 'supervision-mentor');
      queue = await homeQueue(page);
      await expect
        .poll(() =>
          queueItem(queue, /\(Supervision\)/)
            .filter({ hasText: mentorName })
            .count(),
        )
        .toBe(0);

      // Expenses: the budget before, the queue with the late claim first and marked.
      const before = await travelSpend(page);
      await openScreen(page, 'Expenses');
      const approvals = page.getByRole('table', { name: 'Claims waiting for approval, oldest first' });
      const first = approvals.getByRole('row').nth(1);
      await visible(first.getByText('Late'));
      await lookAt(page, 'expenses-queue');
      const reference = await first.getByRole('link').first().innerText();
      const total = pence(await first.getByText(/^£/).first().innerText());
      await first.getByRole('link').first().click();
      await heading(page, `Expense claim ${reference}`);

      // Its receipt, viewed in the app; then approved and paid.
      const receipts = page.getByRole('table', { name: 'Receipts' });
      await receipts
        .getByRole('button', { name: /^View / })
        .first()
        .click();
      await visible(page.getByRole('img', { name: new RegExp(`^Receipt .* for claim ${reference}$`) }));
      await lookAt(page, 'expenses-claim-receipt');
      await page.getByRole('button', { name: 'Approve' }).click();
      const approve = page.getByRole('dialog', { name: `Approve claim ${reference}` });
      await approve.getByRole('button', { name: 'Approve the claim' }).click();
      await approve.waitFor({ state: 'detached' });
      await visible(page.getByText('Approved, not yet paid'));
      await page.getByRole('button', { name: 'Mark as paid' }).click();
      const pay = page.getByRole('dialog', { name: `Record payment of claim ${reference}` });
      await pay.getByRole('textbox', { name: 'Payment reference' }).fill('BACS 2211');
      await lookAt(page, 'expenses-record-payment');
      await pay.getByRole('button', { name: 'Record the payment' }).click();
      await pay.waitFor({ state: 'detached' });
      await visible(page.getByText('BACS 2211'));
      await lookAt(page, 'expenses-claim-paid');

      // The budget: the claim's travel is now spent (it was never committed: it was not approved).
      const after = await travelSpend(page);
      expect(after.paid).toBe(before.paid + total);
      expect(after.committed).toBe(before.committed);
      await visible(page.getByRole('row', { name: /^Travel expenses/ }).getByText(formatPence(after.paid)));
      await lookAt(page, 'budget');
      queue = await homeQueue(page);
      expect(await queueItem(queue, reference).count()).toBe(0);

      // Policies: the overdue review, recorded as a new version with its document.
      await openScreen(page, 'Policies');
      const register = page.getByRole('table');
      await visible(register.getByRole('row', { name: /Health and safety/ }).getByText('Overdue'));
      await visible(page.getByRole('region', { name: 'In place and in date today' }).getByText('5 of 6'));
      await lookAt(page, 'policies-register');
      await register.getByRole('link', { name: 'Health and safety (including lone working)' }).click();
      await heading(page, 'Health and safety (including lone working)');
      await page.getByRole('button', { name: 'New version' }).click();
      const version = page.getByRole('dialog', { name: /^New version of/ });
      await version.getByRole('textbox', { name: 'Version' }).fill('3.0');
      await version.getByRole('textbox', { name: 'Approved on' }).fill(formatUkDate(today));
      await version.getByRole('textbox', { name: 'Approved by' }).fill('Board of trustees');
      await version.getByRole('textbox', { name: 'What changed' }).fill('Lone working: check in by text.');
      await version.getByRole('textbox', { name: 'Review by' }).fill(formatUkDate(addDays(today, 365)));
      await version.locator('input[type=file]').setInputFiles({
        name: 'health-and-safety-v3.pdf',
        mimeType: 'application/pdf',
        buffer: onePagePdf('Health and safety (version 3.0)', [
          'Reviewed by the board; lone working updated.',
        ]),
      });
      await lookAt(page, 'policy-new-version');
      await version.getByRole('button', { name: 'Record the version' }).click();
      await version.waitFor({ state: 'detached' });
      await visible(
        page.getByRole('region', { name: 'Details' }).getByText(formatUkDate(addDays(today, 365))),
      );
      // The new version's document, drawn by pdf.js (axe runs on the page as a person sees it).
      await page
        .getByRole('region', { name: 'Document' })
        .locator('[data-testid="pdf-preview"][data-drawn="1"]')
        .waitFor({ timeout: 20_000 });
      await lookAt(page, 'policy-reviewed');
      await page.getByRole('link', { name: 'All policies' }).click();
      await heading(page, 'Policies');
      await visible(page.getByRole('region', { name: 'In place and in date today' }).getByText('6 of 6'));
      queue = await homeQueue(page);
      expect(await queueItem(queue, /Health and safety/).count()).toBe(0);
      await visible(queueItem(queue, /\(Policy\): Policy review due/));
      await lookAt(page, 'home-queue-after');
    },
    LONG,
  );

  test(
    'safeguarding by role, "you said, we did", and the regional manager’s summaries',
    async ({ launch }) => {
      const host = await openDemo(launch);
      const { page } = host;
      const disclosure = /is often left alone overnight/;

      // The safeguarding lead: every concern in full.
      await signInAs(page, 'demo.safeguarding');
      await openScreen(page, 'Safeguarding');
      const leadRow = page.getByRole('row', { name: /S-\d{4}-0001/ });
      await visible(leadRow.getByText('A child aged 7 (a mentee’s niece)'));
      await lookAt(page, 'safeguarding-lead-list');
      await leadRow.getByRole('link').first().click();
      await heading(page, /^Safeguarding concern S-\d{4}-0001/);
      await visible(page.getByText(disclosure));
      await visible(page.getByText('CS-DEMO-4471'));
      await lookAt(page, 'safeguarding-lead-concern');

      // The co-ordinator: that a concern exists and where it stands, nothing of what was said.
      await lockFromHeader(page);
      await signInAs(page, 'demo.coordinator');
      await openScreen(page, 'Safeguarding');
      await visible(page.getByText('Detail is visible to the safeguarding lead only.', { exact: false }));
      const row = page.getByRole('row', { name: /S-\d{4}-0001/ });
      await visible(row.getByText('Referred'));
      expect(await page.getByText(/niece|overnight|benefit money/).count()).toBe(0);
      await lookAt(page, 'safeguarding-coordinator-list');
      await row.getByRole('link').first().click();
      await heading(page, /^Safeguarding concern S-\d{4}-0001/);
      await visible(page.getByText('Restricted').first());
      expect(await page.getByText(disclosure).count()).toBe(0);
      expect(await page.getByText('CS-DEMO-4471').count()).toBe(0);
      await lookAt(page, 'safeguarding-coordinator-concern');

      // "You said, we did": the mileage form is done and published for the noticeboard.
      await openScreen(page, 'You said, we did');
      const card = page.getByRole('article', { name: /The mileage form is confusing/ });
      await visible(card.getByText('In progress'));
      await lookAt(page, 'you-said-we-did');
      await card.getByRole('button', { name: /Update the action/ }).click();
      const update = page.getByRole('dialog', { name: 'Update the action' });
      await choose(page, update, /^Status/, 'Done');
      await update.getByRole('checkbox', { name: /Published/ }).check();
      await update.getByRole('button', { name: 'Save the action' }).click();
      await update.waitFor({ state: 'detached' });
      await visible(card.getByText('Published', { exact: true }));
      await page.getByRole('link', { name: 'Published list' }).click();
      await heading(page, 'You said, we did: published');
      await visible(page.getByRole('heading', { name: 'You said: The mileage form is confusing.' }));
      await lookAt(page, 'you-said-we-did-published');
      const queue = await homeQueue(page);
      expect(await queueItem(queue, /The mileage form is confusing/).count()).toBe(0);

      // The caseworker: no Safeguarding screen, but a concern is raised from a mentee's page.
      await lockFromHeader(page);
      await signInAs(page, 'demo.caseworker');
      expect(await nav(page).getByRole('link', { name: 'Safeguarding' }).count()).toBe(0);
      await openScreen(page, 'Referrals and mentees');
      await page.getByRole('textbox', { name: 'Search' }).fill('Tomasz');
      await page.getByRole('link', { name: 'Tomasz Yarrowfield' }).click();
      await heading(page, 'Tomasz Yarrowfield');
      await page.getByRole('link', { name: 'Raise a safeguarding concern' }).click();
      await heading(page, 'Raise a safeguarding concern');
      await visible(page.getByText('Linked to Tomasz Yarrowfield'));
      await choose(page, page, /Kind of concern/, 'Adult safeguarding');
      await page
        .getByRole('textbox', { name: /What was disclosed or observed/ })
        .fill('Said he has been sleeping in his car since the hostel place fell through.');
      await page.getByRole('textbox', { name: /What you did straight away/ }).fill('Rang the co-ordinator.');
      await lookAt(page, 'safeguarding-raise-caseworker');
      await page.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
      await heading(page, 'Concern raised');
      await visible(page.getByText(/^Reference S-\d{4}-0004$/));
      expect(await page.getByText(/sleeping in his car/).count()).toBe(0);
      await lookAt(page, 'safeguarding-raised');

      // The regional manager: the support groups' written summaries, and nothing personal.
      await lockFromHeader(page);
      await signInAs(page, 'demo.regional');
      expect(await page.getByRole('heading', { name: 'Work queue' }).count()).toBe(0);
      await openScreen(page, 'Support groups');
      await visible(page.getByText(/Clearance at one prison is taking over six weeks/));
      await visible(page.getByText(/^Coastal, meeting of /));
      for (const hidden of ['Bronwen', 'Tobias', 'Nadia', 'Attendance', 'Themes', 'Record a meeting'])
        expect(await page.getByText(hidden).count(), hidden).toBe(0);
      for (const screen of ['Safeguarding', 'Expenses', 'Complaints', 'Feedback', 'Supervision'])
        expect(await nav(page).getByRole('link', { name: screen, exact: true }).count(), screen).toBe(0);
      await lookAt(page, 'support-groups-regional');
    },
    LONG,
  );
});
