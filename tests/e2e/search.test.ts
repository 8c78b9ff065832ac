import type { Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentors } from '../host/demo-mentors';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  firstSignInThroughCore,
  heading,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

const COORDINATOR = {
  displayName: 'Aled Coordinator',
  username: 'coordinator.test',
  passphrase: 'meadow lantern copper 71',
};
const LEAD = {
  displayName: 'Bronwen Fictitious',
  username: 'lead.test',
  passphrase: 'harbour thistle amber 52',
};

async function signedInAsCoordinator(host: BrowserHost): Promise<void> {
  const { core } = host;
  await setUpThroughCore(core);
  await buildDemoEstablishments(core);
  await addAccountThroughCore(core, COORDINATOR, ['coordinator']);
  const lead = await addAccountThroughCore(core, LEAD, ['lead_mentor']);
  await buildDemoMentors(core, lead);
  await firstSignInThroughCore(core, COORDINATOR);
  await host.open();
}

const focusedLabel = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('aria-label') ?? '',
  );

describe('find anyone (header search)', () => {
  test('Ctrl+K, type, arrow and Enter open the mentor found; "/" focuses it too', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAsCoordinator(host);
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    await page.keyboard.press('Control+k');
    expect(await focusedLabel(page)).toBe('Find a person');
    await page.keyboard.type('sampelford'); // a slip: Sampleford
    const options = page.getByRole('option');
    await visible(options.filter({ hasText: 'Nia Sampleford' }));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('ex');
    await visible(options.filter({ hasText: 'Tobias Example' }));
    await screenshot(page, 'search');
    const serious = await checkAccessibility(page, 'header search with results');
    expect(serious).toEqual([]);

    // The first result is chosen as results arrive; arrow keys move, Enter opens.
    const count = await options.count();
    const chosen = (await options.nth(count > 1 ? 1 : 0).innerText()).split('\n')[0]!;
    const target = chosen.replace(/ \(known as .*\)$/, '');
    if (count > 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await heading(page, target);
    expect(await page.getByRole('textbox', { name: 'Find a person' }).inputValue()).toBe('');

    // "/" outside a field focuses the box; Escape clears and leaves it.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await focusedLabel(page)).toBe('Find a person');
    await page.keyboard.type('zzqq');
    await visible(page.getByText('No one found with that name or number.'));
    await page.keyboard.press('Escape');
    expect(await page.getByRole('textbox', { name: 'Find a person' }).inputValue()).toBe('');
  });
});
