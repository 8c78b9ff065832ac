import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Core } from '../../src/main/core';
import { openRaw } from '../support/raw-db';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A fictional active match, written straight into the database while the core is locked (the
 * workflow that leads to one is the matches area's own test), then signed in again.
 */
async function addActiveMatch(core: Core, dataDir: string): Promise<string> {
  const mentor = await coreCall<{ id: string }>(core, 'mentors.create', {
    firstName: 'Priya',
    lastName: 'Fictional',
    enquiryDate: '2025-09-01',
  });
  const mentee = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: { firstName: 'Jordan', lastName: 'Invented', prisonNumber: 'A1234ZZ' },
    referral: { source: 'probation', referredOn: '2025-10-01', notALicenceCondition: true },
  });
  await coreCall(core, 'vault.lock', { reason: 'user' });
  const db = await openRaw(dataDir, ADMIN.username, ADMIN.passphrase);
  const id = randomUUID();
  const at = new Date().toISOString();
  db.prepare(`UPDATE mentor SET stage = 'matched' WHERE id = ?`).run(mentor.id);
  db.prepare(`UPDATE mentee SET stage = 'matched' WHERE id = ?`).run(mentee.id);
  db.prepare(
    `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
       explanation, override_reason, active_on, created_at, updated_at)
     VALUES (?, 'X-2026-0001', ?, ?, 'active', ?, ?, 'seed', '{}', '', ?, ?, ?)`,
  ).run(id, mentee.id, mentor.id, day(-90), day(-120), day(-90), at, at);
  db.close();
  await coreCall(core, 'vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  return id;
}

async function openMatchTab(page: Page, matchId: string, tab: string): Promise<void> {
  await page.evaluate((hash) => {
    (globalThis as unknown as PageGlobals).location.hash = hash;
  }, `#/service-delivery/matches/${matchId}?tab=${tab}`);
}

describe('incidents and difficult situations', () => {
  test('a co-ordinator records an incident in a match, sees it on the Incidents screen and closes it', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const matchId = await addActiveMatch(host.core, host.dataDir);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    await openMatchTab(page, matchId, 'incidents');
    await visible(page.getByRole('heading', { name: 'Incidents and difficult situations' }));
    await visible(page.getByText('No open incidents.'));
    await page.getByRole('button', { name: 'Record an incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an incident' });
    await visible(dialog);
    // Nothing typed about what happened: the form says so and sends nothing.
    await dialog.getByRole('button', { name: 'Record the incident' }).click();
    await visible(dialog.getByText('Say briefly what happened.'));
    await dialog.getByRole('combobox', { name: /What kind of incident/ }).selectOption('pushing_boundaries');
    const when = dialog.getByRole('textbox', { name: /When it happened/ });
    await when.fill(uk(day(2)));
    await dialog.getByRole('combobox', { name: /How serious/ }).selectOption('high');
    await dialog
      .getByRole('textbox', { name: /What happened/ })
      .fill('Asked the mentor to lend him money for a phone.');
    await dialog
      .getByRole('textbox', { name: /What was done/ })
      .fill('Mentor said no and rang the co-ordinator.');
    await dialog
      .getByRole('textbox', { name: /Follow-up needed/ })
      .fill('Go over boundaries at the next meeting.');
    await screenshot(page, 'incidents-record');
    expect(await checkAccessibility(page, 'Record an incident')).toBeDefined();
    await dialog.getByRole('button', { name: 'Record the incident' }).click();
    await visible(dialog.getByText('An incident cannot be in the future.'));
    await when.fill(uk(day(-1)));
    await dialog.getByRole('button', { name: 'Record the incident' }).click();
    await visible(page.getByText('A follow-up has been added to the caseworker’s work queue.'));
    await visible(page.getByText('Asked the mentor to lend him money for a phone.'));
    await visible(page.getByText('Boundary', { exact: true }));
    await screenshot(page, 'incidents-match-tab');
    expect(await checkAccessibility(page, 'Match incidents tab')).toBeDefined();

    // The Incidents screen lists it, with this quarter's boundary count.
    await openScreen(page, 'Incidents');
    await visible(page.getByRole('heading', { name: /Boundary incidents,/ }));
    await visible(page.getByRole('link', { name: 'X-2026-0001' }));
    await screenshot(page, 'incidents-screen');
    expect(await checkAccessibility(page, 'Incidents screen')).toBeDefined();

    // Close it: the note is required.
    await page.getByRole('button', { name: /^Close: Boundaries of the relationship pushed/ }).click();
    const close = page.getByRole('dialog', { name: 'Close an incident' });
    await visible(close);
    await close.getByRole('button', { name: 'Close the incident' }).click();
    await visible(close.getByText('Say how it was resolved before closing it.'));
    await close
      .getByRole('textbox', { name: /How it was resolved/ })
      .fill('Boundaries agreed again; no repeat.');
    await screenshot(page, 'incidents-close');
    await close.getByRole('button', { name: 'Close the incident' }).click();
    await visible(page.getByText('No incidents match these filters.'));
    // The segmented control's radios are visually hidden: choose by the label a person clicks.
    await page.locator('label', { hasText: /^Closed$/ }).click();
    await visible(page.getByText('Boundaries agreed again; no repeat.'));

    // An incident about a mentor alone (co-ordinators only): no mentor chosen is explained.
    await page.getByRole('button', { name: 'Record an incident about a mentor' }).click();
    const aboutMentor = page.getByRole('dialog', { name: 'Record an incident about a mentor' });
    await aboutMentor
      .getByRole('textbox', { name: /What happened/ })
      .fill('Missed the last two group support sessions.');
    await aboutMentor.getByRole('button', { name: 'Record the incident' }).click();
    await visible(aboutMentor.getByText('Choose the mentor it is about.'));
    await aboutMentor.getByRole('combobox', { name: /^Mentor/ }).fill('Priya');
    await page.getByRole('option', { name: 'Priya Fictional' }).click();
    await screenshot(page, 'incidents-about-mentor');
    await aboutMentor.getByRole('button', { name: 'Record the incident' }).click();
    await page.locator('label', { hasText: /^Open$/ }).click();
    await visible(page.getByText('Missed the last two group support sessions.'));
    await visible(page.getByText('Mentor only'));
  });
});
