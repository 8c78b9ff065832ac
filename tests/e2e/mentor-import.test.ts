import type { BrowserHost } from '../host/browser-host';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  firstSignInThroughCore,
  fillSignIn,
  heading,
  lockFromHeader,
  nav,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

const COORDINATOR = {
  displayName: 'Aled Coordinator',
  username: 'coordinator.test',
  passphrase: 'meadow lantern copper 71',
};

/** An existing list as a programme might keep it: a heading row Waymark must guess, and bad rows. */
const CSV = [
  'First name,Surname,DOB,E-mail,How did you hear about us?,Days available,T-shirt size',
  'Ada,Testwell,17/05/1990,ada@example.org,Leaflet,"Mon, Wed",M',
  'Bilal,Sampleton,31/02/1985,bilal@example.org,Word of mouth,Tue,L',
  'Ceri,,01/01/1970,ceri@example.org,Local college,Fri,S',
  'Dev,Example,02/03/1981,not an email,Leaflet,weekdays,M',
  'Ada,Testwell,17/05/1990,ada.two@example.org,Leaflet,Thu,M',
  'Efa,Madeup,,efa@example.org,Volunteer bureau,Funday,L',
].join('\r\n');

async function signedInAsCoordinator(host: BrowserHost): Promise<void> {
  const { core } = host;
  await setUpThroughCore(core);
  await addAccountThroughCore(core, COORDINATOR, ['coordinator']);
  await firstSignInThroughCore(core, COORDINATOR);
  await host.open();
}

describe('importing mentors from a spreadsheet', () => {
  test('a co-ordinator chooses a CSV by keyboard, sees the bad rows, fixes a column and imports the valid rows', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAsCoordinator(host);
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    await nav(page).getByRole('link', { name: 'Import mentors' }).click();
    await heading(page, 'Import mentors');
    expect(await checkAccessibility(page, 'import mentors: choose a file')).toBeDefined();

    // The file button opens the file dialog from the keyboard.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Spreadsheet of mentors/ }).focus();
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: 'old-mentor-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await screenshot(page, 'mentor-import-choose');
    await page.getByRole('button', { name: 'Read the file' }).click();

    const counts = page.getByTestId('import-counts');
    await visible(counts);
    // Focus moves to the summary once the rows appear (the button that started it is gone).
    await expect
      .poll(() =>
        page.evaluate(() =>
          (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-testid'),
        ),
      )
      .toBe('import-counts');
    expect(await counts.textContent()).toContain(
      '6 rows, 2 ready to import, 4 with problems, 1 possible duplicate',
    );
    const table = page.getByTestId('import-preview-table');
    expect(await table.locator('tr[data-row-state="error"]').count()).toBe(4);
    await visible(table.getByText('Last name: Enter their last name.'));
    await visible(table.getByText(/Email: Enter an email address/));
    await visible(table.getByText(/Date of birth: .*February/));
    await visible(table.getByText(/“funday” is not a day of the week/));
    await visible(table.getByText('Same name and date of birth as row 2 of this file.'));
    // The unknown column is ignored; the guessed ones are shown for checking.
    expect(await page.getByLabel('Mentor detail in the column “T-shirt size”').inputValue()).toBe('');
    expect(await page.getByLabel('Mentor detail in the column “DOB”').inputValue()).toBe('dateOfBirth');
    expect(await page.getByRole('button', { name: 'Import all 6 rows' }).isDisabled()).toBe(true);
    expect(await checkAccessibility(page, 'import mentors: preview')).toBeDefined();
    await screenshot(page, 'mentor-import-preview');
    // The highlighted rows stay readable in the dark theme.
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    expect(await checkAccessibility(page, 'import mentors: preview, dark')).toBeDefined();
    await screenshot(page, 'mentor-import-preview-dark');
    await page.getByRole('button', { name: 'Use light theme' }).click();

    // Only the rows with problems.
    await page.getByText(/^With problems/).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    await page.getByText(/^All \(/).click();

    // Leave the days column out: Efa's row becomes valid once the rows are checked again.
    await page.getByLabel('Mentor detail in the column “Days available”').selectOption('');
    await page.getByRole('button', { name: 'Check the rows again with these columns' }).click();
    await expect
      .poll(() => counts.textContent())
      .toContain('6 rows, 3 ready to import, 3 with problems, 1 possible duplicate');

    await page.getByRole('button', { name: 'Import only the 3 valid rows' }).click();
    const result = page.getByTestId('import-result');
    await visible(result);
    expect(await result.textContent()).toContain(
      '3 mentors were added at the enquiry stage. 3 rows were left out.',
    );
    await visible(page.getByRole('link', { name: 'Go to the mentors list' }));
    expect(await checkAccessibility(page, 'import mentors: result')).toBeDefined();
    await screenshot(page, 'mentor-import-result');

    // The imported mentors are on the mentors list, at the enquiry stage.
    await page.getByRole('link', { name: 'Go to the mentors list' }).click();
    await heading(page, 'Mentors');
    await visible(page.getByRole('link', { name: /Testwell/ }));
    await visible(page.getByRole('link', { name: /Madeup/ }));
    expect(await page.getByRole('link', { name: /Sampleton/ }).count()).toBe(0);
  });

  test('locking drops the preview: after signing in again the screen starts afresh', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await signedInAsCoordinator(host);
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);
    await nav(page).getByRole('link', { name: 'Import mentors' }).click();
    await heading(page, 'Import mentors');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Spreadsheet of mentors/ }).click();
    await (await chooser).setFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: 'Read the file' }).click();
    await visible(page.getByTestId('import-counts'));

    await lockFromHeader(page);
    // Signing in again returns to the same screen, which now starts from choosing a file.
    await fillSignIn(page, COORDINATOR.username, COORDINATOR.passphrase);
    await heading(page, 'Import mentors');
    await visible(page.getByRole('button', { name: 'Read the file' }));
    expect(await page.getByTestId('import-counts').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
