import type { Page } from 'playwright-core';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  ADMIN,
  CASEWORKER,
  addAccountThroughCore,
  coreCall,
  firstSignInThroughCore,
  heading,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The caseworker's laptop. */
const LAPTOP = { width: 1366, height: 768 };

/** A fictional mentee referred by probation; nobody's caseload. */
async function addMentee(core: Parameters<typeof coreCall>[0]): Promise<string> {
  const m = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: { firstName: 'Jordan', lastName: 'Fictional', prisonNumber: 'A1234ZZ' },
    referral: { source: 'probation', referredOn: '2026-01-12', notALicenceCondition: true },
  });
  return m.id;
}

async function openMentee(page: Page, menteeId: string): Promise<void> {
  await page.evaluate((hash) => {
    (globalThis as unknown as PageGlobals).location.hash = hash;
  }, `#/assessment/mentees/${menteeId}`);
  await visible(page.getByRole('tab', { name: 'Profile' }));
}

const ukDaysAgo = (days: number) => {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

describe('the staff contact log', () => {
  test('a co-ordinator records contacts from the keyboard; bad input is explained; newest first', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const menteeId = await addMentee(host.core);
    await coreCall(host.core, 'contacts.add', {
      menteeId,
      onDate: '2026-01-14',
      withWhom: 'agency',
      method: 'email',
      nature: 'Acknowledged the referral',
      outcome: 'Probation told we will visit within a fortnight.',
    });
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openMentee(page, menteeId);
    await page.getByRole('tab', { name: 'Contact log' }).click();
    await visible(page.getByRole('heading', { name: 'Record a contact' }));
    await visible(page.getByText('Acknowledged the referral'));

    // Keyboard only: the date box, Tab through the choices, type, Enter.
    const date = page.getByRole('textbox', { name: /Date/ });
    await date.focus();
    await page.keyboard.press('Enter');
    await visible(page.getByText('Say what the contact was about.'));
    await date.focus();
    await page.keyboard.type(ukDaysAgo(-3));
    // Date, its calendar button, With, How, then What it was about.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('Visited on the wing');
    await page.keyboard.press('Enter');
    await visible(page.getByText('The date of the contact cannot be in the future.'));

    await date.fill(ukDaysAgo(1));
    await page.getByRole('combobox', { name: /With/ }).selectOption('carer');
    await page.getByRole('combobox', { name: /How/ }).selectOption('phone');
    await page
      .getByRole('textbox', { name: /What it was about/ })
      .fill('Told his mother about the programme');
    await page.getByRole('textbox', { name: 'Outcome' }).fill('She will visit on Saturday.\nLeaflet posted.');
    await page.getByRole('textbox', { name: 'Outcome' }).press('Tab');
    await page.keyboard.press('Enter');
    await visible(page.getByText('Told his mother about the programme'));
    // Ready for the next one: nature cleared, who and how kept.
    expect(await page.getByRole('textbox', { name: /What it was about/ }).inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: /With/ }).inputValue()).toBe('carer');

    const rows = page.getByRole('region', { name: 'Contacts, newest first' }).getByRole('row');
    await visible(rows.nth(2));
    expect(await rows.nth(1).textContent()).toContain('Told his mother about the programme');
    expect(await rows.nth(1).textContent()).toContain(ADMIN.displayName);
    expect(await rows.nth(2).textContent()).toContain('14/01/2026');
    expect(await checkAccessibility(page, 'contact log')).toEqual([]);
    await screenshot(page, 'contact-log');

    // Correct a contact in its dialog.
    await page.getByRole('button', { name: /Correct the contact of 14\/01\/2026/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct a contact' });
    await dialog
      .getByRole('textbox', { name: /What it was about/ })
      .fill('Acknowledged the referral by email');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByText('Acknowledged the referral by email'));
  });

  test('a caseworker sees no contact log for a mentee outside their caseload', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const menteeId = await addMentee(host.core);
    await addAccountThroughCore(host.core, CASEWORKER, CASEWORKER.roles);
    await firstSignInThroughCore(host.core, CASEWORKER);
    const refused = await host.core.call('contacts.list', { menteeId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await host.open();
    await heading(page, `Welcome, ${CASEWORKER.displayName}`);
    await openMentee(page, menteeId);
    expect(await page.getByRole('tab', { name: 'Contact log' }).count()).toBe(0);
  });
});
