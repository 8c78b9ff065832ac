import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { checkAccessibility, screenshot } from './support/a11y';
import { CASEWORKER, coreCall, heading, nav, setUpThroughCore, visible } from './support/app';
import { describe, expect, SCREENSHOT_DIR, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

const COORDINATOR = {
  displayName: 'Aled Coordinator',
  username: 'coordinator.test',
  passphrase: 'meadow lantern copper 71',
};

/**
 * Through the core: set up, add a co-ordinator and a caseworker, then sign in as `who` with the
 * temporary passphrase changed, and (as the co-ordinator) build the demo region, clusters and places.
 */
async function signedInAs(host: BrowserHost, who: 'coordinator' | 'caseworker'): Promise<void> {
  const { core } = host;
  await setUpThroughCore(core);
  for (const [person, roles] of [
    [COORDINATOR, ['coordinator']],
    [CASEWORKER, ['caseworker']],
  ] as const)
    await coreCall(core, 'accounts.create', {
      displayName: person.displayName,
      username: person.username,
      roles,
      temporaryPassphrase: CASEWORKER.temporary,
    });
  const become = async (person: { username: string; passphrase: string }) => {
    await coreCall(core, 'vault.lock', { reason: 'user' });
    await coreCall(core, 'vault.unlock', { username: person.username, passphrase: CASEWORKER.temporary });
    await coreCall(core, 'vault.changePassphrase', {
      currentPassphrase: CASEWORKER.temporary,
      newPassphrase: person.passphrase,
    });
  };
  await become(COORDINATOR);
  await buildDemoEstablishments(core);
  if (who === 'caseworker') await become(CASEWORKER);
  await host.open();
}

const headingHasFocus = (page: Page) =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as PageGlobals).document;
    return doc.activeElement !== null && doc.activeElement === doc.querySelector('h1');
  });

