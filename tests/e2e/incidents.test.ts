import { checkAccessibility, screenshot } from './support/a11y';
import { openScreen, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { day, openMatchTab, openWithActiveMatch, uk } from './support/seed-match';

describe('incidents and difficult situations', () => {
  test('a co-ordinator records an incident in a match, sees it on the Incidents screen and closes it', async ({
    launch,
  }) => {
    const { page, matchId } = await openWithActiveMatch(launch);

    await openMatchTab(page, matchId, 'incidents');
    await visible(page.getByRole('heading', { name: 'Incidents and difficult situations' }));
    await visible(page.getByText('No open incidents.'));
    await page.getByRole('button', { name: 'Record an incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an incident' });
    await visible(dialog);
    // Nothing typed about what happened: the form says so and sends nothing.
    await dialog.getByRole('button', { name: 'Save the incident' }).click();
    await visible(dialog.getByText('Say briefly what happened.'));
    // Mantine selects (the house style): open the list by the box's label, then click the choice.
    await dialog
      .locator('input')
      .and(dialog.getByLabel(/What kind of incident/))
      .click();
    await page.getByRole('option', { name: 'Boundaries of the relationship pushed', exact: true }).click();
    const when = dialog.getByRole('textbox', { name: /When it happened/ });
    await when.fill(uk(day(2)));
    await dialog
      .locator('input')
      .and(dialog.getByLabel(/How serious/))
      .click();
    await page.getByRole('option', { name: 'High', exact: true }).click();
    await dialog
      .getByRole('textbox', { name: /What happened/ })
      .fill('Asked the mentor to lend him money for a phone.');
    await dialog
      .getByRole('textbox', { name: /What was done/ })
      .fill('Mentor said no and rang the co-ordinator.');
    await dialog
      .getByRole('textbox', { name: /Follow-up needed/ })
      .fill('Go over boundaries at the next meeting.');
    await screenshot(page, 'incidents-record');
    expect(await checkAccessibility(page, 'Record an incident')).toBeDefined();
    await dialog.getByRole('button', { name: 'Save the incident' }).click();
    await visible(dialog.getByText('An incident cannot be in the future.'));
    await when.fill(uk(day(-1)));
    await dialog.getByRole('button', { name: 'Save the incident' }).click();
    await visible(page.getByText('A follow-up has been added to the caseworker’s work queue.'));
    await visible(page.getByText('Asked the mentor to lend him money for a phone.'));
    await visible(page.getByText('Boundary', { exact: true }));
    await screenshot(page, 'incidents-match-tab');
    expect(await checkAccessibility(page, 'Match incidents tab')).toBeDefined();

    // The Incidents screen lists it, with this quarter's boundary count.
    await openScreen(page, 'Incidents');
    await visible(page.getByRole('heading', { name: /Boundary incidents,/ }));
    await visible(page.getByRole('link', { name: 'X-2026-0001' }));
    await screenshot(page, 'incidents-screen');
    expect(await checkAccessibility(page, 'Incidents screen')).toBeDefined();

    // Close it: the note is required.
    await page.getByRole('button', { name: /^Close: Boundaries of the relationship pushed/ }).click();
    const close = page.getByRole('dialog', { name: 'Close an incident' });
    await visible(close);
    await close.getByRole('button', { name: 'Close the incident' }).click();
    await visible(close.getByText('Say how it was resolved before closing it.'));
    await close
      .getByRole('textbox', { name: /How it was resolved/ })
      .fill('Boundaries agreed again; no repeat.');
    await screenshot(page, 'incidents-close');
    await close.getByRole('button', { name: 'Close the incident' }).click();
    await visible(page.getByText('No incidents match these filters.'));
    // The segmented control's radios are visually hidden: choose by the label a person clicks.
    await page.locator('label', { hasText: /^Closed$/ }).click();
    await visible(page.getByText('Boundaries agreed again; no repeat.'));

    // An incident about a mentor alone (co-ordinators only): no mentor chosen is explained.
    await page.getByRole('button', { name: 'Record an incident about a mentor' }).click();
    const aboutMentor = page.getByRole('dialog', { name: 'Record an incident about a mentor' });
    await aboutMentor
      .getByRole('textbox', { name: /What happened/ })
      .fill('Missed the last two group support sessions.');
    await aboutMentor.getByRole('button', { name: 'Save the incident' }).click();
    await visible(aboutMentor.getByText('Choose the mentor it is about.'));
    await aboutMentor.getByRole('combobox', { name: /^Mentor/ }).fill('Priya');
    await page.getByRole('option', { name: 'Priya Fictional' }).click();
    await screenshot(page, 'incidents-about-mentor');
    await aboutMentor.getByRole('button', { name: 'Save the incident' }).click();
    await page.locator('label', { hasText: /^Open$/ }).click();
    await visible(page.getByText('Missed the last two group support sessions.'));
    await visible(page.getByText('Mentor only'));
  });
});
