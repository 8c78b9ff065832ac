import type { Locator, Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import { insertMentorRaw } from '../../src/main/core/screening/screening.test-support';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, CASEWORKER, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemo, DEMO_STAFF } from '../host/demo';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

/** Fictional mentors, written straight into the test's data folder (the mentors area owns the record). */
const addMentor = (host: BrowserHost, firstName: string, lastName = 'Example') =>
  insertMentorRaw(
    { dir: host.dataDir, username: ADMIN.username, passphrase: ADMIN.passphrase },
    { firstName, lastName },
  );

const EQUAL = { ageBand: '45_54', gender: 'woman', ethnicity: 'Caribbean', disability: 'no' };

/** Set up (the administrator is also a co-ordinator), with some mentors and their equality answers. */
async function withMentors(host: BrowserHost): Promise<string> {
  await setUpThroughCore(host.core);
  const first = await addMentor(host, 'Priya', 'Fictional');
  for (let i = 0; i < 8; i++) {
    const id = i === 0 ? first : await addMentor(host, `Mentor${i}`);
    await coreCall(host.core, 'screening.saveEquality', { mentorId: id, ...EQUAL });
  }
  for (let i = 0; i < 6; i++)
    await coreCall(host.core, 'screening.saveEquality', {
      mentorId: await addMentor(host, `Next${i}`),
      ageBand: '55_64',
      gender: 'man',
      ethnicity: 'Indian',
      disability: 'yes',
    });
  for (let i = 0; i < 3; i++)
    await coreCall(host.core, 'screening.saveEquality', {
      mentorId: await addMentor(host, `Other${i}`),
      ageBand: '25_34',
      gender: 'man',
      ethnicity: 'Any other White background',
      disability: 'prefer_not_to_say',
    });
  return first;
}

/** Choose from a Mantine Select by its label, as a mouse user would. */
async function choose(scope: Locator, label: string | RegExp, option: string | RegExp): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

/** The open modal (a dialog named by its title). */
const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

/** The label (or text) of whatever has keyboard focus. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as PageGlobals).document;
    const el = doc.activeElement;
    if (!el) return '';
    const label = el.id ? doc.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s*\*$/, '').trim();
  });

/** Open a mentor's record at a tab through the address bar, as a link from the list would. */
async function openMentorTab(page: Page, mentorId: string, tab: string, tabName: string): Promise<void> {
  await page.evaluate((hash) => {
    (globalThis as unknown as PageGlobals).location.hash = hash;
  }, `#/service-development/mentors/${mentorId}?tab=${tab}`);
  await visible(page.getByRole('tab', { name: tabName, selected: true }));
}

describe('screening lists and the equality profile (service development)', () => {
  test('a co-ordinator edits the person specification and reads the exact profile; a regional manager sees small numbers hidden', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await withMentors(host);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    await openScreen(page, 'Person specification');
    await visible(page.getByText('Listens without judging and respects confidentiality'));
    await visible(page.getByText('Views that contradict the ethos of the service'));
    await visible(page.getByText('Why do you want to mentor people leaving prison?'));
    await page.getByRole('button', { name: 'Add a quality' }).click();
    await page.getByRole('textbox', { name: 'Quality' }).fill('Patient when progress is slow');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText('Patient when progress is slow'));
    await page.getByRole('button', { name: 'Move up: Patient when progress is slow' }).click();
    const qualities = page.getByRole('region', { name: 'Qualities we look for' }).getByRole('listitem');
    await expect
      .poll(async () => (await qualities.allInnerTexts()).findIndex((t) => t.includes('Patient')))
      .toBe(4);
    expect(await checkAccessibility(page, 'person specification')).toBeDefined();
    await screenshot(page, 'screening-person-specification');

    await openScreen(page, 'Equality of recruitment');
    await visible(page.getByText('You see exact numbers.'));
    const ages = page.getByRole('region', { name: 'Age band' });
    await visible(ages.getByRole('row', { name: /45 to 54\s+8\s+8/ }));
    // 3 is under 5: hidden from others (the co-ordinator sees both columns); and the 6 with it,
    // or the total would give the 3 back.
    await visible(ages.getByRole('row', { name: /25 to 34\s+3\s+Fewer than 5/ }));
    await visible(ages.getByRole('row', { name: /55 to 64\s+6\s+Not shown/ }));
    expect(await checkAccessibility(page, 'equality of recruitment')).toBeDefined();
    await screenshot(page, 'screening-equality-coordinator');

    // A regional manager: aggregates only, small numbers hidden, no exact column.
    await coreCall(host.core, 'accounts.create', {
      displayName: 'Rhian Regional',
      username: 'regional.test',
      roles: ['regional_manager'],
      temporaryPassphrase: CASEWORKER.temporary,
    });
    await coreCall(host.core, 'vault.lock', { reason: 'user' });
    await coreCall(host.core, 'vault.unlock', {
      username: 'regional.test',
      passphrase: CASEWORKER.temporary,
    });
    await coreCall(host.core, 'vault.changePassphrase', {
      currentPassphrase: CASEWORKER.temporary,
      newPassphrase: CASEWORKER.passphrase,
    });
    await host.open();
    await heading(page, 'Welcome, Rhian Regional');
    await openScreen(page, 'Equality of recruitment');
    await visible(page.getByText(/so that nobody can be picked out/));
    const seen = page.getByRole('region', { name: 'Age band' });
    await visible(seen.getByRole('row', { name: /25 to 34\s+Fewer than 5/ }));
    await visible(seen.getByRole('row', { name: /45 to 54\s+8/ }));
    expect(await seen.getByRole('columnheader', { name: 'Shown to others' }).count()).toBe(0);
    expect(await checkAccessibility(page, 'equality of recruitment, regional')).toBeDefined();
    await screenshot(page, 'screening-equality-regional');
  });
});

