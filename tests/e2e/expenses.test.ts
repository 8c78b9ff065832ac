import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { buildDemo, DEMO_STAFF } from '../host/demo';
import { receiptPdf, receiptPng } from '../host/demo-receipts';
import { checkAccessibility, screenshot } from './support/a11y';
import { coreCall, heading, openScreen, signIn, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { choose, coordinatorOnLaptop, LAPTOP } from './coordinator-laptop';

const COORDINATOR = {
  displayName: 'Cerys Claimsclerk',
  username: 'coordinator.claims',
  passphrase: 'copper lantern 57 meadow',
};

describe('expense claims (service delivery, standard 20)', () => {
  test('a co-ordinator enters a claim, attaches and views a receipt, approves it and records payment', async ({
    launch,
  }) => {
    const host = await coordinatorOnLaptop(launch, COORDINATOR);
    const { page, core } = host;
    const today = ukToday(new Date());
    const mentor = await coreCall<{ id: string }>(core, 'mentors.create', {
      firstName: 'Robin',
      lastName: 'Example',
      enquiryDate: addDays(today, -200),
    });
    // A claim received 25 days ago and still not paid: late, at the top of the queue.
    await coreCall(core, 'expenses.create', {
      mentorId: mentor.id,
      receivedOn: addDays(today, -25),
      declarationAccepted: true,
      declarationSignedOn: addDays(today, -26),
      lines: [{ kind: 'parking', spentOn: addDays(today, -27), amountPence: 450, description: 'Car park' }],
    });
    await host.open();
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);
    // The late claim is urgent on the work queue.
    await visible(
      page.getByText(/Expense claim E-\d{4}-0001 \(£4\.50\) to approve: not paid within 20 days/),
    );

    await openScreen(page, 'Expenses');
    const queue = page.getByRole('table', { name: 'Claims waiting for approval, oldest first' });
    await visible(queue.getByText('Late'));
    await page.getByRole('link', { name: 'Enter a claim' }).click();
    await heading(page, 'Enter an expense claim');
    const form = page.getByRole('main');
    await choose(page, form, 'Mentor', 'Robin Example');
    const line = form.getByRole('group', { name: 'Line 1' });
    await line.getByRole('textbox', { name: 'Date' }).fill(formatUkDate(addDays(today, -3)));
    await line.getByRole('textbox', { name: 'Miles' }).fill('24.5');
    await line.getByRole('textbox', { name: 'From and to' }).fill('Home to HMP Leeds and back');
    // Priced live at the programme's rate on the journey's day.
    await visible(line.getByText('24.5 miles at 45p a mile = £11.03'));
    await form.getByRole('button', { name: 'Add a line' }).click();
    const second = form.getByRole('group', { name: 'Line 2' });
    await choose(page, second, /Line 2: what for/, 'Parking');
    await second.getByRole('textbox', { name: 'Amount' }).fill('-2');
    await second.getByRole('textbox', { name: 'Description' }).fill('Visitors’ car park');
    await form.getByRole('button', { name: 'Enter the claim' }).click();
    // The bad amount and the missing declaration are refused on the spot.
    await visible(second.getByText(/sum of money/));
    await second.getByRole('textbox', { name: 'Amount' }).fill('3.50');
    await visible(form.getByTestId('claim-total').getByText('Claim total £14.53'));
    await form.getByRole('checkbox', { name: /has signed the declaration/ }).check();
    await form
      .getByRole('textbox', { name: 'Date the mentor signed it' })
      .fill(formatUkDate(addDays(today, -1)));
    expect(await checkAccessibility(page, 'new claim form')).toBeDefined();
    await screenshot(page, 'expenses-new-claim');
    await form.getByRole('button', { name: 'Enter the claim' }).click();
    await heading(page, /^Expense claim E-\d{4}-0002$/);

    // A text file named .pdf is refused before it is sent; a photo of the receipt is attached.
    const picker = page.locator('input[type="file"]');
    await picker.setInputFiles({
      name: 'receipt.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf'),
    });
    await visible(page.getByText(/This file is not a PDF or a picture/));
    // A PDF receipt: shown page by page in the app once attached.
    await picker.setInputFiles({
      name: 'parking.pdf',
      mimeType: 'application/pdf',
      buffer: receiptPdf(['Visitors car park', 'Paid 3.50', 'Thank you']),
    });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await visible(page.locator('[data-testid="pdf-preview"][data-drawn="1"]'));
    await picker.setInputFiles({
      name: 'fuel-receipt.png',
      mimeType: 'image/png',
      buffer: receiptPng(120, 180, 3),
    });
    await visible(page.getByText(/fuel-receipt\.png \(\d+ (bytes|KB)\)/));
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const receipts = page.getByRole('table', { name: 'Receipts' });
    await visible(receipts.getByText('fuel-receipt.png'));
    // Viewed in the app.
    await visible(page.getByRole('img', { name: /^Receipt fuel-receipt\.png for claim/ }));
    expect(await checkAccessibility(page, 'claim page')).toBeDefined();
    await screenshot(page, 'expenses-claim-page');

    await page.getByRole('button', { name: 'Approve' }).click();
    const approve = page.getByRole('dialog', { name: /^Approve claim/ });
    await approve.getByRole('button', { name: 'Approve the claim' }).click();
    await approve.waitFor({ state: 'detached' });
    await visible(page.getByText('Approved, not yet paid'));

    await page.getByRole('button', { name: 'Mark as paid' }).click();
    const pay = page.getByRole('dialog', { name: /^Record payment/ });
    await pay.getByRole('textbox', { name: 'Payment reference' }).fill('BACS 1124');
    expect(await checkAccessibility(page, 'record payment')).toBeDefined();
    await pay.getByRole('button', { name: 'Record the payment' }).click();
    await pay.waitFor({ state: 'detached' });
    await visible(page.getByText('Paid', { exact: true }));
    await visible(page.getByText('BACS 1124'));
    // Paid: its receipts are kept as they were.
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await screenshot(page, 'expenses-claim-paid');

    // The mentor's page lists their claims.
    await page.getByRole('main').getByRole('link', { name: 'Robin Example' }).click();
    await heading(page, 'Robin Example');
    await page.getByRole('tab', { name: 'Expense claims' }).click();
    const theirs = page.getByRole('table', { name: 'This mentor’s expense claims, newest first' });
    await visible(theirs.getByText('Paid', { exact: true }));
    await visible(theirs.getByText('Late'));
    expect(await checkAccessibility(page, 'mentor claims tab')).toBeDefined();

    await openScreen(page, 'Expenses');
    await visible(page.getByTestId('claims-on-time').getByText('100%'));
    expect(await checkAccessibility(page, 'expenses queue')).toBeDefined();
    await screenshot(page, 'expenses-queue');
  });
});

