import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, coreCall, heading, openScreen, setUpThroughCore, visible } from './support/app';
import { goTo, readyMentee, readyMentor } from './support/casework';
import { describe, expect, test } from './support/fixture';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

describe('matching (service delivery)', () => {
  test('suggestions explained side by side; passing over the top choice needs a reason; the match is proposed', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const prison = await coreCall<{ id: string }>(host.core, 'establishments.create', {
      name: 'HMP Fellgate',
      kind: 'prison',
    });
    await readyMentee(host.core, prison.id, 'Casey', 4);
    await readyMentee(host.core, prison.id, 'Jordan', 10);
    const base = { learningStyle: 'pragmatist', languages: ['English'], gender: 'woman', maxMentees: 2 };
    const alex = await readyMentor(
      host.core,
      prison.id,
      'Alex',
      { ...base, interests: ['football', 'cooking'], travelArea: 'Kendal' },
      'cleared',
    );
    await readyMentor(
      host.core,
      prison.id,
      'Billie',
      { ...base, interests: ['music'], travelArea: 'Kendal and Windermere' },
      'forms_submitted',
    );
    await readyMentor(
      host.core,
      prison.id,
      'Charlie',
      { ...base, interests: ['chess'], travelArea: 'Barrow' },
      'cleared',
    );
    await readyMentor(host.core, prison.id, 'Dana', base, null);

    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    await openScreen(page, 'Matching');
    await heading(page, 'Matching');
    // Soonest release first, with its warning.
    await visible(page.getByRole('link', { name: /Casey Fictional/ }));
    await visible(page.getByText('Release soon'));
    expect(await checkAccessibility(page, 'matching pool')).toEqual([]);
    await screenshot(page, 'matching-pool');

    await page.getByRole('link', { name: /Casey Fictional/ }).click();
    await heading(page, 'Suggested mentors for Casey Fictional');
    await visible(page.getByText(/Release is less than 6 months away/).first());
    await visible(page.getByRole('heading', { name: '1. Alex Madeup' }));
    await visible(page.getByRole('heading', { name: /Not suggested \(1\)/ }));
    await visible(page.getByText('No clearance recorded at HMP Fellgate'));
    // The top suggestion's explanation is open: the side-by-side table.
    const table = page.getByRole('table', { name: /How Alex Madeup compares/ });
    await visible(table.getByRole('rowheader', { name: 'Mentor travels to where the mentee will live' }));
    await visible(table.getByText('In common: football, cooking.'));
    // The next card opens with its button, by keyboard.
    const showWhy = page.getByRole('button', { name: 'Show why' }).first();
    await showWhy.focus();
    await page.keyboard.press('Enter');
    await visible(page.getByText(/Clearance at HMP Fellgate: Forms submitted/));
    expect(await checkAccessibility(page, 'matching suggestions')).toEqual([]);
    await screenshot(page, 'matching-suggestions');

    // Proposing the second choice asks why.
    await page.getByRole('button', { name: 'Propose this match' }).nth(1).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByText(/The top suggestion is Alex Madeup/));
    await visible(dialog.getByText('Clearance not finished'));
    await dialog.getByRole('button', { name: 'Propose this match' }).click();
    await visible(dialog.getByText('Say why you chose this mentor rather than the top suggestion.'));
    expect(await checkAccessibility(page, 'propose a match')).toEqual([]);
    await screenshot(page, 'matching-propose');
    await dialog
      .getByLabel(/^Why this mentor rather than the top suggestion/)
      .fill('Billie has worked with the hostel Casey is going to.');
    await dialog.getByRole('button', { name: 'Propose this match' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/service-delivery\/matches\/[0-9a-f-]{36}/);

    // Casey has left the pool; Jordan is still waiting.
    await openScreen(page, 'Matching');
    await visible(page.getByRole('link', { name: /Jordan Fictional/ }));
    await expect.poll(() => page.getByRole('link', { name: /Casey Fictional/ }).count()).toBe(0);

    // The mentor's matching facts are kept on their record, changed on its form.
    await goTo(page, `#/service-development/mentors/${alex}/edit`);
    await heading(page, /Alex Madeup/);
    await page.locator('input').and(page.getByLabel('Offences they would not work with')).click();
    await page.getByRole('option', { name: 'Sexual offences' }).click();
    await page.keyboard.press('Escape');
    await visible(page.getByLabel(/^Mentees at once/));
    await screenshot(page, 'matching-mentor-form');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, 'Alex Madeup');
    await visible(page.getByText('Sexual offences'));

    // The weights behind the scores are a programme setting, grouped together.
    await openScreen(page, 'Settings');
    const weights = page.getByRole('group', { name: 'Matching weights' });
    await visible(weights.getByLabel('The mentee’s stated preferences'));
    await weights.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-weights-setting');
  });
});
