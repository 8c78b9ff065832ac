import type { Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import type { TrainingSessionDetail } from '../../src/shared/contract/training';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  CASEWORKER,
  coreCall,
  firstSignInThroughCore,
  heading,
  nav,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 900 };

const COORDINATOR = {
  displayName: 'Aled Coordinator',
  username: 'coordinator.test',
  passphrase: 'meadow lantern copper 71',
};

/** Fictional volunteers. */
const MENTORS = [
  ['Priya', 'Ashdown'],
  ['Tom', 'Beckett'],
  ['Grace', 'Okonjo'],
  ['Wyn', 'Pritchard'],
] as const;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Through the core: set up, add a co-ordinator, sign in as them, and record four enquiries. */
async function asCoordinatorWithMentors(host: BrowserHost): Promise<Map<string, string>> {
  const { core } = host;
  await setUpThroughCore(core);
  await addAccountThroughCore(core, COORDINATOR, ['coordinator']);
  await firstSignInThroughCore(core, COORDINATOR);
  const ids = new Map<string, string>();
  for (const [firstName, lastName] of MENTORS) {
    const made = await coreCall<{ id: string }>(core, 'mentors.create', {
      firstName,
      lastName,
      enquiryDate: day(-60),
    });
    ids.set(`${firstName} ${lastName}`, made.id);
  }
  await host.open();
  return ids;
}

const LEAD = {
  displayName: 'Lowri Lead',
  username: 'lead.test',
  passphrase: 'harbour thistle amber 52',
};

const statusBox = (page: Page, name: string) => page.getByLabel(`Status of ${name}`);

