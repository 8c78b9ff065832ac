import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import type { Core } from '../../src/main/core';
import { openRaw } from '../support/raw-db';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  ADMIN,
  addAccountThroughCore,
  coreCall,
  firstSignInThroughCore,
  heading,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentors } from '../host/demo-mentors';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A ready mentor and a ready mentee with a fresh proposal between them, written straight into the
 * database while the core is locked (proposing is the suggestions area's own test), then signed in
 * again. Returns the match's id.
 */
async function addProposal(
  core: Core,
  dataDir: string,
  more: {
    mentorFirstName?: string;
    mentorId?: string;
    menteeId?: string;
    menteeFirstName?: string;
    reference?: string;
  } = {},
): Promise<{ matchId: string; menteeId: string }> {
  const mentor = more.mentorId
    ? { id: more.mentorId }
    : await coreCall<{ id: string }>(core, 'mentors.create', {
        firstName: more.mentorFirstName ?? 'Priya',
        lastName: 'Fictional',
        enquiryDate: day(-300),
      });
  const mentee = more.menteeId
    ? { id: more.menteeId }
    : await coreCall<{ id: string }>(core, 'mentees.create', {
        mentee: {
          firstName: more.menteeFirstName ?? 'Jordan',
          lastName: 'Invented',
          prisonNumber: 'A1234ZZ',
          expectedRelease: day(200),
        },
        referral: { source: 'probation', referredOn: day(-120), notALicenceCondition: true },
        allowDuplicate: true,
      });
  await coreCall(core, 'vault.lock', { reason: 'user' });
  const db = await openRaw(dataDir, ADMIN.username, ADMIN.passphrase);
  const id = randomUUID();
  const at = new Date().toISOString();
  if (!more.mentorId) db.prepare(`UPDATE mentor SET stage = 'ready' WHERE id = ?`).run(mentor.id);
  db.prepare(`UPDATE mentee SET stage = 'ready' WHERE id = ?`).run(mentee.id);
  db.prepare(
    `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
       suggestion_rank, score, explanation, override_reason, mentor_told_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'proposed', ?, ?, 'seed', 1, 74, '{}', '', ?, ?, ?)`,
  ).run(id, more.reference ?? 'X-2026-0001', mentee.id, mentor.id, day(-10), day(-10), day(-10), at, at);
  db.prepare(
    `INSERT INTO match_stage_event (id, match_id, stage, on_date, note, recorded_by, recorded_at)
     VALUES (?, ?, 'proposed', ?, '', 'seed', ?)`,
  ).run(randomUUID(), id, day(-10), at);
  db.close();
  await coreCall(core, 'vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
  return { matchId: id, menteeId: mentee.id };
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as PageGlobals).location.hash = h;
  }, hash);
}

