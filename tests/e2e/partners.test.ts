import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentees } from '../host/demo-mentees';
import { buildDemoPartners } from '../host/demo-partners';
import type { DemoContext } from '../host/demo-context';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  ADMIN,
  CASEWORKER,
  addAccountThroughCore,
  heading,
  nav,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';

const LAPTOP = { width: 1366, height: 768 };
/** A 1×1 PNG: a picture by its bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('partners and protocols', () => {
  test('a co-ordinator reads the partners list, adds a partner with a link worker, an agreement and its signed copy, and records liaison', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    await buildDemoEstablishments(core);
    const caseworkerId = await addAccountThroughCore(core, CASEWORKER, CASEWORKER.roles);
    await buildDemoMentees(core, caseworkerId);
    await buildDemoPartners(core, { caseworkerAccountId: caseworkerId } as DemoContext);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    const today = ukToday(new Date());

    // The demo's overdue and soon-due reviews are on the work queue.
    await visible(page.getByText('Information-sharing agreement review overdue'));
    await visible(page.getByText('Protocol due for review'));
    // The item opens the partner's page.
    await page.getByRole('link', { name: 'Cumbria Probation (demo)', exact: true }).first().click();
    await heading(page, 'Cumbria Probation (demo)');
    await visible(page.getByText('Review overdue'));

    await nav(page).getByRole('link', { name: 'Partners and protocols', exact: true }).click();
    await heading(page, 'Partners and protocols');
    const yot = page.getByRole('row', { name: /Kendal Youth Offending Team/ });
    await visible(yot);
    expect(await yot.innerText()).toContain(formatUkDate(addDays(today, 14)));
    await visible(page.getByText(/liaison contacts with partners this quarter/));
    await screenshot(page, 'partners-list');
    expect(await checkAccessibility(page, 'Partners list')).toBeDefined();

    // Add a partner: the name is required.
    await page.getByRole('button', { name: 'Add a partner' }).click();
    const add = page.getByRole('dialog', { name: 'Add a partner agency' });
    await visible(add);
    await add.getByRole('button', { name: 'Add the partner' }).click();
    await visible(add.getByText('Enter the agency’s name.'));
    await add.getByRole('textbox', { name: 'Name' }).fill('Westfield Women’s Centre (test)');
    await add
      .locator('input')
      .and(add.getByLabel(/Kind of agency/))
      .click();
    await page.getByRole('option', { name: 'Voluntary sector', exact: true }).click();
    await add.getByRole('textbox', { name: 'Town' }).fill('Westfield');
    await screenshot(page, 'partners-add');
    expect(await checkAccessibility(page, 'Add a partner agency')).toBeDefined();
    await add.getByRole('button', { name: 'Add the partner' }).click();
    await heading(page, 'Westfield Women’s Centre (test)');

    // A link worker.
    await page.getByRole('button', { name: 'Add a link worker' }).click();
    const worker = page.getByRole('dialog', { name: 'Add a link worker' });
    await worker.getByRole('textbox', { name: 'Name' }).fill('Nia Placeholder');
    await worker.getByRole('textbox', { name: 'Role' }).fill('Project lead');
    await worker.getByRole('button', { name: 'Save the link worker' }).click();
    await visible(page.getByRole('cell', { name: 'Nia Placeholder' }));

    // An agreement with a review date; the review cannot precede the signing.
    await page.getByRole('button', { name: 'Add a protocol or agreement' }).click();
    const agreement = page.getByRole('dialog', { name: 'Add a protocol or agreement' });
    await agreement.getByRole('textbox', { name: 'Title' }).fill('Referral protocol');
    await agreement.getByRole('textbox', { name: 'Signed on' }).fill(formatUkDate(today));
    await agreement.getByRole('textbox', { name: 'Review by' }).fill(formatUkDate(addDays(today, -1)));
    await agreement.getByRole('button', { name: 'Save the agreement' }).click();
    await visible(agreement.getByText('The review date cannot be before the agreement was signed.'));
    await agreement.getByRole('textbox', { name: 'Review by' }).fill(formatUkDate(addDays(today, 365)));
    await agreement.getByRole('button', { name: 'Save the agreement' }).click();
    await visible(page.getByRole('cell', { name: formatUkDate(addDays(today, 365)) }));

    // Its signed copy: a text file is refused, a picture is kept and shown.
    await page.getByRole('button', { name: 'Attach the signed copy of Referral protocol' }).click();
    const attach = page.getByRole('dialog', { name: /Attach the signed copy/ });
    await visible(attach);
    const file = attach.locator('input[type="file"]');
    await file.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    });
    await visible(attach.getByText(/not a PDF or a picture/));
    await file.setInputFiles({ name: 'signed.png', mimeType: 'image/png', buffer: PNG });
    await attach.getByRole('button', { name: 'Attach', exact: true }).click();
    await visible(page.getByRole('button', { name: 'View the signed copy of Referral protocol' }));
    await page.getByRole('button', { name: 'View the signed copy of Referral protocol' }).click();
    const view = page.getByRole('dialog', { name: 'Referral protocol' });
    await visible(view.getByRole('img', { name: /Signed copy of Referral protocol/ }));
    await screenshot(page, 'partners-document');
    await page.keyboard.press('Escape');

    // Liaison.
    await page.getByRole('button', { name: 'Record a contact' }).click();
    const contact = page.getByRole('dialog', { name: /Record a contact with/ });
    await contact
      .getByRole('textbox', { name: /What it was about/ })
      .fill('Agreed how referrals will reach us.');
    await contact.getByRole('button', { name: 'Save the contact' }).click();
    await visible(page.getByRole('cell', { name: 'Agreed how referrals will reach us.' }));
    await screenshot(page, 'partners-detail');
    expect(await checkAccessibility(page, 'Partner page')).toBeDefined();

    // The demo YOT's page shows its referrals, counted from the mentees' referral records.
    await nav(page).getByRole('link', { name: 'Partners and protocols', exact: true }).click();
    await page.getByRole('link', { name: 'Kendal Youth Offending Team (demo)' }).click();
    await heading(page, 'Kendal Youth Offending Team (demo)');
    await visible(page.getByRole('heading', { name: 'Referrals from this partner' }));
    await screenshot(page, 'partners-yot');
  });
});