describe('a mentor’s screening, clearance and equality tabs', () => {
  test('a co-ordinator records two references, a DBS check, an interview and a decision, then clearance and equality answers', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    await buildDemoEstablishments(core);
    const mentor = await coreCall<{ id: string }>(core, 'mentors.create', {
      firstName: 'Priya',
      lastName: 'Fictional',
      enquiryDate: '2026-01-05',
    });
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openMentorTab(page, mentor.id, 'screening', 'Screening');
    await visible(page.getByText('No references recorded yet.'));

    // By keyboard: the button opens the form with focus in its first box; Escape closes an
    // untouched form and puts focus back on the button.
    await page.getByRole('button', { name: 'Record a reference' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page)).toBe('Referee’s name');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => focusedLabel(page)).toBe('Record a reference');

    // First reference: satisfactory.
    await page.getByRole('button', { name: 'Record a reference' }).click();
    let modal = dialog(page, 'Record a reference');
    await modal.getByRole('textbox', { name: 'Referee’s name' }).fill('Jo Employer');
    await modal.getByRole('textbox', { name: 'Requested on' }).fill('06/01/2026');
    await modal.getByRole('textbox', { name: 'Received on' }).fill('20/01/2026');
    await modal.getByRole('radio', { name: 'Satisfactory', exact: true }).check();
    await modal.getByRole('button', { name: 'Save reference' }).click();
    await visible(page.getByRole('article', { name: 'Jo Employer' }));

    // Second: concerns need how they were addressed, said on the field.
    await page.getByRole('button', { name: 'Record a reference' }).click();
    modal = dialog(page, 'Record a reference');
    await modal.getByRole('textbox', { name: 'Referee’s name' }).fill('Kim Tutor');
    await choose(modal, 'How the referee knows them', 'Educational (tutor or teacher)');
    await modal.getByRole('textbox', { name: 'Received on' }).fill('22/01/2026');
    await modal.getByRole('radio', { name: 'Satisfactory', exact: true }).check();
    await modal.getByRole('textbox', { name: 'Concerns raised' }).fill('Missed two classes without notice.');
    await modal.getByRole('button', { name: 'Save reference' }).click();
    await visible(modal.getByText('Say how the concerns were addressed.'));
    expect(await checkAccessibility(page, 'reference form with an error')).toBeDefined();
    await modal
      .getByLabel('How the concerns were addressed')
      .fill('Talked it through at interview: a family illness.');
    await modal.getByRole('button', { name: 'Save reference' }).click();
    await visible(page.getByRole('article', { name: 'Kim Tutor' }));
    await visible(page.getByText('Two satisfactory references are needed: 2 so far.'));

    // An enhanced DBS check: the certificate number is checked, renewal worked out from the settings.
    await page.getByRole('button', { name: 'Record a DBS check' }).click();
    modal = dialog(page, 'Record a DBS check');
    await choose(modal, 'What the check showed', 'No information disclosed');
    await modal.getByRole('textbox', { name: 'Certificate number' }).fill('0012 3456');
    await modal.getByRole('textbox', { name: 'Issue date' }).fill('15/01/2026');
    await modal.getByRole('button', { name: 'Save DBS check' }).click();
    await visible(modal.getByText(/A DBS certificate number is 12 digits/));
    await modal.getByRole('textbox', { name: 'Certificate number' }).fill('0012 3456 7890');
    await modal.getByRole('button', { name: 'Save DBS check' }).click();
    const check = page.getByRole('article', { name: 'Certificate 001234567890' });
    await visible(check.getByText('In date'));
    await visible(check.getByText('15/01/2029'));

    // The interview, with the person specification beside the questions.
    await page.getByRole('button', { name: 'Record an interview' }).click();
    modal = dialog(page, 'Record an interview');
    await visible(modal.getByRole('complementary', { name: 'Person specification' }));
    await modal.getByRole('textbox', { name: 'Held on' }).fill('01/02/2026');
    await modal.getByRole('textbox', { name: 'Panel', exact: true }).fill('Co-ordinator and a lead mentor');
    const covered = modal.getByRole('checkbox', { name: 'Covered' });
    for (let i = 0; i < (await covered.count()); i++) await covered.nth(i).check();
    await modal.getByRole('textbox', { name: 'Notes on question 1' }).fill('Clear, grounded reasons.');
    await choose(modal, 'Outcome', 'Passed');
    // The top of the form, where the person specification sits beside the first questions.
    await modal.getByRole('textbox', { name: 'Held on' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'screening-interview-form');
    expect(await checkAccessibility(page, 'interview form')).toBeDefined();
    await modal.getByRole('button', { name: 'Save interview' }).click();
    await visible(page.getByRole('article', { name: 'Interview on 01/02/2026' }).getByText('7 of 7'));

    // The decision: not selected needs reasons; approved with a trial period needs a review date.
    await page.getByRole('button', { name: 'Record a decision' }).click();
    modal = dialog(page, 'Record a decision');
    await visible(modal.getByText('Reasons to screen out'));
    await modal.getByRole('radio', { name: 'Approved as a mentor' }).check();
    await modal.getByRole('textbox', { name: 'Decided on' }).fill('10/02/2026');
    await modal.getByRole('checkbox', { name: 'Approved for a trial period' }).check();
    await modal.getByRole('button', { name: 'Save decision' }).click();
    await visible(modal.getByText('Enter when the trial period will be reviewed.'));
    await modal.getByRole('textbox', { name: 'Trial review due' }).fill('10/05/2026');
    await modal.getByRole('button', { name: 'Save decision' }).click();
    await visible(page.getByRole('article', { name: 'Approved as a mentor on 10/02/2026' }));
    expect(await checkAccessibility(page, 'screening tab')).toBeDefined();
    await screenshot(page, 'screening-tab');

    const saved = await coreCall<{
      references: unknown[];
      dbsChecks: unknown[];
      interviews: unknown[];
      decisions: unknown[];
    }>(core, 'screening.forMentor', { mentorId: mentor.id });
    expect(
      [saved.references, saved.dbsChecks, saved.interviews, saved.decisions].map((l) => l.length),
    ).toEqual([2, 1, 1, 1]);

    // Prison clearance at one establishment.
    await page.getByRole('tab', { name: 'Prison clearance' }).click();
    await page.getByRole('button', { name: 'Add clearance at an establishment' }).click();
    modal = dialog(page, 'Add clearance at an establishment');
    await choose(modal, 'Establishment', 'HMP Fellgate');
    await choose(modal, 'Status', 'Cleared');
    await modal.getByRole('textbox', { name: 'Forms submitted on' }).fill('12/02/2026');
    await modal.getByRole('textbox', { name: 'Forms checked by' }).fill('Lee Lead');
    await modal.getByRole('textbox', { name: 'ID seen on' }).fill('12/02/2026');
    await modal.getByRole('textbox', { name: 'Security awareness session on' }).fill('20/02/2026');
    await modal.getByRole('button', { name: 'Save clearance' }).click();
    await visible(modal.getByText('Enter the date they were cleared.'));
    await modal.getByRole('textbox', { name: 'Cleared on' }).fill('01/03/2026');
    await modal.getByRole('textbox', { name: 'Expires on' }).fill('01/03/2027');
    await modal.getByRole('button', { name: 'Save clearance' }).click();
    await visible(page.getByRole('row', { name: /HMP Fellgate\s+Cleared/ }));
    expect(await checkAccessibility(page, 'clearance tab')).toBeDefined();
    await screenshot(page, 'screening-clearance-tab');

    // Equality monitoring, kept apart.
    await page.getByRole('tab', { name: 'Equality monitoring' }).click();
    const form = page.getByRole('form', { name: 'Equality monitoring answers' });
    await visible(form.getByText('Not answered yet.'));
    await choose(form, 'Age band', '45 to 54');
    await choose(form, 'Gender', 'Prefer not to say');
    await choose(form, 'Ethnic group', 'Indian');
    await choose(form, 'Do they consider themselves disabled?', 'No');
    await form.getByRole('button', { name: 'Save equality answers' }).click();
    await visible(form.getByText(/^Answered on/));
    expect(await checkAccessibility(page, 'equality tab')).toBeDefined();
    await screenshot(page, 'screening-equality-tab');
  });
});

