import type { Role } from '../../src/shared/roles';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  firstSignInThroughCore,
  heading,
  lockFromHeader,
  nav,
  openScreen,
  setUpThroughCore,
  signIn,
  visible,
} from './support/app';
import { menteeOnCaseload } from './people-for-governance';
import { choose, goTo } from './support/casework';
import { menteePath } from '../../src/renderer/areas/assessment/mentees/mentee-paths';
import { describe, expect, test } from './support/fixture';

const LAPTOP = { width: 1366, height: 768 };
const person = (username: string, displayName: string, roles: Role[], passphrase: string) => ({
  username,
  displayName,
  roles,
  passphrase,
});
const LEAD = person('lead.safe', 'Saoirse Safeguard', ['safeguarding_lead'], 'kestrel lantern 47 meadow');
const COORD = person('coord.safe', 'Colin Coordinate', ['coordinator'], 'walnut harbour 58 violet');
const CASE = person('case.safe', 'Cara Caseworker', ['caseworker'], 'pebble orchard 69 thistle');
const DISCLOSURE = 'Said the children at home are often left alone overnight.';

describe('safeguarding concerns', () => {
  test('a caseworker raises a concern and gets its reference only; a co-ordinator sees status only; the lead sees everything', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page, core } = host;
    await setUpThroughCore(core);
    const ids = [];
    for (const p of [LEAD, COORD, CASE]) ids.push(await addAccountThroughCore(core, p, p.roles));
    const menteeId = await menteeOnCaseload(core, ids[2]!);
    for (const p of [LEAD, COORD, CASE]) await firstSignInThroughCore(core, p);
    await host.open();
    await heading(page, `Welcome, ${CASE.displayName}`);

    // A caseworker has no Safeguarding screen, but may raise a concern.
    expect(await nav(page).getByRole('link', { name: 'Safeguarding' }).count()).toBe(0);
    // From the mentee's page: the form knows whom the concern is connected to.
    await goTo(page, `#${menteePath(menteeId)}`);
    await page.getByRole('link', { name: 'Raise a safeguarding concern' }).click();
    await heading(page, 'Raise a safeguarding concern');
    await visible(page.getByText('Linked to Casey Fictional'));
    await page.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
    await visible(page.getByText('Say what was disclosed or what you saw or heard.'));
    await choose(page, page, /Kind of concern/, 'Child protection');
    await choose(page, page, /Who it is about/, 'A child connected to a mentee or mentor');
    await page.getByRole('textbox', { name: /Their name, if known/ }).fill('Two children, 6 and 9');
    await page.getByRole('textbox', { name: /What was disclosed or observed/ }).fill(DISCLOSURE);
    await page.getByRole('textbox', { name: /What you did straight away/ }).fill('Told the co-ordinator.');
    expect(await checkAccessibility(page, 'Raise a safeguarding concern')).toBeDefined();
    await screenshot(page, 'safeguarding-raise');
    await page.getByRole('button', { name: 'Send to the safeguarding lead' }).click();
    await heading(page, 'Concern raised');
    await visible(page.getByText(/^Reference S-\d{4}-0001$/));
    expect(await page.getByText(DISCLOSURE).count()).toBe(0);
    await screenshot(page, 'safeguarding-raised');

    // A co-ordinator: reference, raised date and status, and nothing of what was said.
    await lockFromHeader(page);
    await signIn(page, COORD.username, COORD.passphrase, COORD.displayName);
    await openScreen(page, 'Safeguarding');
    await visible(page.getByText('Detail is visible to the safeguarding lead only.', { exact: false }));
    const row = page.getByRole('row', { name: /S-\d{4}-0001/ });
    await visible(row.getByText('Open'));
    expect(await page.getByText(/Two children|overnight|Cara/).count()).toBe(0);
    expect(await checkAccessibility(page, 'Safeguarding (co-ordinator)')).toBeDefined();
    await screenshot(page, 'safeguarding-coordinator-list');
    await row.getByRole('link').first().click();
    await heading(page, /Safeguarding concern S-\d{4}-0001/);
    await visible(page.getByText('Restricted').first());
    expect(await page.getByText(DISCLOSURE).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Update' }).count()).toBe(0);
    expect(await checkAccessibility(page, 'Safeguarding concern (co-ordinator)')).toBeDefined();
    await screenshot(page, 'safeguarding-coordinator-concern');

    // The safeguarding lead: everything, and records an action.
    await lockFromHeader(page);
    await signIn(page, LEAD.username, LEAD.passphrase, LEAD.displayName);
    await openScreen(page, 'Safeguarding');
    const leadRow = page.getByRole('row', { name: /S-\d{4}-0001/ });
    await visible(leadRow.getByText('Two children, 6 and 9, connected to Casey Fictional'));
    await visible(leadRow.getByText('Cara Caseworker'));
    expect(
      await page.getByText('Detail is visible to the safeguarding lead only.', { exact: false }).count(),
    ).toBe(0);
    await screenshot(page, 'safeguarding-lead-list');
    await leadRow.getByRole('link').first().click();
    await heading(page, /Safeguarding concern S-\d{4}-0001/);
    await visible(page.getByText(DISCLOSURE));
    await visible(page.getByText('Mentee: Casey Fictional'));
    await visible(page.getByText('No actions recorded yet.'));
    await page.getByRole('button', { name: 'Record an action' }).click();
    const dialog = page.getByRole('dialog', { name: /Record an action on/ });
    await dialog
      .getByRole('textbox', { name: /What was done/ })
      .fill('Referred to the children’s services duty team.');
    await dialog.getByRole('button', { name: 'Save the action' }).click();
    await visible(page.getByRole('cell', { name: 'Referred to the children’s services duty team.' }));
    expect(await checkAccessibility(page, 'Safeguarding concern (lead)')).toBeDefined();
    await screenshot(page, 'safeguarding-lead-concern');
  });
});