describe('training (the register)', () => {
  test('a co-ordinator plans a session, invites mentors, takes the register by keyboard and adds an evaluation', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    const mentorIds = await asCoordinatorWithMentors(host);
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    await openScreen(page, 'Training register');
    await visible(page.getByText('No sessions are planned.'));
    expect(await checkAccessibility(page, 'training register, empty')).toBeDefined();

    // A new session with only five weeks' notice: the warning shows as the dates are typed.
    await page.getByRole('button', { name: 'New session' }).click();
    await visible(page.getByRole('dialog', { name: 'New training session' }));
    // The course box has the focus when the form opens: the arrow key opens its list.
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Initial mentor training' }).click();
    await page.getByRole('textbox', { name: /^Date/ }).fill(formatUkDate(day(35)));
    await page.getByRole('textbox', { name: /^Venue/ }).fill('Riverside Community Centre');
    await page.getByRole('textbox', { name: /^Trainers/ }).fill('Jo Trainer, Sam Guest');
    await visible(page.getByText(/5 weeks’ notice of this session/));
    await page.getByRole('textbox', { name: /^Places/ }).fill('10');
    await visible(page.getByText(/Room for 10/));
    expect(await checkAccessibility(page, 'new training session')).toBeDefined();
    await screenshot(page, 'training-session-new');
    await page.getByRole('textbox', { name: /^Places/ }).fill('14');
    await page.getByRole('button', { name: 'Add session' }).click();
    await heading(page, /^Initial mentor training, /);
    await visible(page.getByText(/5 weeks’ notice/));

    // Invite three of the four.
    await page.getByRole('button', { name: 'Invite mentors' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite mentors' });
    await visible(invite.getByText('Wyn Pritchard'));
    for (const name of ['Priya Ashdown', 'Tom Beckett', 'Grace Okonjo'])
      await invite.getByRole('checkbox', { name }).check();
    expect(await checkAccessibility(page, 'invite mentors')).toBeDefined();
    await invite.getByRole('button', { name: 'Invite 3' }).click();
    await visible(statusBox(page, 'Grace Okonjo'));

    // Replies by keyboard before the day: two are coming (arrow key on the status). Who attended
    // cannot be recorded yet, so the register offers only replies and says when it can.
    for (const name of ['Priya Ashdown', 'Tom Beckett']) {
      await statusBox(page, name).focus();
      await page.keyboard.press('ArrowDown'); // Invited → Coming
      await expect.poll(() => statusBox(page, name).inputValue()).toBe('accepted');
    }
    await visible(page.getByText(`Who attended can be recorded from ${formatUkDate(day(35))}`));
    expect(await statusBox(page, 'Priya Ashdown').locator('option').allTextContents()).toEqual([
      'Invited',
      'Coming',
      'Cannot come',
    ]);
    expect(await page.getByRole('button', { name: /Mark all coming as attended/ }).count()).toBe(0);
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    expect(await checkAccessibility(page, 'training session, still to come')).toBeDefined();
    await screenshot(page, 'training-session-register-to-come');

    // The session is moved to today, announced six weeks ago (Edit session): now the register is
    // taken. Everyone coming is marked as attended at once, then one person's hours are shortened.
    await page.getByRole('button', { name: 'Edit session' }).click();
    const edit = page.getByRole('dialog', { name: 'Change the session' });
    await edit.getByRole('textbox', { name: /^Date/ }).fill(formatUkDate(day(0)));
    await edit.getByRole('textbox', { name: /^Announced on/ }).fill(formatUkDate(day(-42)));
    await edit.getByRole('button', { name: 'Save session' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await heading(page, new RegExp(`^Initial mentor training, \\w{3} ${formatUkDate(day(0))}$`));
    expect(await page.getByText(/Who attended can be recorded from/).count()).toBe(0);
    await page.getByRole('button', { name: /Mark all coming as attended/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusBox(page, 'Tom Beckett').inputValue()).toBe('attended');
    const hours = page.getByLabel('Hours Tom Beckett attended');
    await visible(hours);
    await hours.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('4.5');
    await page.keyboard.press('Tab');
    const sessionId = page.url().split('/').pop()!;
    await expect
      .poll(async () => {
        const s = await coreCall<TrainingSessionDetail>(core, 'training.session', { id: sessionId });
        return s.register.map((r) => [r.name, r.status, r.hoursAttended]);
      })
      .toEqual([
        ['Priya Ashdown', 'attended', 6],
        ['Tom Beckett', 'attended', 4.5],
        ['Grace Okonjo', 'invited', null],
      ]);

    // Observations, kept for selection.
    await page.getByRole('button', { name: 'Observations about Grace Okonjo' }).click();
    const observations = page.getByRole('dialog', { name: 'Observations: Grace Okonjo' });
    await observations
      .getByRole('textbox', { name: 'Observations' })
      .fill('Asked thoughtful questions about boundaries.');
    await observations.getByRole('button', { name: 'Save observations' }).click();
    await visible(page.getByText('Asked thoughtful questions about boundaries.'));

    // An anonymous evaluation.
    await page.getByRole('button', { name: 'Add an evaluation' }).click();
    const evaluation = page.getByRole('dialog', { name: 'Add an evaluation' });
    await evaluation.getByRole('button', { name: 'Add evaluation' }).click();
    await visible(evaluation.getByText('Choose a rating from 1 to 5.'));
    // The stars are radio buttons: reachable and chosen by keyboard.
    await evaluation.getByRole('radio', { name: '4', exact: true }).focus();
    await page.keyboard.press('Space');
    await evaluation.getByRole('textbox', { name: 'Comments' }).fill('The role play helped most.');
    await evaluation.getByRole('button', { name: 'Add evaluation' }).click();
    await visible(page.getByText('Average rating 4 out of 5, from 1 evaluation.'));

    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Let the saved notices go, so the picture shows the register rather than a toast over it.
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    expect(await checkAccessibility(page, 'training session')).toBeDefined();
    await screenshot(page, 'training-session-register');

    // The register list shows it, with its counts.
    await page.getByRole('link', { name: 'Training register' }).first().click();
    await heading(page, 'Training register');
    const row = page.locator('tbody tr[data-row]').first();
    await visible(row.getByText('Initial mentor training'));
    expect(await row.innerText()).toMatch(/3 \/ 14/);
    expect(await checkAccessibility(page, 'training register')).toBeDefined();
    await screenshot(page, 'training-register');

    // Courses, with the manual's topics.
    await openScreen(page, 'Courses');
    await visible(page.getByText(/Boundaries/));
    expect(await checkAccessibility(page, 'courses')).toBeDefined();
    await screenshot(page, 'training-courses');

    // The mentor's own training tab: hours against the threshold, sessions, and a waiting list.
    await page.evaluate((id) => {
      (globalThis as unknown as PageGlobals).location.hash = `#/service-development/mentors/${id}`;
    }, mentorIds.get('Tom Beckett')!);
    await heading(page, 'Tom Beckett');
    await page.getByRole('tab', { name: 'Training' }).click();
    await visible(page.getByText('4.5 hours of 12 hours'));
    await page.getByRole('button', { name: 'Add to a waiting list' }).click();
    const waiting = page.getByRole('dialog', { name: 'Add to a waiting list' });
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Ongoing training' }).click();
    await waiting.getByRole('textbox', { name: 'Why they cannot come yet' }).fill('Works shifts at weekends');
    await waiting.getByRole('button', { name: 'Add to waiting list' }).click();
    await visible(page.getByText(/Ongoing training: waiting since/));
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    expect(await checkAccessibility(page, 'mentor training tab')).toBeDefined();
    await screenshot(page, 'training-mentor-tab');

    // Someone who has left is not offered training: their tab says so rather than offering a list.
    const wyn = mentorIds.get('Wyn Pritchard')!;
    await coreCall(core, 'mentors.moveStage', {
      id: wyn,
      stage: 'left',
      on: day(0),
      leftReason: 'Moved out of the area',
    });
    await page.evaluate((id) => {
      (globalThis as unknown as PageGlobals).location.hash = `#/service-development/mentors/${id}`;
    }, wyn);
    await heading(page, 'Wyn Pritchard');
    await page.getByRole('tab', { name: 'Training' }).click();
    await visible(page.getByText('Has left the programme, so is not offered training places.'));
    expect(await page.getByRole('button', { name: 'Add to a waiting list' }).count()).toBe(0);
    await screenshot(page, 'training-mentor-tab-left');
  });

  test('a lead mentor reads the register for their cluster only, without observations or controls', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    const accountOf = async (person: typeof COORDINATOR, roles: string[]) =>
      (
        await coreCall<{ id: string }>(core, 'accounts.create', {
          displayName: person.displayName,
          username: person.username,
          roles,
          temporaryPassphrase: CASEWORKER.temporary,
        })
      ).id;
    await accountOf(COORDINATOR, ['coordinator']);
    const leadAccount = await accountOf(LEAD, ['lead_mentor']);
    const become = async (person: typeof COORDINATOR) => {
      await coreCall(core, 'vault.lock', { reason: 'user' });
      await coreCall(core, 'vault.unlock', { username: person.username, passphrase: CASEWORKER.temporary });
      await coreCall(core, 'vault.changePassphrase', {
        currentPassphrase: CASEWORKER.temporary,
        newPassphrase: person.passphrase,
      });
    };
    await become(COORDINATOR);
    const region = await coreCall<{ id: string }>(core, 'establishments.saveRegion', { name: 'North West' });
    const cluster = async (name: string) =>
      (await coreCall<{ id: string }>(core, 'establishments.saveCluster', { name, regionId: region.id })).id;
    const fellside = await cluster('Fellside');
    const coastal = await cluster('Coastal');
    const mentor = async (
      firstName: string,
      lastName: string,
      clusterId: string,
      accountId: string | null = null,
    ) => {
      const { id } = await coreCall<{ id: string }>(core, 'mentors.create', {
        firstName,
        lastName,
        enquiryDate: day(-90),
      });
      await coreCall(core, 'mentors.setLeadMentor', { id, isLeadMentor: !!accountId, clusterId, accountId });
      return id;
    };
    await mentor('Lowri', 'Lead', fellside, leadAccount);
    const inCluster = await mentor('Priya', 'Ashdown', fellside);
    const elsewhere = await mentor('Tom', 'Beckett', coastal);
    const courses = await coreCall<{ id: string; kind: string }[]>(core, 'training.courses');
    const { session } = await coreCall<{ session: { id: string } }>(core, 'training.saveSession', {
      courseId: courses.find((c) => c.kind === 'initial')!.id,
      heldOn: day(-7),
      startTime: '10:00',
      hours: 6,
      venue: 'Riverside Community Centre',
      capacity: 14,
      announcedOn: day(-60),
    });
    await coreCall(core, 'training.invite', { sessionId: session.id, mentorIds: [inCluster, elsewhere] });
    for (const mentorId of [inCluster, elsewhere])
      await coreCall(core, 'training.setAttendance', {
        sessionId: session.id,
        mentorId,
        status: 'attended',
        observations: 'Needs support with boundaries.',
      });
    await become(LEAD);
    await host.open();
    await heading(page, `Welcome, ${LEAD.displayName}`);

    await openScreen(page, 'Training register');
    expect(await nav(page).getByRole('link', { name: 'Courses' }).count()).toBe(0);
    await page.getByText('Past', { exact: true }).click();
    await page.locator('tbody tr[data-row] a').first().click();
    await heading(page, /^Initial mentor training, /);
    await visible(page.getByRole('rowheader', { name: 'Priya Ashdown' }));
    expect(await page.getByText('Tom Beckett').count()).toBe(0);
    expect(await page.getByText('Needs support with boundaries.').count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Observations' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Invite mentors' }).count()).toBe(0);
    expect(await page.getByLabel('Status of Priya Ashdown').count()).toBe(0);
    expect(await checkAccessibility(page, 'training session, lead mentor')).toBeDefined();
    await screenshot(page, 'training-session-lead-mentor');
  });
});