describe('the demo programme’s claims', () => {
  test('the queues hold late claims first and a rejected claim shows its reason', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await buildDemo(core, host.dataDir);
    await host.open();
    const coordinator = DEMO_STAFF.find((a) => a.username === 'demo.coordinator')!;
    await signIn(page, coordinator.username, coordinator.passphrase, coordinator.displayName);
    await openScreen(page, 'Expenses');
    const queue = page.getByRole('table', { name: 'Claims waiting for approval, oldest first' });
    // Oldest first: the late one (25 days old) heads the queue.
    await visible(queue.getByRole('row').nth(1).getByText('Late'));
    await screenshot(page, 'expenses-queue-demo');
    await page.getByRole('tab', { name: /Approved, awaiting payment/ }).click();
    await visible(
      page
        .getByRole('table', { name: 'Approved claims waiting for payment, oldest first' })
        .getByText('Late'),
    );
    expect(await checkAccessibility(page, 'awaiting payment')).toBeDefined();
    await page.getByRole('tab', { name: 'All claims' }).click();
    await choose(page, page.getByRole('search', { name: 'Filter claims' }), 'Status', 'Rejected');
    const all = page.getByRole('table', { name: 'All claims, newest first' });
    await visible(all.getByText('Rejected'));
    expect(await checkAccessibility(page, 'all claims')).toBeDefined();
    await all.getByRole('link').first().click();
    await heading(page, /^Expense claim E-/);
    await visible(page.getByText(/No receipt for the parking/));
    await visible(page.getByRole('link', { name: 'Correct and resubmit' }));
    expect(await checkAccessibility(page, 'rejected claim')).toBeDefined();
    await screenshot(page, 'expenses-rejected-claim');
  });
});
