import type { Page } from 'playwright-core';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentors } from '../host/demo-mentors';
import { buildDemoSupervision } from '../host/demo-supervision';
import type { DemoContext } from '../host/demo-context';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import { addAccountThroughCore, coreCall, heading, nav, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { supervisionSessionPath } from '../../src/renderer/areas/service-delivery/supervision/supervision-paths';

const LAPTOP = { width: 1366, height: 768 };
const LEAD = {
  displayName: 'Bronwen Fictitious',
  username: 'lead.test',
  passphrase: 'harbour thistle amber 52',
};

/** The queue's items about supervision on the home page. */
const invites = (page: Page) =>
  page
    .getByRole('region', { name: 'Work queue' })
    .getByRole('listitem')
    .filter({ hasText: /Invite to individual supervision/ });

async function markAbsent(page: Page, sessionId: string, mentorName: string) {
  await page.evaluate(
    (h) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = h;
    },
    `#${supervisionSessionPath(sessionId)}`,
  );
  await heading(page, /^Group supervision, /);
  await page.getByLabel(`Attendance of ${mentorName}`).selectOption('did_not_attend');
  await page.getByRole('button', { name: 'Save the attendance' }).click();
  await visible(page.getByText('Attendance saved').first());
}

describe('supervision', () => {
  test('the calendar, a second missed session puts the invite on the queue, and a supervision clears it', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    await buildDemoEstablishments(core);
    const leadId = await addAccountThroughCore(core, LEAD, ['lead_mentor']);
    await buildDemoMentors(core, leadId);
    await buildDemoSupervision(core, {} as DemoContext);
    // The demo's second active mentor came to every group session and has never been supervised.
    const { items } = await coreCall<{ items: { id: string }[] }>(core, 'mentors.list', {
      stages: ['ready', 'matched'],
      pageSize: 200,
    });
    const { mentorName } = await coreCall<{ mentorName: string }>(core, 'supervision.mentor', {
      mentorId: items[1]!.id,
    });
    const today = ukToday(new Date());
    const session = (heldOn: string) =>
      coreCall<{ id: string }>(core, 'supervision.saveSession', {
        heldOn,
        startsAt: '10:00',
        venue: 'Extra session',
      });
    const earlier = await session(addDays(today, -2));
    const later = await session(today);
    await host.open();

    await nav(page).getByRole('link', { name: 'Supervision', exact: true }).click();
    await heading(page, 'Supervision');
    await visible(page.getByRole('region', { name: `${monthName(today)} ${today.slice(0, 4)}` }));
    await visible(page.getByText(/attended · \d+ (apology|apologies)/).first());
    expect(await checkAccessibility(page, 'supervision calendar')).toBeDefined();
    await screenshot(page, 'supervision-calendar');

    // The first miss: nothing for this mentor on the home page's queue.
    await markAbsent(page, earlier.id, mentorName);
    expect(await checkAccessibility(page, 'group supervision register')).toBeDefined();
    await screenshot(page, 'supervision-session');
    await nav(page).getByRole('link', { name: 'Home', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    expect(await invites(page).filter({ hasText: mentorName }).count()).toBe(0);

    // The second in a row: "invite to individual supervision".
    await markAbsent(page, later.id, mentorName);
    await nav(page).getByRole('link', { name: 'Home', exact: true }).click();
    const invite = invites(page).filter({ hasText: mentorName });
    await visible(invite);
    await invite.getByRole('link', { name: mentorName }).click();
    await heading(page, `Supervision of ${mentorName}`);
    await visible(page.getByText('Never').first());

    await page.getByRole('button', { name: 'Record supervision' }).click();
    const dialog = page.getByRole('dialog', { name: `Record supervision of ${mentorName}` });
    await visible(dialog);
    await dialog.getByLabel('Contact records reviewed').check();
    await dialog.getByLabel('Actions agreed').fill('Come to the next group session or ring beforehand.');
    await dialog.getByRole('textbox', { name: 'Next supervision' }).fill(formatUkDate(addDays(today, 42)));
    expect(await checkAccessibility(page, 'record supervision')).toBeDefined();
    await dialog.getByRole('button', { name: 'Save the supervision' }).click();
    await visible(page.getByText('Come to the next group session or ring beforehand.'));
    expect(await checkAccessibility(page, 'mentor supervision')).toBeDefined();
    await screenshot(page, 'supervision-mentor');

    await nav(page).getByRole('link', { name: 'Home', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    await expect.poll(() => invites(page).filter({ hasText: mentorName }).count()).toBe(0);

    await nav(page).getByRole('link', { name: 'Supervision', exact: true }).click();
    await page.getByRole('tab', { name: 'Due for supervision' }).click();
    await visible(page.getByText(/of \d+ active mentors/));
    expect(await checkAccessibility(page, 'due for supervision')).toBeDefined();
    await screenshot(page, 'supervision-due');
  });
});

function monthName(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
}
