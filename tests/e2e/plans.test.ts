import { insertMatchRaw } from '../../src/main/core/plans/plans.test-support';
import { addDays, addMonths, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  ADMIN,
  addAccountThroughCore,
  firstSignInThroughCore,
  heading,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { choose } from './support/casework';
import { describe, expect, test } from './support/fixture';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 900 };
const CORA = {
  displayName: 'Cora Coordinator',
  username: 'cora.plans',
  passphrase: 'copper kettle meadow 52',
};

describe('action plans and reviews', () => {
  test('a co-ordinator adds two SMART goals, records progress and records a review that moves the next date', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    await addAccountThroughCore(host.core, CORA, ['coordinator']);
    await firstSignInThroughCore(host.core, CORA);
    const today = ukToday(new Date());
    // An active match whose review fell due two days ago, made behind the screens (the match
    // workflow has its own tests); the mentee is out in two months and has a housing need.
    const matchId = await insertMatchRaw(
      { dir: host.dataDir, username: ADMIN.username, passphrase: ADMIN.passphrase },
      {
        menteeFirstName: 'Jordan',
        menteeLastName: 'Fictional',
        mentorFirstName: 'Robin',
        expectedRelease: addMonths(today, 2),
        nextReviewDue: addDays(today, -2),
        needs: ['accommodation'],
      },
    );
    await host.open();
    await heading(page, `Welcome, ${CORA.displayName}`);

    // Reviews due: the overdue review is listed.
    await openScreen(page, 'Reviews due');
    await visible(page.getByRole('link', { name: 'Jordan Fictional' }));
    await visible(page.getByText('Overdue by 2 days'));
    expect(await checkAccessibility(page, 'reviews due')).toBeDefined();
    await screenshot(page, 'plans-reviews-due');

    // Action plans: the match, no goals yet; its row opens the match's Plan tab.
    await openScreen(page, 'Action plans');
    await visible(page.getByText('No goals yet'));
    await page.getByRole('link', { name: 'Jordan Fictional' }).click();
    await visible(page.getByRole('heading', { name: 'Action plan', level: 2 }));
    expect(page.url()).toContain(`${matchId}?tab=plan`);

    // First goal: before release (the default while he is still inside).
    await page.getByRole('button', { name: 'Add a goal' }).click();
    let dialog = page.getByRole('dialog');
    await choose(page, dialog, /^Pathway/, 'Education, training and employment');
    await dialog.getByLabel(/^Specific/).fill('Apply for the bricklaying course at Fellgate College');
    await dialog.getByLabel(/^Measurable/).fill('A letter from the college with an interview date');
    await dialog
      .getByLabel(/^Achievable and realistic/)
      .fill('He has labouring experience; the course starts after release.');
    await dialog.getByLabel(/^Timed/).fill(formatUkDate(addDays(today, 30)));
    await dialog.getByRole('radio', { name: /^Hard outcome/ }).check();
    expect(await checkAccessibility(page, 'goal form')).toBeDefined();
    await screenshot(page, 'plans-goal-form');
    await dialog.getByRole('button', { name: 'Add the goal' }).click();
    const course = page.getByRole('article', { name: /Apply for the bricklaying course/ });
    await visible(course);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Second goal: somewhere to live, after release, a soft outcome. A missing measure is explained.
    await page.getByRole('button', { name: 'Add a goal' }).click();
    dialog = page.getByRole('dialog');
    await choose(page, dialog, /^Pathway/, 'Accommodation');
    await choose(page, dialog, /^Before or after release/, 'After release');
    await dialog.getByLabel(/^Specific/).fill('Keep his tenancy for the first three months');
    await dialog.getByLabel(/^Timed/).fill(formatUkDate(addMonths(today, 5)));
    await dialog.getByRole('radio', { name: /^Soft outcome/ }).check();
    await dialog.getByRole('button', { name: 'Add the goal' }).click();
    await visible(dialog.getByText('Say how you will both know the goal has been reached.'));
    await dialog.getByLabel(/^Measurable/).fill('Rent paid and no warning letters');
    await dialog.getByRole('button', { name: 'Add the goal' }).click();
    await visible(page.getByRole('article', { name: /Keep his tenancy/ }));
    await visible(page.getByRole('heading', { name: 'After release', level: 3 }));

    // Progress on the first goal sets its status.
    await page.getByRole('button', { name: /^Record progress: Apply for the bricklaying/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^What has happened/).fill('Application form filled in together on the visit.');
    await dialog.getByRole('button', { name: 'Save progress' }).click();
    await visible(course.getByText('Application form filled in together on the visit.'));
    await visible(course.getByText('In progress', { exact: true }));
    expect(await checkAccessibility(page, 'plan tab')).toBeDefined();
    await screenshot(page, 'plans-plan-tab');

    // A review: ratings per pathway (goals or a need) and per goal; the next date prefilled.
    await page.getByRole('tab', { name: 'Reviews' }).click();
    await visible(page.getByText('Review overdue'));
    await page.getByRole('button', { name: 'Record a review' }).click();
    dialog = page.getByRole('dialog');
    await visible(dialog.getByLabel(/^Next review/));
    expect(await dialog.getByLabel(/^Next review/).inputValue()).toBe(formatUkDate(addMonths(today, 3)));
    await choose(page, dialog, /^Accommodation/, 'No change');
    await choose(page, dialog, /^Education, training and employment/, 'Good progress');
    await choose(page, dialog, /^Apply for the bricklaying course/, 'Some progress');
    await dialog.getByLabel(/^What has been achieved/).fill('The college application is in.');
    await dialog.getByLabel(/^What the mentee says/).fill('Someone to talk to about getting out.');
    await dialog.getByLabel(/^What the mentor says/).fill('More patience than he thought he had.');
    expect(await checkAccessibility(page, 'review form')).toBeDefined();
    await screenshot(page, 'plans-review-form');
    await dialog.getByRole('button', { name: 'Save the review' }).click();
    const review = page.getByRole('article', { name: `Review held ${formatUkDate(today)}` });
    await visible(review);
    await visible(review.getByRole('cell', { name: 'Good progress' }));
    await visible(page.getByText(`Due on ${formatUkDate(addMonths(today, 3))}.`));
    expect(await checkAccessibility(page, 'reviews tab')).toBeDefined();
    await screenshot(page, 'plans-reviews-tab');

    // Recorded, so no longer due; the plans list counts the goals by status.
    await openScreen(page, 'Reviews due');
    await visible(page.getByText('No reviews are due in the next two weeks.'));
    await openScreen(page, 'Action plans');
    await visible(page.getByText('1 in progress'));
    await visible(page.getByText('1 not started'));
    await screenshot(page, 'plans-list');

    // The printable match file carries the plan and the review.
    await page.getByRole('link', { name: 'Jordan Fictional' }).click();
    await page.getByRole('link', { name: 'Match file' }).click();
    await visible(page.getByRole('heading', { name: 'Action plan', level: 2 }));
    await visible(page.getByText('Goal 2: Accommodation, after release'));
    await visible(page.getByText(`Review held ${formatUkDate(today)}`));
    expect(await checkAccessibility(page, 'match file plan')).toBeDefined();
    await screenshot(page, 'plans-match-file');
  });
});