describe('a lead mentor and prison clearance', () => {
  test('records clearance paperwork for a mentor in their cluster, and sees no screening or equality tabs', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await buildDemo(core);
    const lead = DEMO_STAFF.find((a) => a.username === 'demo.leadmentor')!;
    await coreCall(core, 'vault.unlock', { username: lead.username, passphrase: lead.passphrase });
    const { items } = await coreCall<{
      items: { id: string; displayName: string; clusterName: string | null; isLeadMentor: boolean }[];
    }>(core, 'mentors.list', { pageSize: 200 });
    // The scope hook gives a lead mentor only their own cluster's mentors.
    expect(new Set(items.map((m) => m.clusterName))).toEqual(new Set(['Fellside']));
    const mentor = items.find((m) => !m.isLeadMentor)!;
    const before = await coreCall<{ items: { establishmentName: string }[] }>(core, 'screening.clearances', {
      mentorId: mentor.id,
    });
    await host.open();
    await heading(page, `Welcome, ${lead.displayName}`);
    await openMentorTab(page, mentor.id, 'clearance', 'Prison clearance');
    expect(await page.getByRole('tab', { name: 'Screening' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Equality monitoring' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Add clearance at an establishment' }).click();
    const modal = dialog(page, 'Add clearance at an establishment');
    await modal.locator('input').and(modal.getByLabel('Establishment')).click();
    const options = page.getByRole('option');
    const place = (await options.first().innerText()).trim();
    await options.first().click();
    await choose(modal, 'Status', 'Forms submitted');
    await modal.getByRole('textbox', { name: 'Forms submitted on' }).fill('02/11/2026');
    await modal.getByRole('textbox', { name: 'Forms checked by' }).fill(lead.displayName);
    await modal.getByRole('textbox', { name: 'ID seen on' }).fill('02/11/2026');
    await modal.getByRole('button', { name: 'Save clearance' }).click();
    await visible(page.getByRole('row', { name: new RegExp(`${place}\\s+Forms submitted`) }));
    const after = await coreCall<{ items: unknown[] }>(core, 'screening.clearances', { mentorId: mentor.id });
    expect(after.items.length).toBe(before.items.length + 1);
    expect(await checkAccessibility(page, 'clearance tab, lead mentor')).toBeDefined();
    await screenshot(page, 'screening-clearance-lead-mentor');
  });
});