/** Choose from a Mantine Select by its label. */
async function choose(scope: Locator | Page, label: string | RegExp, option: string): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the match workflow', () => {
  test('a proposal walked through both answers, the risk assessment, the meeting and the agreement to active, then the match file', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const { matchId, menteeId } = await addProposal(host.core, host.dataDir);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // The list, in the menu under Service delivery.
    await openScreen(page, 'Matches');
    await heading(page, 'Matches');
    await visible(page.getByRole('link', { name: 'X-2026-0001' }));
    expect(await checkAccessibility(page, 'matches list')).toBeDefined();
    await screenshot(page, 'matches-list');
    await page.getByRole('link', { name: 'X-2026-0001' }).click();

    // The match page: the gate names every step still to do.
    await heading(page, 'Priya Fictional and Jordan Invented');
    const gate = page.getByRole('region', { name: 'What is still needed before the match is active' });
    await visible(gate.getByText('Record the mentor’s agreement to the match.'));
    await visible(gate.getByText('Record the date the mentee signed the agreement.'));
    expect(await gate.getByRole('button', { name: 'Make the match active' }).isDisabled()).toBe(true);
    expect(await checkAccessibility(page, 'match page, proposed')).toBeDefined();
    await screenshot(page, 'match-page-proposed');

    // The mentor answers first; the mentee is asked after.
    await page.getByRole('button', { name: 'Record the mentor’s answer' }).click();
    let dialog = page.getByRole('dialog', { name: 'Priya Fictional’s answer' });
    await visible(dialog);
    expect(await checkAccessibility(page, 'answer modal')).toBeDefined();
    await dialog.getByRole('button', { name: 'Record the agreement' }).click();
    await visible(page.getByText(/^Agreed on/).first());
    // Declining asks for the reason.
    await page.getByRole('button', { name: 'Record the mentee’s answer' }).click();
    dialog = page.getByRole('dialog', { name: 'Jordan Invented’s answer' });
    await dialog.getByRole('radio', { name: 'Declined the match' }).check();
    await visible(dialog.getByText(/Recorded without blame/));
    await screenshot(page, 'match-decline-modal');
    await dialog.getByRole('button', { name: 'Record the decline' }).click();
    await visible(
      dialog.getByText('Say why they declined. It is kept, without blame, for the next suggestion.'),
    );
    await dialog.getByRole('radio', { name: 'Agreed to the match' }).check();
    await dialog.getByRole('button', { name: 'Record the agreement' }).click();
    await visible(page.getByText('Mentee agreed').first());

    // The match risk assessment: a draft, then signed off.
    await page.getByRole('checkbox', { name: 'Meeting on the day of release' }).check();
    await page
      .getByRole('textbox', { name: 'Controls for: Meeting on the day of release' })
      .fill('A lead mentor meets them at the gate too.');
    await choose(page, /Overall level of risk/, 'Low');
    await page.getByRole('textbox', { name: /Assessed by/ }).fill('Morag Testperson');
    await page.getByRole('textbox', { name: /Assessed on/ }).fill(uk(day(-2)));
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('button', { name: 'Sign off the risk assessment' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sign off version 1?' });
    await confirm.getByRole('button', { name: 'Sign off' }).click();
    await visible(page.getByText('Current, signed off'));

    // The three-way meeting: someone from the service, the prison or probation must be there.
    const meeting = page.getByRole('form', { name: 'Three-way matching meeting' });
    await meeting.getByRole('textbox', { name: /Held on/ }).fill(uk(day(-1)));
    await meeting.getByRole('textbox', { name: /^Place/ }).fill('HMP Northmoor visits hall');
    await meeting.getByRole('checkbox', { name: 'Parent or carer' }).check();
    await meeting.getByRole('button', { name: 'Save the meeting' }).click();
    await visible(meeting.getByText(/must attend the meeting/));
    await meeting.getByRole('checkbox', { name: 'Mentoring co-ordinator' }).check();
    for (const point of [
      'What the mentoring service is for',
      'Boundaries, and what happens if they are crossed',
    ])
      await meeting.getByRole('checkbox', { name: point }).check();
    await meeting.getByRole('button', { name: 'Save the meeting' }).click();
    await visible(page.getByText('Points covered (2 of 13)'));

    // The agreement, from the programme's session lengths; then both signatures.
    const agreement = page.getByRole('form', { name: 'Mentoring agreement' });
    await agreement.getByRole('textbox', { name: /Aim of the mentoring/ }).fill('Settle well after release.');
    await agreement
      .getByRole('textbox', { name: /Ground rules/ })
      .fill('Meet only in safe, public places. No money or gifts.');
    await agreement.getByRole('textbox', { name: /Agreed length/ }).fill('6');
    await agreement.getByRole('textbox', { name: /In touch between meetings/ }).fill('1');
    expect(await agreement.getByRole('textbox', { name: /Shortest meeting/ }).inputValue()).toBe('60');
    expect(await checkAccessibility(page, 'match overview with forms')).toBeDefined();
    await agreement.getByRole('button', { name: 'Save the agreement' }).click();
    await visible(page.getByText('Between 60 and 90 minutes'));
    for (const party of ['mentor', 'mentee']) {
      await page.getByRole('button', { name: `Record the ${party}’s signature` }).click();
      const sign = page.getByRole('dialog', { name: /signature on the agreement/ });
      await sign.getByRole('button', { name: 'Record the signature' }).click();
      await sign.waitFor({ state: 'hidden' });
    }

    // Nothing left: activate.
    await visible(gate.getByText('Nothing: both agreed, and everything is signed and recorded.'));
    expect(await checkAccessibility(page, 'match page, ready to activate')).toBeDefined();
    await screenshot(page, 'match-page-gate-met');
    await gate.getByRole('button', { name: 'Make the match active' }).click();
    dialog = page.getByRole('dialog', { name: 'Make the match active' });
    await dialog.getByRole('button', { name: 'Make active' }).click();
    await visible(page.getByText(/Active since/));
    expect(await gate.count()).toBe(0);
    const m = await coreCall<{ stage: string; mentee: { stage: string }; mentor: { stage: string } }>(
      host.core,
      'matches.get',
      { matchId },
    );
    expect([m.stage, m.mentee.stage, m.mentor.stage]).toEqual(['active', 'matched', 'matched']);
    await screenshot(page, 'match-page-active');

    // The match file, printable.
    await page.getByRole('link', { name: 'Match file' }).click();
    await heading(page, 'Match file: Priya Fictional and Jordan Invented');
    await visible(page.getByText('Settle well after release.'));
    await visible(page.getByText('A lead mentor meets them at the gate too.', { exact: false }));
    expect(await checkAccessibility(page, 'match file')).toBeDefined();
    await screenshot(page, 'match-file');

    // The mentee's page links to the match.
    await go(page, `#/assessment/mentees/${menteeId}`);
    await heading(page, 'Jordan Invented');
    await visible(page.getByRole('region', { name: 'Matches' }).getByRole('link', { name: 'X-2026-0001' }));
  });

  test('a decline keeps its reason, and the next proposal for the mentee shows it', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const first = await addProposal(host.core, host.dataDir);
    await coreCall(host.core, 'matches.respond', {
      matchId: first.matchId,
      party: 'mentor',
      answer: 'declined',
      onDate: day(-5),
      reason: 'Cannot take on a mentee until the spring.',
    });
    const second = await addProposal(host.core, host.dataDir, {
      mentorFirstName: 'Sam',
      menteeId: first.menteeId,
      reference: 'X-2026-0002',
    });
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await go(page, `#/service-delivery/matches/${second.matchId}`);
    await heading(page, 'Sam Fictional and Jordan Invented');
    const earlier = page.getByRole('table', { name: 'The mentee’s other matches' });
    await visible(earlier.getByText('Cannot take on a mentee until the spring.'));
    await visible(earlier.getByRole('link', { name: 'X-2026-0001' }));
    expect(await checkAccessibility(page, 'match page with an earlier decline')).toBeDefined();
    await screenshot(page, 'match-page-earlier-decline');
    await earlier.getByRole('link', { name: 'X-2026-0001' }).click();
    await heading(page, 'Priya Fictional and Jordan Invented');
    await visible(page.getByText('Declined by the mentor'));
    await visible(page.getByText(/The mentee stays ready to match/));
  });

  test('a lead mentor sees their cluster’s matches with the mentee’s first name only', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    await buildDemoEstablishments(host.core);
    const lead = {
      displayName: 'Bronwen Fictitious',
      username: 'lead.test',
      passphrase: 'harbour thistle amber 52',
    };
    await buildDemoMentors(host.core, await addAccountThroughCore(host.core, lead, ['lead_mentor']));
    const { items } = await coreCall<{
      items: { id: string; displayName: string; clusterName: string | null }[];
    }>(host.core, 'mentors.list', { pageSize: 200 });
    const fellside = items.find((m) => m.displayName === 'Tobias Example')!;
    const elsewhere = items.find((m) => m.clusterName && m.clusterName !== 'Fellside')!;
    await addProposal(host.core, host.dataDir, { mentorId: fellside.id, menteeFirstName: 'Quinn' });
    await addProposal(host.core, host.dataDir, {
      mentorId: elsewhere.id,
      menteeFirstName: 'Remy',
      reference: 'X-2026-0002',
    });
    await firstSignInThroughCore(host.core, lead);
    await host.open();
    await openScreen(page, 'Matches in my cluster');
    await heading(page, 'Matches in my cluster');
    const table = page.getByRole('table', { name: 'Matches in my cluster' });
    await visible(table.getByRole('cell', { name: 'Quinn', exact: true }));
    expect(await table.getByText('Invented').count()).toBe(0);
    expect(await table.getByText('Remy').count()).toBe(0);
    expect(await checkAccessibility(page, 'matches in my cluster')).toBeDefined();
    await screenshot(page, 'matches-my-cluster');
  });
});