/** Press Tab until the focused element's text (or label) matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const doc = (globalThis as unknown as PageGlobals).document;
      const el = doc.activeElement;
      if (!el) return '';
      const labelled = el.id ? doc.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return `${labelled ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.trim();
    });
    if (text.test(label)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('establishments (service development)', () => {
  test('a co-ordinator adds one by keyboard, finds it, opens it, changes it and archives it', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAs(host, 'coordinator');
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    await nav(page).getByRole('link', { name: 'Establishments' }).click();
    await heading(page, 'Establishments');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).location.hash)).toBe(
      '#/service-development/establishments',
    );
    // Focus is on the page heading after navigating.
    expect(await headingHasFocus(page)).toBe(true);
    await visible(page.getByRole('link', { name: 'HMP Fellgate' }));
    expect(await checkAccessibility(page, 'establishments list')).toBeDefined();
    await screenshot(page, 'establishments-list');

    // Sorting by town, by keyboard.
    await page.getByRole('button', { name: /^Town/ }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('columnheader', { name: /^Town/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    await screenshot(page, 'establishments-focus');

    // Add one, by keyboard alone.
    await page.getByRole('link', { name: 'Add an establishment' }).focus();
    await page.keyboard.press('Enter');
    await heading(page, 'Add an establishment');
    // Saving empty says what is wrong, in words, on the fields.
    await page.getByRole('button', { name: 'Add establishment' }).focus();
    await page.keyboard.press('Enter');
    await visible(page.getByText('Enter the establishment’s name.'));
    await visible(page.getByText('Choose the kind of place.'));
    await page.getByRole('textbox', { name: /^Name/ }).focus();
    await page.keyboard.type('HMP Testbridge');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // the first kind: Prison
    await tabTo(page, /^Town or city/);
    await page.keyboard.type('Testbury');
    await page.keyboard.press('Tab');
    await page.keyboard.type('zz1 1zz'); // a made-up postcode shape; upper-cased by the schema
    await tabTo(page, /^Visiting arrangements/);
    await page.keyboard.type('Weekdays 2pm to 4pm.');
    expect(await checkAccessibility(page, 'add establishment')).toBeDefined();
    await tabTo(page, /^Add establishment$/);
    await page.keyboard.press('Enter');
    await heading(page, 'HMP Testbridge');
    await visible(page.getByText('ZZ1 1ZZ'));

    // Find it by search.
    await page.getByRole('link', { name: 'All establishments' }).click();
    await heading(page, 'Establishments');
    await page.getByLabel('Search').fill('testbr');
    await expect.poll(() => page.locator('tbody tr[data-row]').count()).toBe(1);
    await page.getByRole('link', { name: 'HMP Testbridge' }).click();
    await heading(page, 'HMP Testbridge');
    await visible(page.getByText('Weekdays 2pm to 4pm.'));

    // Open a full demo record for the detail screenshot and its accessibility.
    await page.goBack();
    await heading(page, 'Establishments');
    // Back keeps the search in the address and the box.
    expect(await page.getByLabel('Search').inputValue()).toBe('testbr');
    await page.getByLabel('Search').fill('');
    await page.getByRole('link', { name: 'HMP Fellgate' }).click();
    await heading(page, 'HMP Fellgate');
    await visible(page.getByRole('heading', { name: 'Security department contact' }));
    expect(await checkAccessibility(page, 'establishment detail')).toBeDefined();
    await screenshot(page, 'establishment-detail');
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading(page, 'Change HMP Fellgate');
    expect(await checkAccessibility(page, 'edit establishment')).toBeDefined();
    await screenshot(page, 'establishment-edit');
    // What the window shows (a full-page capture draws the sticky Save bar mid-page).
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'establishment-edit-window.png') });

    // Leaving a changed form asks first; "Stay" keeps the change.
    await page.getByLabel('Town or city').fill('Elsewhere');
    await nav(page).getByRole('link', { name: 'Establishments' }).click();
    await visible(page.getByRole('dialog', { name: 'Leave without saving?' }));
    await page.getByRole('button', { name: 'Stay and keep editing' }).click();
    expect(await page.getByLabel('Town or city').inputValue()).toBe('Elsewhere');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await heading(page, 'HMP Fellgate');

    // Edit the new one: a server-side check lands on its field, then a good save.
    await page.goto(page.url().replace(/#.*$/, '#/service-development/establishments?search=testbridge'));
    await page.getByRole('link', { name: 'HMP Testbridge' }).click();
    await heading(page, 'HMP Testbridge');
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading(page, 'Change HMP Testbridge');
    await page.getByLabel('Contact’s email').fill('not an email');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await visible(page.getByText('Enter an email address, such as name@example.org.'));
    await page.getByLabel('Contact’s email').fill('security@testbridge.example');
    await page.getByLabel('Operator').fill('HM Prison and Probation Service');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, 'HMP Testbridge');
    await visible(page.getByText('security@testbridge.example'));

    // Archive it; focus comes back to the page, and it leaves the default list.
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await visible(page.getByRole('button', { name: 'Bring back' }));
    await nav(page).getByRole('link', { name: 'Establishments' }).click();
    await heading(page, 'Establishments');
    await page.getByLabel('Search').fill('testbridge');
    await visible(page.getByText('No establishment matches these filters.'));
    // The switch follows the address, which the router updates a moment after the click.
    await page.getByLabel('Include archived').click();
    await expect.poll(() => page.getByLabel('Include archived').isChecked()).toBe(true);
    await visible(page.getByRole('link', { name: /HMP Testbridge/ }));
  });

  test('a caseworker reads establishments but is offered no Edit, and sees no security contact', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAs(host, 'caseworker');
    await heading(page, `Welcome, ${CASEWORKER.displayName}`);
    await nav(page).getByRole('link', { name: 'Establishments' }).click();
    await heading(page, 'Establishments');
    expect(await page.getByRole('link', { name: 'Add an establishment' }).count()).toBe(0);
    await page.getByRole('link', { name: 'HMP Fellgate' }).click();
    await heading(page, 'HMP Fellgate');
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Archive' }).count()).toBe(0);
    // The edit address itself says no.
    await page.goto(page.url().replace(/\/?$/, '/edit'));
    await heading(page, 'Not available to you');
  });
});
