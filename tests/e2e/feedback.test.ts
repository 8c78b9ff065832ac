import type { Locator, Page } from 'playwright-core';
import { checkAccessibility, screenshot } from './support/a11y';
import { coreCall, heading, nav, openScreen, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { day, openWithActiveMatch, uk } from './support/seed-match';
import { feedbackActionPath } from '../../src/renderer/areas/monitoring/feedback/feedback-paths';

/** Open a Mantine select or multi-select by its label inside `scope`, then click the choice. */
async function choose(page: Page, scope: Locator, label: RegExp, option: string | RegExp): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

/** A searchable person picker: type part of the name, then click the person. */
async function pick(page: Page, scope: Locator, label: RegExp, typed: string, option: RegExp): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).first().fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('feedback, “you said, we did” and service-user involvement (monitoring)', () => {
  test('a co-ordinator adds feedback, links it to an action, marks it done and published, and records involvement', async ({
    launch,
  }) => {
    const { page, host } = await openWithActiveMatch(launch);

    // The first screens under Monitoring & evaluation: the heading shows with its three entries.
    await visible(nav(page).getByText('Monitoring & evaluation'));
    await openScreen(page, 'Feedback');
    await visible(page.getByRole('heading', { name: /Feedback received,/ }));
    await visible(page.getByText('No feedback matches these filters.'));

    await page.getByRole('button', { name: 'Add feedback' }).click();
    const form = page.getByRole('dialog', { name: 'Add feedback' });
    await visible(form);
    // Nothing said and no rating: the form says so and sends nothing.
    await form.getByRole('button', { name: 'Save the feedback' }).click();
    await visible(form.getByText('Enter what was said, or at least a rating.'));
    await form.getByRole('textbox', { name: /Received on/ }).fill(uk(day(-2)));
    await choose(page, form, /^Rating/, '4 – good');
    await choose(page, form, /^Themes/, 'Expenses');
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: /What went well/ }).fill('My mentor kept every appointment.');
    await form
      .getByRole('textbox', { name: /What could be better/ })
      .fill('Bus fares took weeks to come back.');
    await pick(page, form, /^Mentee/, 'Jordan', /Jordan Invented/);
    // Typing what was said took the message away.
    expect(await form.getByText('Enter what was said, or at least a rating.').count()).toBe(0);
    await screenshot(page, 'feedback-add');
    expect(await checkAccessibility(page, 'Add feedback')).toBeDefined();
    await form.getByRole('button', { name: 'Save the feedback' }).click();
    await visible(page.getByText('Could be better: Bus fares took weeks to come back.'));
    await visible(page.getByText(/Exit interview|Questionnaire; Jordan Invented/));
    await visible(page.getByText('4 out of 5'));
    await screenshot(page, 'feedback-list');
    expect(await checkAccessibility(page, 'Feedback')).toBeDefined();

    // "You said, we did": an action linked to that feedback.
    await openScreen(page, 'You said, we did');
    await page.getByRole('button', { name: 'Add an action' }).click();
    const add = page.getByRole('dialog', { name: 'Add a “you said, we did” action' });
    await visible(add);
    await add.getByRole('textbox', { name: /^You said/ }).fill('Travel costs take too long to come back.');
    await add.getByRole('textbox', { name: /^We did/ }).fill('Claims are paid every Friday.');
    await add.getByRole('textbox', { name: /Who is doing it/ }).fill('Finance volunteer');
    await add.getByRole('textbox', { name: /Target date/ }).fill(uk(day(3)));
    await choose(page, add, /Feedback it answers/, /Bus fares took weeks/);
    await page.keyboard.press('Escape');
    await screenshot(page, 'feedback-action-add');
    expect(await checkAccessibility(page, 'Add an action')).toBeDefined();
    await add.getByRole('button', { name: 'Save the action' }).click();
    const card = page.getByRole('article', { name: /Travel costs take too long/ });
    await visible(card.getByText('Answers 1 piece of feedback'));
    await visible(card.getByText('Planned'));

    // Done and published.
    await card.getByRole('button', { name: /Update the action/ }).click();
    const update = page.getByRole('dialog', { name: 'Update the action' });
    await choose(page, update, /^Status/, 'Done');
    await visible(update.getByRole('textbox', { name: /Done on/ }));
    await update.getByRole('checkbox', { name: /Published/ }).check();
    await update.getByRole('button', { name: 'Save the action' }).click();
    await visible(page.getByText('It is on the published “you said, we did” list.'));
    await visible(card.getByText('Published', { exact: true }));
    await visible(card.getByText('We did', { exact: true }));
    await screenshot(page, 'feedback-actions');
    expect(await checkAccessibility(page, 'You said, we did')).toBeDefined();

    await page.getByRole('link', { name: 'Published list' }).click();
    await heading(page, 'You said, we did: published');
    await visible(page.getByRole('heading', { name: 'You said: Travel costs take too long to come back.' }));
    await visible(page.getByText('We did: Claims are paid every Friday.'));
    await screenshot(page, 'feedback-published');
    expect(await checkAccessibility(page, 'Published list')).toBeDefined();

    // The feedback now shows it is answered.
    await openScreen(page, 'Feedback');
    await visible(page.getByText('In a “you said, we did” action'));

    // The work queue's link opens the action it is about.
    const due = await coreCall<{ id: string }>(host.core, 'feedback.saveAction', {
      youSaid: 'Evening training, please.',
      weDid: 'An evening course from the spring.',
      targetOn: day(2),
    });
    await page.evaluate((path) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#${path}`;
    }, feedbackActionPath(due.id));
    const opened = page.getByRole('dialog', { name: 'Update the action' });
    await visible(opened.getByRole('textbox', { name: /^You said/ }));
    expect(await opened.getByRole('textbox', { name: /^You said/ }).inputValue()).toBe(
      'Evening training, please.',
    );
    await opened.getByRole('button', { name: 'Cancel' }).click();

    // Service-user involvement: the former mentee became a mentor.
    await openScreen(page, 'Service-user involvement');
    await page.getByRole('button', { name: 'Record involvement' }).click();
    const inv = page.getByRole('dialog', { name: 'Record service-user involvement' });
    await pick(page, inv, /Former mentee/, 'Jordan', /Jordan Invented/);
    await choose(page, inv, /How they are involved/, 'Became a mentor');
    await pick(page, inv, /Their mentor record/, 'Priya', /Priya Fictional/);
    await inv.getByRole('textbox', { name: /^From/ }).fill(uk(day(-10)));
    await screenshot(page, 'feedback-involvement-add');
    expect(await checkAccessibility(page, 'Record involvement')).toBeDefined();
    await inv.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByText('Mentor record: Priya Fictional'));
    const figures = page.getByRole('region', { name: /April .* to March/ });
    await visible(figures.getByText('Of them, now mentors'));
    expect(await figures.locator('dd').allInnerTexts()).toEqual(['1', '1']);
    await screenshot(page, 'feedback-involvement');
    expect(await checkAccessibility(page, 'Service-user involvement')).toBeDefined();
  });
});
