import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import type { Core } from '../../src/main/core';
import type { MatchDocument } from '../../src/shared/contract/documents';
import { addMonths, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  coreCall,
  firstSignInThroughCore,
  heading,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { choose, goTo, readyMentee, readyMentor } from './support/casework';
import { SCREENSHOT_DIR, describe, expect, test } from './support/fixture';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 900 };
const CORA = {
  displayName: 'Cora Coordinator',
  username: 'cora.journey',
  passphrase: 'copper kettle meadow 52',
};

/**
 * A picture of one section, scrolled into view: Chromium leaves a canvas far below the fold blank in
 * a full-page capture. The fixed header and any "saved" toasts would lie over the section, so they
 * are hidden for the picture only.
 */
async function shootSection(section: Locator, name: string): Promise<void> {
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    style: 'header, .mantine-Notifications-root { visibility: hidden !important; }',
  });
}

/** Every stored PDF of the match, written out and turned into PNGs (60 dpi) to be looked at. */
async function pdfsToPng(core: Core, matchId: string): Promise<string[]> {
  const dir = path.join(SCREENSHOT_DIR, 'relationship-pdf');
  mkdirSync(dir, { recursive: true });
  const { documents } = await coreCall<{ documents: MatchDocument[] }>(core, 'documents.list', { matchId });
  for (const d of documents) {
    const { base64 } = await coreCall<{ base64: string }>(core, 'documents.read', { documentId: d.id });
    const file = path.join(dir, d.fileName);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
  }
  return documents.map((d) => d.fileName).sort();
}

/**
 * The whole relationship through the real screens, as a co-ordinator: suggest → match → three
 * pre-release sessions → release-day gate meeting → post-release sessions → review → planned ending
 * with letters. Each step has its own, deeper test; this one proves they join up.
 *
 * The timeline is compressed into today. Proposing dates the match today, no form takes a date in
 * the future, and nothing may be dated before the proposal, so every step happens on today's date:
 * the sessions before release are recorded while the expected release is still months away, then
 * the confirmed release is set to today (the day of release counts as after release). Day and week
 * boundaries (no contact for 7 days, the first 12 weeks after release, review dates, phases) are
 * covered by the unit tests of the work queue and the record of contact.
 */
