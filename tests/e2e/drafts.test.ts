import {
  ADMIN,
  coreCall,
  heading,
  lockFromHeader,
  openScreen,
  setUpThroughCore,
  fillSignIn,
  visible,
} from './support/app';
import { checkAccessibility, screenshot } from './support/a11y';
import { describe, expect, test } from './support/fixture';

/**
 * A long form's typing survives a lock and a reload (a crashed window): it is kept, encrypted, in
 * the core while the person types, and offered back when the same form is opened again.
 */
describe('autosaved drafts', () => {
  test('typing in “Add an establishment” is offered back after a lock and after a reload', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: { width: 1366, height: 768 } });
    const { page, core } = host;
    await setUpThroughCore(core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    const openAddForm = async () => {
      await openScreen(page, 'Establishments');
      await page.getByRole('link', { name: 'Add an establishment' }).click();
      await heading(page, 'Add an establishment');
    };
    await openAddForm();
    await page.getByRole('textbox', { name: /^Name/ }).fill('HMP Draftwell');
    await page.getByLabel('Town or city').fill('Draftbury');
    // Kept a moment after typing pauses.
    await expect
      .poll(async () => (await coreCall<{ key: string }[]>(core, 'drafts.list')).length, { timeout: 10_000 })
      .toBe(1);

    // Lock wins over the unsaved form; the typing is not lost.
    await lockFromHeader(page);
    // Signing in again returns to the form, which offers the kept typing back.
    await fillSignIn(page, ADMIN.username, ADMIN.passphrase);
    await heading(page, 'Add an establishment');
    await visible(page.getByRole('status').filter({ hasText: 'Unsaved work was kept' }));
    expect(await checkAccessibility(page, 'draft offered')).toBeDefined();
    await screenshot(page, 'draft-offered');
    await page.getByRole('button', { name: 'Carry on with it' }).click();
    expect(await page.getByRole('textbox', { name: /^Name/ }).inputValue()).toBe('HMP Draftwell');
    expect(await page.getByLabel('Town or city').inputValue()).toBe('Draftbury');

    // A reload (what a crashed window comes back as): offered again.
    await page.getByLabel('Town or city').fill('Draftbury Vale');
    await expect
      .poll(
        async () => {
          const kept = await coreCall<{ data: { town?: string } } | null>(core, 'drafts.get', {
            channel: 'establishments.create',
            key: 'new',
          });
          return kept?.data.town;
        },
        { timeout: 10_000 },
      )
      .toBe('Draftbury Vale');
    await page.reload();
    await heading(page, 'Add an establishment');
    await page.getByRole('button', { name: 'Carry on with it' }).click();
    expect(await page.getByLabel('Town or city').inputValue()).toBe('Draftbury Vale');

    // Saved: the draft has served its purpose.
    await page.getByPlaceholder('Choose the kind of place').click();
    await page.getByRole('option', { name: 'Prison' }).click();
    await page.getByRole('button', { name: 'Add establishment' }).click();
    await heading(page, 'HMP Draftwell');
    await expect.poll(async () => (await coreCall<unknown[]>(core, 'drafts.list')).length).toBe(0);
  });
});