describe('DBS renewal on the screening tab', () => {
  test('a demo mentor whose check is nearly due shows the warning point reached', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await buildDemo(core);
    const coordinator = DEMO_STAFF.find((a) => a.username === 'demo.coordinator')!;
    await coreCall(core, 'vault.unlock', {
      username: coordinator.username,
      passphrase: coordinator.passphrase,
    });
    const { items } = await coreCall<{ items: { id: string }[] }>(core, 'mentors.list', { pageSize: 200 });
    type Renewal = {
      certificateNumber: string;
      renewal: { level: string; within: number | null; daysLeft: number };
    };
    let due: { id: string; check: Renewal } | undefined;
    for (const m of items) {
      const { dbsChecks } = await coreCall<{ dbsChecks: Renewal[] }>(core, 'screening.forMentor', {
        mentorId: m.id,
      });
      const check = dbsChecks.find((c) => c.renewal.level === 'due');
      if (check) {
        due = { id: m.id, check };
        break;
      }
    }
    expect(due, 'the demo has a DBS check nearing renewal').toBeDefined();
    await host.open();
    await heading(page, `Welcome, ${coordinator.displayName}`);
    await openMentorTab(page, due!.id, 'screening', 'Screening');
    const { within, daysLeft } = due!.check.renewal;
    await visible(
      page
        .getByRole('article', { name: `Certificate ${due!.check.certificateNumber}` })
        .getByText(`Renewal due within ${within} days (${daysLeft} day${daysLeft === 1 ? '' : 's'} left)`),
    );
    expect(await checkAccessibility(page, 'screening tab, renewal due')).toBeDefined();
    await screenshot(page, 'screening-renewal-due');
  });
});
