import { ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  firstSignInThroughCore,
  heading,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { menteeOnCaseload } from './people-for-governance';
import { choose } from './support/casework';
import { describe, expect, test } from './support/fixture';

const LAPTOP = { width: 1366, height: 768 };
const COORD = {
  displayName: 'Connie Complaints',
  username: 'coord.complaints',
  passphrase: 'saffron ferry 31 lantern',
};

describe('complaints (standard 25)', () => {
  test('a co-ordinator records a complaint, acknowledges it and answers it', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    await addAccountThroughCore(core, COORD, ['coordinator']);
    await menteeOnCaseload(core, null);
    await firstSignInThroughCore(core, COORD);
    await host.open();
    await heading(page, `Welcome, ${COORD.displayName}`);

    await openScreen(page, 'Complaints');
    await visible(page.getByText('No open complaints.'));
    await page.getByRole('button', { name: 'Record a complaint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a complaint' });
    await dialog.getByRole('button', { name: 'Save the complaint' }).click();
    await visible(dialog.getByText('Enter the name of the person or organisation complaining.'));
    await choose(page, dialog, /^From/, 'Family member or carer');
    await dialog.getByRole('textbox', { name: /Their name/ }).fill('Pat Invented');
    await choose(page, dialog, /^About/, 'A mentor');
    await dialog
      .getByRole('textbox', { name: /Summary/ })
      .fill('The mentor missed two meetings without a word.');
    // Linked mentee: searched by name in the core.
    await dialog.getByRole('combobox', { name: /Linked mentee/ }).fill('Casey');
    await page.getByRole('option', { name: 'Casey Fictional' }).click();
    expect(await checkAccessibility(page, 'Record a complaint')).toBeDefined();
    await screenshot(page, 'complaints-record');
    await dialog.getByRole('button', { name: 'Save the complaint' }).click();
    await heading(page, /Complaint C-\d{4}-0001/);
    await visible(page.getByText('Awaiting acknowledgement').first());
    await visible(page.getByText(/Not yet \(due by/).first());
    await visible(page.getByText('Mentee: Casey Fictional'));

    await page.getByRole('button', { name: 'Update' }).click();
    const update = page.getByRole('dialog', { name: /Update complaint/ });
    await update.getByRole('textbox', { name: /Acknowledged on/ }).fill(formatUkDate(ukToday(new Date())));
    await update.getByRole('textbox', { name: /Investigated by/ }).fill('Connie Complaints');
    await choose(page, update, /^Outcome/, 'Partly upheld');
    await update
      .getByRole('textbox', { name: /Lessons learned/ })
      .fill('Mentors to tell us when they cannot come.');
    await update.getByRole('button', { name: 'Save', exact: true }).click();
    // Acknowledged, an outcome chosen but no response sent yet: still being investigated.
    await visible(page.getByText('Being investigated').first());
    await screenshot(page, 'complaints-page');
    expect(await checkAccessibility(page, 'Complaint page')).toBeDefined();

    await openScreen(page, 'Complaints');
    await visible(page.getByRole('heading', { name: /This financial year/ }));
    await visible(page.getByRole('row', { name: /C-\d{4}-0001/ }));
    expect(await checkAccessibility(page, 'Complaints list')).toBeDefined();
    await screenshot(page, 'complaints-list');
  });
});
