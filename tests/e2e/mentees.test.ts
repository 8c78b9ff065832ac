import { buildDemoEstablishments } from '../host/demo-establishments';
import { INDUCTION_ITEMS } from '../../src/shared/mentees/assessment';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  ADMIN,
  CASEWORKER,
  addAccountThroughCore,
  coreCall,
  firstSignInThroughCore,
  heading,
  openScreen,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';

/** The co-ordinator's laptop. */
const LAPTOP = { width: 1366, height: 768 };

describe('mentees (assessment)', () => {
  test('a self-referral slip walked to ready to match: the gate refuses, names what is missing, then lets it through', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    await buildDemoEstablishments(host.core);
    // Someone else already referred, so the list is not empty and the duplicate check has a name.
    await coreCall(host.core, 'mentees.create', {
      mentee: { firstName: 'Jordan', lastName: 'Fictional', prisonNumber: 'A1234ZZ' },
      referral: { source: 'probation', referredOn: '2026-01-12', notALicenceCondition: true },
    });
    await host.open();
    await heading(page, `Welcome, ${ADMIN.displayName}`);
    // The home page's one work queue (issue 10) holds the mentees' items too.
    await visible(page.getByRole('heading', { name: 'Work queue' }));

    await openScreen(page, 'Referrals and mentees');
    await visible(page.getByRole('link', { name: 'Jordan Fictional' }));
    expect(await checkAccessibility(page, 'mentees list')).toBeDefined();
    await screenshot(page, 'mentees-list');

    // The full referral form: shown, checked, and warns about a likely duplicate.
    await page.getByRole('link', { name: 'Add a referral' }).click();
    await heading(page, 'Add a referral');
    await page.getByLabel(/^First name/).fill('Jordan');
    await page.getByLabel(/^Last name/).fill('Fictionel');
    await visible(page.getByText('This may be someone already recorded'));
    await visible(page.getByText('Suitable for mentoring'));
    expect(await checkAccessibility(page, 'referral form')).toBeDefined();
    await screenshot(page, 'mentee-referral-form');
    await page.getByRole('link', { name: 'Cancel' }).click();
    // Leaving a typed form asks first.
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await heading(page, 'Referrals and mentees');

    // The self-referral slip.
    await page.getByRole('link', { name: 'Self-referral slip' }).click();
    await heading(page, 'Self-referral slip');
    await page.getByLabel(/^First name/).fill('Casey');
    await page.getByLabel(/^Last name/).fill('Madeup');
    await page.getByLabel(/^Prison number/).fill('b9876yx');
    await page.getByLabel(/^Wing or location/).fill('C wing, landing 2');
    await page.getByLabel(/^What they would like help with/).fill('Finding somewhere to live and a job.');
    expect(await checkAccessibility(page, 'self-referral slip')).toBeDefined();
    await screenshot(page, 'mentee-self-referral');
    await page.getByRole('button', { name: 'Record the slip' }).click();

    // The mentee page: reference, readiness panel, tabs.
    await heading(page, 'Casey Madeup');
    await visible(page.getByText(/M-\d{4}-0002/).first());
    await visible(page.getByRole('heading', { name: 'What is still needed before matching' }));
    await visible(page.getByText(/Record the date they agreed to take part/).first());
    await visible(page.getByText('B9876YX'));
    expect(await checkAccessibility(page, 'mentee page')).toBeDefined();
    await screenshot(page, 'mentee-page');

    // Ready to match is refused, naming each condition.
    await page.getByRole('button', { name: 'Move to another stage' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('input')
      .and(dialog.getByLabel(/^New stage/))
      .click();
    await page.getByRole('option', { name: 'Ready to match', exact: true }).click();
    await dialog.getByRole('button', { name: 'Record this step' }).click();
    await visible(dialog.getByText(/They cannot be “Ready to match” yet/));
    for (const missing of [/agreed to take part/, /Finish their induction/, /risk assessment/])
      await visible(dialog.getByText(missing).first());
    expect(await checkAccessibility(page, 'mentee gate refused')).toBeDefined();
    await screenshot(page, 'mentee-gate-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // A step the gate does not guard goes through; the pipeline shows it.
    await page.getByRole('button', { name: 'Acknowledge referral' }).click();
    await visible(page.getByText('Referral acknowledged').first());
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await visible(page.getByRole('cell', { name: 'Referral acknowledged' }));
    await screenshot(page, 'mentee-page-pipeline');

    // The referral criteria: a new one is offered on the next referral.
    await openScreen(page, 'Referral criteria');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/^Criterion/)
      .fill('Lives in the county');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('cell', { name: /Lives in the county/ }));
    expect(await checkAccessibility(page, 'referral criteria')).toBeDefined();
    await openScreen(page, 'Referrals and mentees');
    await page.getByRole('link', { name: 'Casey Madeup' }).click();
    await heading(page, 'Casey Madeup');

    // Consent recorded through "Edit details": the readiness panel no longer asks for it.
    await page.getByRole('link', { name: 'Edit details' }).click();
    await heading(page, 'Change Casey Madeup’s details');
    await page.getByLabel(/^Date they agreed to take part/).fill('01/11/2026');
    expect(await checkAccessibility(page, 'edit mentee')).toBeDefined();
    await screenshot(page, 'mentee-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, 'Casey Madeup');
    await visible(page.getByText(/Finish their induction/).first());
    await expect.poll(() => page.getByText(/Record the date they agreed to take part/).count()).toBe(0);

    // The induction and a signed-off risk assessment (their screens are walked in assessment.test.ts),
    // recorded here through the core: then nothing is missing and the gate lets "ready" through.
    const menteeId = new URL(page.url()).hash.split('/').pop()!;
    const today = new Date().toISOString().slice(0, 10);
    for (const { key } of INDUCTION_ITEMS)
      await coreCall(host.core, 'assessment.setInductionItem', { menteeId, item: key, doneOn: today });
    const draft = await coreCall<{ id: string }>(host.core, 'assessment.saveRiskDraft', {
      menteeId,
      overallLevel: 'low',
      assessor: ADMIN.displayName,
      assessedOn: today,
    });
    await coreCall(host.core, 'assessment.signOffRisk', { menteeId, id: draft.id });
    await page.reload();
    await heading(page, 'Casey Madeup');
    await expect.poll(() => page.getByText(/Finish their induction/).count()).toBe(0);
    await page.getByRole('button', { name: 'Move to another stage' }).click();
    const again = page.getByRole('dialog');
    await again
      .locator('input')
      .and(again.getByLabel(/^New stage/))
      .click();
    await page.getByRole('option', { name: 'Ready to match', exact: true }).click();
    await again.getByRole('button', { name: 'Record this step' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await visible(page.getByText('Ready to match').first());
    await screenshot(page, 'mentee-ready');

    // The printable file.
    await page.getByRole('link', { name: 'Mentee file' }).click();
    await heading(page, 'Mentee file: Casey Madeup');
    await visible(page.getByRole('heading', { name: 'Readiness for matching' }));
    expect(await checkAccessibility(page, 'mentee file')).toBeDefined();
    await screenshot(page, 'mentee-file');
  });

  test('a caseworker sees their own caseload in full and someone else’s mentee as a name only', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    const me = await addAccountThroughCore(host.core, CASEWORKER, ['caseworker']);
    const mine = await coreCall<{ id: string }>(host.core, 'mentees.create', {
      mentee: {
        firstName: 'Robin',
        lastName: 'Invented',
        prisonNumber: 'D4567EF',
        expectedRelease: '2027-02-01',
      },
      referral: { source: 'chaplaincy', referredOn: '2026-10-01', notALicenceCondition: true },
    });
    await coreCall(host.core, 'mentees.assignCaseworker', { id: mine.id, caseworkerAccountId: me });
    await coreCall(host.core, 'mentees.create', {
      mentee: { firstName: 'Morgan', lastName: 'Notmine', prisonNumber: 'E5678FG' },
      referral: { source: 'probation', referredOn: '2026-10-02', notALicenceCondition: true },
    });
    await firstSignInThroughCore(host.core, CASEWORKER);
    await host.open();
    await heading(page, `Welcome, ${CASEWORKER.displayName}`);
    await openScreen(page, 'Referrals and mentees');
    await page.getByLabel('My caseload only').click();
    await expect.poll(() => page.getByRole('link', { name: 'Morgan Notmine' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Robin Invented' }).click();
    await heading(page, 'Robin Invented');
    await visible(page.getByText('D4567EF'));
    await visible(page.getByRole('tab', { name: 'Risk' }));
    await visible(page.getByRole('button', { name: 'Move to another stage' }));

    await openScreen(page, 'Referrals and mentees');
    await page.getByRole('link', { name: 'Morgan Notmine' }).click();
    await heading(page, 'Morgan Notmine');
    await visible(page.getByRole('tab', { name: 'Profile' }));
    await visible(page.getByRole('heading', { name: 'On another caseload' }));
    expect(await page.getByText('E5678FG').count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Risk' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Move to another stage' }).count()).toBe(0);
    expect(await checkAccessibility(page, 'mentee page, directory view')).toBeDefined();
    await screenshot(page, 'mentee-page-directory-view');
  });
});