describe('one mentoring relationship, end to end', () => {
  test('suggested, matched, met before and after release, reviewed and ended with letters', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    try {
      const today = ukToday(new Date());
      const ukToday_ = formatUkDate(today);
      // Serious and critical findings fail at once; moderate ones are gathered and checked at the end.
      const moderate: string[] = [];
      const axe = async (screen: string) => {
        const found = await checkAccessibility(page, screen);
        moderate.push(...found.map((f) => `${screen}: ${f}`));
      };

      // Only what the journey does not walk: the accounts, a prison, a ready mentee, ready mentors.
      await setUpThroughCore(core);
      const prison = await coreCall<{ id: string }>(core, 'establishments.create', {
        name: 'HMP Fellgate',
        kind: 'prison',
      });
      const menteeId = await readyMentee(core, prison.id, 'Casey', 8);
      const base = { learningStyle: 'pragmatist', languages: ['English'], gender: 'woman', maxMentees: 2 };
      const alexId = await readyMentor(
        core,
        prison.id,
        'Alex',
        { ...base, interests: ['football', 'cooking'], travelArea: 'Kendal' },
        'cleared',
      );
      await readyMentor(
        core,
        prison.id,
        'Charlie',
        { ...base, interests: ['chess'], travelArea: 'Barrow' },
        'cleared',
      );
      await readyMentor(core, prison.id, 'Dana', base, 'forms_submitted');
      await addAccountThroughCore(core, CORA, ['coordinator']);
      await firstSignInThroughCore(core, CORA);
      await host.open();
      await heading(page, `Welcome, ${CORA.displayName}`);

      // Matching → the mentee → the suggestions, explained.
      await openScreen(page, 'Matching');
      await page.getByRole('link', { name: /Casey Fictional/ }).click();
      await heading(page, 'Suggested mentors for Casey Fictional');
      await visible(page.getByRole('heading', { name: '1. Alex Madeup' }));
      const why = page.getByRole('table', { name: /How Alex Madeup compares/ });
      await visible(why.getByText('In common: football, cooking.'));
      await axe('suggestions');
      await screenshot(page, 'relationship-01-suggestions');

      // Propose the top suggestion: no reason is asked for.
      await page.getByRole('button', { name: 'Propose this match' }).first().click();
      let dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Propose this match' }).click();
      await expect
        .poll(() => page.url(), { timeout: 15_000 })
        .toMatch(/#\/service-delivery\/matches\/[0-9a-f-]{36}/);
      const matchId = /matches\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
      await heading(page, 'Alex Madeup and Casey Fictional');
      const gate = page.getByRole('region', { name: 'What is still needed before the match is active' });
      await axe('match page, proposed');

      // Both answers (dated today by default).
      for (const [party, name] of [
        ['mentor', 'Alex Madeup'],
        ['mentee', 'Casey Fictional'],
      ]) {
        await page.getByRole('button', { name: `Record the ${party}’s answer` }).click();
        dialog = page.getByRole('dialog', { name: `${name}’s answer` });
        await dialog.getByRole('button', { name: 'Record the agreement' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      await visible(page.getByText('Mentee agreed').first());

      // The match risk assessment, saved and signed off.
      await page.getByRole('checkbox', { name: 'Meeting on the day of release' }).check();
      await page
        .getByRole('textbox', { name: 'Controls for: Meeting on the day of release' })
        .fill('A lead mentor goes to the gate as well.');
      await choose(page, page, /Overall level of risk/, 'Low');
      await page.getByRole('textbox', { name: /Assessed by/ }).fill(CORA.displayName);
      await page.getByRole('textbox', { name: /Assessed on/ }).fill(ukToday_);
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByRole('button', { name: 'Sign off the risk assessment' }).click();
      await page
        .getByRole('dialog', { name: 'Sign off version 1?' })
        .getByRole('button', { name: 'Sign off' })
        .click();
      await visible(page.getByText('Current, signed off'));

      // The three-way meeting and its checklist.
      const meeting = page.getByRole('form', { name: 'Three-way matching meeting' });
      await meeting.getByRole('textbox', { name: /Held on/ }).fill(ukToday_);
      await meeting.getByRole('textbox', { name: /^Place/ }).fill('HMP Fellgate visits hall');
      await meeting.getByRole('checkbox', { name: 'Mentoring co-ordinator' }).check();
      for (const point of [
        'What the mentoring service is for',
        'Boundaries, and what happens if they are crossed',
      ])
        await meeting.getByRole('checkbox', { name: point }).check();
      await meeting.getByRole('button', { name: 'Save the meeting' }).click();
      await visible(page.getByText('Points covered (2 of 13)'));

      // The agreement, saved and signed by both.
      const agreementForm = page.getByRole('form', { name: 'Mentoring agreement' });
      await agreementForm
        .getByRole('textbox', { name: /Aim of the mentoring/ })
        .fill('A settled start after release.');
      await agreementForm
        .getByRole('textbox', { name: /Ground rules/ })
        .fill('Meet only in safe, public places. No money or gifts.');
      await agreementForm.getByRole('textbox', { name: /Agreed length/ }).fill('6');
      await agreementForm.getByRole('textbox', { name: /In touch between meetings/ }).fill('1');
      await agreementForm.getByRole('button', { name: 'Save the agreement' }).click();
      await visible(page.getByText('Between 60 and 90 minutes'));
      for (const party of ['mentor', 'mentee']) {
        await page.getByRole('button', { name: `Record the ${party}’s signature` }).click();
        const sign = page.getByRole('dialog', { name: /signature on the agreement/ });
        await sign.getByRole('button', { name: 'Record the signature' }).click();
        await sign.waitFor({ state: 'hidden' });
      }

      // The agreement PDF, created and previewed.
      const agreementPdf = page.getByTestId('agreement-document');
      await agreementPdf.getByRole('button', { name: 'Create the agreement PDF' }).click();
      await agreementPdf.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
      const preview = agreementPdf.getByRole('region', { name: /Preview of Mentoring agreement/ });
      await visible(preview.getByText('Mentoring agreement', { exact: true }));
      await axe('match page, agreement previewed');
      await shootSection(agreementPdf, 'relationship-02-agreement-preview');

      // Nothing left: activate.
      await visible(gate.getByText('Nothing: both agreed, and everything is signed and recorded.'));
      await gate.getByRole('button', { name: 'Make the match active' }).click();
      dialog = page.getByRole('dialog', { name: 'Make the match active' });
      await dialog.getByRole('button', { name: 'Make active' }).click();
      await visible(page.getByText(/Active since/));

      // Three sessions before release (the expected release is months away).
      await page.getByRole('tab', { name: 'Contacts' }).click();
      const form = page.getByRole('region', { name: 'Record a session' });
      const rows = page.getByRole('region', { name: 'Sessions, newest first' }).locator('tbody tr');
      const date = form.getByRole('textbox', { name: /^Date/ });
      await visible(date);
      expect(await date.inputValue()).toBe(ukToday_);
      await form.getByRole('combobox', { name: /^Place/ }).selectOption({ label: 'Somewhere else…' });
      await form.getByRole('textbox', { name: /Where they met/ }).fill('HMP Fellgate visits hall');
      await form.getByRole('textbox', { name: /^Minutes/ }).fill('60');
      await form
        .getByRole('textbox', { name: /Brief notes/ })
        .fill('First visit: getting to know each other.');
      await axe('contacts tab');
      await form.getByRole('button', { name: 'Save the session' }).click();
      await expect.poll(() => rows.count()).toBe(1);
      // The same place comes back; a legal visit this time.
      await form.getByRole('combobox', { name: /Kind of contact/ }).selectOption({ label: 'Legal visit' });
      expect(await form.getByRole('combobox', { name: /^Place/ }).inputValue()).toBe(
        'HMP Fellgate visits hall',
      );
      await form.getByRole('button', { name: 'Save the session' }).click();
      await expect.poll(() => rows.count()).toBe(2);
      await form.getByRole('combobox', { name: /Kind of contact/ }).selectOption({ label: 'Letter' });
      await form.getByRole('textbox', { name: /^Minutes/ }).fill('');
      await form
        .getByRole('textbox', { name: /Brief notes/ })
        .fill('A letter about the housing appointment.');
      await form.getByRole('button', { name: 'Save the session' }).click();
      await expect.poll(() => rows.count()).toBe(3);
      await expect.poll(() => rows.getByText('Before release', { exact: true }).count()).toBe(3);

      // Release: the confirmed release date, today, on the mentee's edit screen.
      await goTo(page, `#/assessment/mentees/${menteeId}`);
      await heading(page, /^Casey Fictional$/);
      await page.getByRole('link', { name: 'Edit details' }).click();
      await heading(page, 'Change Casey Fictional’s details');
      await page.getByRole('textbox', { name: /^Confirmed release/ }).fill(ukToday_);
      await axe('mentee edit');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await visible(page.getByText('Details saved'));
      await heading(page, /^Casey Fictional$/);

      // The release-day gate meeting, with a lead mentor; then two meetings in the community.
      await goTo(page, `#/service-delivery/matches/${matchId}?tab=contacts`);
      await heading(page, 'Alex Madeup and Casey Fictional');
      await visible(page.getByText(`release ${ukToday_}`, { exact: false }));
      await expect.poll(() => rows.count()).toBe(3);
      await form
        .getByRole('combobox', { name: /Kind of contact/ })
        .selectOption({ label: 'Release day: met at the gate' });
      await form.getByRole('combobox', { name: /^Place/ }).selectOption({ label: 'Somewhere else…' });
      await form.getByRole('textbox', { name: /Where they met/ }).fill('The prison gate');
      await form.getByRole('textbox', { name: /^Minutes/ }).fill('90');
      await form.getByRole('radio', { name: 'Yes' }).check();
      await form
        .getByRole('textbox', { name: /Brief notes/ })
        .fill('Out at nine; breakfast, then the probation office.');
      await form.getByRole('button', { name: 'Save the session' }).click();
      await expect.poll(() => rows.count()).toBe(4);
      await visible(page.getByText('Lead mentor went'));
      // After the gate a meeting in the community is offered, somewhere still to choose.
      expect(await form.getByRole('combobox', { name: /Kind of contact/ }).inputValue()).toBe(
        'community_meeting',
      );
      await form.getByRole('combobox', { name: /^Place/ }).selectOption({ label: 'Coffee shop' });
      await form.getByRole('textbox', { name: /Brief notes/ }).fill('Talked through the first week.');
      await form.getByRole('button', { name: 'Save the session' }).click();
      await expect.poll(() => rows.count()).toBe(5);
      await form.getByRole('textbox', { name: /Brief notes/ }).fill('Went to the job centre together.');
      await form.getByRole('button', { name: 'Save the session' }).click();
      await expect.poll(() => rows.count()).toBe(6);
      await expect.poll(() => rows.getByText('After release', { exact: true }).count()).toBe(3);
      await visible(page.getByText('3 before release, 3 after'));
      await screenshot(page, 'relationship-03-contacts');

      // The work queue on the home page has nothing for this match.
      await goTo(page, '#/');
      await heading(page, `Welcome, ${CORA.displayName}`);
      const queue = page.getByRole('region', { name: 'Work queue' });
      await visible(queue);
      await visible(queue.getByText('Nothing is due.'));
      await page.waitForLoadState('networkidle').catch(() => undefined);
      expect(
        await queue
          .getByRole('listitem')
          .filter({ hasText: /Casey Fictional/ })
          .count(),
      ).toBe(0);
      await axe('home');
      await screenshot(page, 'relationship-04-home');

      // Plan: one goal.
      await goTo(page, `#/service-delivery/matches/${matchId}?tab=plan`);
      await page.getByRole('button', { name: 'Add a goal' }).click();
      dialog = page.getByRole('dialog');
      await choose(page, dialog, /^Pathway/, 'Accommodation');
      await dialog.getByLabel(/^Specific/).fill('Keep the room at the hostel for the first three months');
      await dialog.getByLabel(/^Measurable/).fill('No warnings from the hostel');
      await dialog.getByLabel(/^Timed/).fill(formatUkDate(addMonths(today, 3)));
      await dialog.getByRole('radio', { name: /^Soft outcome/ }).check();
      await dialog.getByRole('button', { name: 'Add the goal' }).click();
      await visible(page.getByRole('article', { name: /Keep the room at the hostel/ }));
      await axe('plan tab');

      // Reviews: a review, held today.
      await page.getByRole('tab', { name: 'Reviews' }).click();
      await page.getByRole('button', { name: 'Record a review' }).click();
      dialog = page.getByRole('dialog');
      await choose(page, dialog, /^Accommodation/, 'Good progress');
      await choose(page, dialog, /^Keep the room at the hostel/, 'Some progress');
      await dialog.getByLabel(/^What has been achieved/).fill('Out, housed and meeting every week.');
      await dialog.getByLabel(/^What the mentee says/).fill('Someone there on the first day.');
      await dialog.getByLabel(/^What the mentor says/).fill('Seeing the gate from the other side.');
      await dialog.getByRole('button', { name: 'Save the review' }).click();
      await visible(page.getByRole('article', { name: `Review held ${ukToday_}` }));
      await axe('reviews tab');

      // Ending: planned, today; exit interviews are optional and left for later.
      await page.getByRole('tab', { name: 'Ending' }).click();
      await page.getByRole('button', { name: 'End this match' }).click();
      dialog = page.getByRole('dialog', { name: 'End this match' });
      await dialog.getByRole('radio', { name: /^Planned/ }).check();
      await dialog.getByRole('textbox', { name: /Ended on/ }).fill(ukToday_);
      await axe('end this match');
      await dialog.getByRole('button', { name: 'End the match' }).click();
      await visible(page.getByRole('heading', { name: 'How the match ended' }));
      await visible(page.getByText('Alex Madeup is back in the pool of mentors ready to match.'));

      // The ending letters, created and previewed.
      const letters = page.getByTestId('ending-letters');
      await letters.getByRole('button', { name: 'Create the ending letters' }).click();
      await letters.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
      await visible(letters.getByText('Dear Casey,'));
      await axe('ending tab with letters');
      await shootSection(letters, 'relationship-05-ending-letters');

      // The match file shows the whole relationship.
      await page.getByRole('link', { name: 'Match file' }).click();
      await heading(page, 'Match file: Alex Madeup and Casey Fictional');
      await visible(page.getByText('A settled start after release.'));
      await visible(page.getByText('The prison gate'));
      await visible(page.getByText('Keep the room at the hostel for the first three months').first());
      await visible(page.getByText(`Review held ${ukToday_}`));
      await visible(page.getByRole('heading', { name: 'Ending', exact: true }));
      await visible(page.getByText('The agreed length was reached'));
      await axe('match file');
      await screenshot(page, 'relationship-06-match-file');

      // The core's view at the end.
      const m = await coreCall<{
        stage: string;
        mentee: { stage: string };
        mentor: { stage: string; id: string };
      }>(core, 'matches.get', { matchId });
      expect([m.stage, m.mentor.stage, m.mentee.stage]).toEqual(['ended', 'ready', 'closed']);
      expect(m.mentor.id).toBe(alexId);
      expect(moderate).toEqual([]);
      expect(await pdfsToPng(core, matchId)).toHaveLength(4);
    } catch (error) {
      await screenshot(page, 'failures/relationship-failure');
      throw error;
    }
  });
});
