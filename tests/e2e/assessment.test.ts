import type { Locator, Page } from 'playwright-core';
import { checkAccessibility, screenshot } from './support/a11y';
import { ADMIN, coreCall, heading, setUpThroughCore, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import type { PageGlobals } from './support/page-globals';

/** The caseworker's laptop. */
const LAPTOP = { width: 1366, height: 768 };

/** A fictional referred young person, fifteen, so parental consent is needed. */
async function addMentee(core: Parameters<typeof coreCall>[0]): Promise<string> {
  const m = await coreCall<{ id: string }>(core, 'mentees.create', {
    mentee: { firstName: 'Jordan', lastName: 'Fictional', dateOfBirth: '2011-03-04' },
    referral: { source: 'probation', referredOn: '2026-11-20', notALicenceCondition: true },
  });
  return m.id;
}

/** Open a mentee's record through the address bar, then the tab whose name matches. */
async function openMenteeTab(page: Page, menteeId: string, tab: RegExp): Promise<void> {
  await page.evaluate((hash) => {
    (globalThis as unknown as PageGlobals).location.hash = hash;
  }, `#/assessment/mentees/${menteeId}`);
  const t = page.getByRole('tab', { name: tab });
  await visible(t);
  await t.click();
  await visible(page.getByRole('tab', { name: tab, selected: true }));
}

/** Choose from a Mantine Select by its label. */
async function choose(scope: Locator | Page, label: string | RegExp, option: string): Promise<void> {
  await scope.locator('input').and(scope.getByLabel(label)).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('assessing a mentee', () => {
  test('a risk assessment filled in and signed off, induction completed, a carer with parental consent', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const menteeId = await addMentee(host.core);
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);

    // Risk: answer questions, save the draft, sign it off; the signed version is read-only.
    await openMenteeTab(page, menteeId, /risk/i);
    await visible(page.getByRole('heading', { name: 'New risk assessment' }));
    const medical = page.getByRole('radiogroup', { name: /1\. Medical conditions/ });
    await medical.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Notes on question 1', exact: true })
      .fill('Asthma; carries an inhaler');
    await page
      .getByRole('radiogroup', { name: /5\. History of violence/ })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await choose(page, /Source document/, 'AssetPlus (youth offending team)');
    await page.getByRole('textbox', { name: 'Source reference' }).fill('AP-2291');
    await choose(page, /Overall level of risk/, 'High');
    await page.getByRole('textbox', { name: /Assessed by/ }).fill('Alex Example');
    await page.getByRole('textbox', { name: /Assessed on/ }).fill('20/11/2026');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // High risk needs safeguards for the mentor.
    await visible(page.getByText('At a high or very high level, say what safeguards the mentor needs.'));
    await page
      .getByRole('textbox', { name: 'Safeguards recommended for the mentor' })
      .fill('Meet in public places; a second worker at the first meeting.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await visible(page.getByRole('heading', { name: 'Draft: version 1' }));
    expect(await checkAccessibility(page, 'risk assessment draft')).toBeDefined();
    await screenshot(page, 'risk-assessment');

    await page.getByRole('button', { name: 'Sign off' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sign off version 1?' });
    await confirm.getByRole('button', { name: 'Sign off' }).click();
    await visible(page.getByRole('heading', { name: 'Version 1' }));
    await visible(page.getByText('Current, signed off'));
    await visible(page.getByRole('button', { name: 'Start a review' }));
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await visible(
      page.getByRole('table', { name: 'Answers in version 1' }).getByText('Asthma; carries an inhaler'),
    );
    expect(await checkAccessibility(page, 'risk assessment signed off')).toBeDefined();
    await screenshot(page, 'risk-assessment-signed');

    // Induction: every item done today, one click each.
    await openMenteeTab(page, menteeId, /induction/i);
    const doneButtons = page.getByRole('button', { name: /done today$/ });
    await visible(doneButtons.first());
    for (let left = await doneButtons.count(); left > 0; left--) {
      await doneButtons.first().click();
      await expect.poll(() => doneButtons.count()).toBe(left - 1);
    }
    await visible(page.getByText('16 of 16 covered.'));
    expect(await checkAccessibility(page, 'induction')).toBeDefined();
    await screenshot(page, 'mentee-induction');

    // Carers: under 16, so consent is asked for until it is recorded.
    await openMenteeTab(page, menteeId, /carer/i);
    await visible(page.getByText('Parental consent needed'));
    await page.getByRole('button', { name: 'Add a parent or carer' }).click();
    const modal = page.getByRole('dialog', { name: 'Add a parent or carer' });
    await modal.getByRole('textbox', { name: /^Name/ }).fill('Pat Fictional');
    await modal.getByRole('textbox', { name: /^Relationship/ }).fill('Mother');
    await modal.getByRole('checkbox', { name: /Key contact/ }).check();
    await modal.getByRole('textbox', { name: 'Parental consent on' }).fill('21/11/2026');
    await modal.getByRole('textbox', { name: 'Consent form reference' }).fill('PC-17');
    await modal.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('article', { name: 'Pat Fictional' }).getByText('Consent given'));
    expect(await page.getByText('Parental consent needed').count()).toBe(0);
    expect(await checkAccessibility(page, 'parents and carers')).toBeDefined();
    await screenshot(page, 'mentee-carers');

    // The other tabs, looked at.
    await openMenteeTab(page, menteeId, /preferences|needs/i);
    await visible(page.getByRole('heading', { name: 'Resettlement needs' }));
    await page.getByRole('textbox', { name: 'Anything else' }).fill('No gay mentors');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await visible(page.getByText('A co-ordinator needs to look at these preferences'));
    await page
      .getByRole('textbox', { name: /Your view of these preferences/ })
      .fill('Talked it through with him; not used in matching.');
    await page.getByRole('button', { name: 'Record view' }).click();
    await expect
      .poll(() => page.getByText('A co-ordinator needs to look at these preferences').count())
      .toBe(0);
    await choose(page, 'Level of need: Accommodation', 'High');
    await expect
      .poll(
        async () =>
          (
            await coreCall<{ items: { pathway: string; level: string | null }[] }>(
              host.core,
              'assessment.needs',
              { menteeId },
            )
          ).items[0],
      )
      .toEqual(expect.objectContaining({ pathway: 'accommodation', level: 'high' }));
    expect(await checkAccessibility(page, 'preferences and needs')).toBeDefined();
    await screenshot(page, 'mentee-preferences');
    await openMenteeTab(page, menteeId, /^assessment/i);
    await visible(page.getByRole('heading', { name: 'Assessment meetings' }));
    expect(await checkAccessibility(page, 'assessment meetings')).toBeDefined();
    await screenshot(page, 'mentee-assessment');
  });
});
