import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Core } from '../../src/main/core';
import { openRaw } from '../support/raw-db';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, coreCall, heading, setUpThroughCore, visible } from './support/app';
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

describe('ending a match', () => {
  test('a co-ordinator ends an active match and records both exit interviews', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const matchId = await addActiveMatch(host.core, host.dataDir);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    await openMatchTab(page, matchId, 'ending');
    await page.getByRole('button', { name: 'End this match' }).click();
    const dialog = page.getByRole('dialog', { name: 'End this match' });
    await visible(dialog);
    await visible(dialog.getByText(/support, supervision and expenses stop/));
    const endedOn = dialog.getByRole('textbox', { name: /Ended on/ });
    await endedOn.fill(uk(day(-100)));
    await dialog.getByRole('combobox', { name: /Reason/ }).selectOption('goals_achieved');
    await dialog.getByRole('checkbox', { name: /keep in touch informally/ }).check();
    await screenshot(page, 'endings-end-form');
    expect(await checkAccessibility(page, 'End this match')).toBeDefined();
    // Before the match became active: refused, and said why.
    await dialog.getByRole('button', { name: 'End the match' }).click();
    await visible(dialog.getByText('The ending date cannot be before the match became active.'));
    await endedOn.fill(uk(day(-2)));
    await dialog.getByRole('button', { name: 'End the match' }).click();

    await visible(page.getByRole('heading', { name: 'How the match ended' }));
    await visible(page.getByText('The mentee’s goals were achieved'));
    await visible(page.getByText('Priya Fictional is back in the pool of mentors ready to match.'));
    await visible(page.getByRole('link', { name: 'Find another mentor' }));

    // The mentor's exit interview.
    const mentor = page.getByRole('region', { name: 'Exit interview with the mentor' });
    await mentor.getByRole('combobox', { name: 'How did the match go overall?' }).selectOption('well');
    await mentor
      .getByRole('textbox', { name: 'What went well?' })
      .fill('Steady meetings; he found a college course.');
    await mentor
      .getByRole('combobox', { name: 'Would you like to be matched again?' })
      .selectOption('yes_later');
    await mentor.getByRole('button', { name: 'Save the interview' }).click();
    await visible(mentor.getByText(/Recorded by/));

    // The mentee's: a held-on date before the ending is refused.
    const mentee = page.getByRole('region', { name: 'Exit interview with the mentee' });
    await mentee.getByRole('textbox', { name: /Held on/ }).fill(uk(day(-5)));
    await mentee
      .getByRole('combobox', { name: 'Overall, how helpful was having a mentor?' })
      .selectOption('very');
    await mentee
      .getByRole('textbox', { name: 'What made the biggest difference to you?' })
      .fill('Someone on my side at the housing office.');
    await mentee.getByRole('button', { name: 'Save the interview' }).click();
    await visible(mentee.getByText('The interview cannot be before the match ended.'));
    await mentee.getByRole('textbox', { name: /Held on/ }).fill(uk(day(-1)));
    await mentee.getByRole('button', { name: 'Save the interview' }).click();
    await visible(mentee.getByText(/Recorded by/));
    await screenshot(page, 'endings-ended');
    expect(await checkAccessibility(page, 'Ended match')).toBeDefined();

    // The match file prints the incidents, the ending and both interviews.
    await coreCall(host.core, 'incidents.record', {
      matchId,
      kind: 'hard_to_contact',
      occurredOn: day(-30),
      severity: 'low',
      description: 'Two calls unanswered; replied by letter a week later.',
    });
    await page.evaluate((hash) => {
      (globalThis as unknown as PageGlobals).location.hash = hash;
    }, `#/service-delivery/matches/${matchId}/file`);
    await visible(page.getByRole('heading', { name: 'Exit interview with the mentee' }));
    await visible(page.getByText('Two calls unanswered; replied by letter a week later.'));
    await visible(page.getByText('Someone on my side at the housing office.'));
    await screenshot(page, 'endings-match-file');
    expect(await checkAccessibility(page, 'Match file')).toBeDefined();

    const view = await coreCall<{ interviews: { party: string }[]; match: { menteeStage: string } }>(
      host.core,
      'endings.get',
      { matchId },
    );
    expect(view.interviews.map((i) => i.party)).toEqual(['mentor', 'mentee']);
    expect(view.match.menteeStage).toBe('closed');
  });
});
