import type { Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import { insertMentorRaw } from '../../src/main/core/screening/screening.test-support';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, CASEWORKER, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';

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

/** Fill a UK date box by its label. */
async function typeDate(page: Page, label: string | RegExp, date: string): Promise<void> {
  await page.getByRole('textbox', { name: label }).fill(date);
}

async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
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

export { chooseOption, typeDate };
