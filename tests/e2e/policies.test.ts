import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { formatUkDate } from '../../src/shared/uk-date';
import type { PolicyRow } from '../../src/shared/contract/policies';
import { onePagePdf } from '../host/demo-policies';
import { checkAccessibility, screenshot } from './support/a11y';
import { coreCall, heading, nav, openScreen, visible } from './support/app';
import { describe, expect, test } from './support/fixture';
import { choose, coordinatorOnLaptop } from './coordinator-laptop';

const COORDINATOR = {
  displayName: 'Petra Policykeeper',
  username: 'coordinator.policies',
  passphrase: 'copper lantern 19 meadow',
};
const pdf = (fileName: string, title: string) => ({
  fileName,
  base64: onePagePdf(title, ['Fictional policy for the end-to-end test.']).toString('base64'),
});

describe('policies, handbooks and insurance (service development, standards 1, 24, 25)', () => {
  test('a co-ordinator adds a policy, attaches its document, views it and sees its review on the work queue', async ({
    launch,
  }) => {
    const host = await coordinatorOnLaptop(launch, COORDINATOR);
    const { page, core } = host;
    const today = ukToday(new Date());
    // Three of the six completed behind the screens: one in date, one due for review, one overdue.
    const rows = await coreCall<PolicyRow[]>(core, 'policies.list', {});
    const plan = [
      ['confidentiality', 200],
      ['complaints', 10],
      ['health_safety', -3],
    ] as const;
    for (const [kind, reviewIn] of plan) {
      const p = rows.find((r) => r.kind === kind)!;
      await coreCall(core, 'policies.update', {
        id: p.id,
        title: p.title,
        kind,
        owner: 'Co-ordinator',
        status: 'in_force',
      });
      await coreCall(core, 'policies.addVersion', {
        policyId: p.id,
        version: '1.0',
        approvedOn: addDays(today, -300),
        approvedBy: 'Board of trustees',
        reviewOn: addDays(today, reviewIn),
        document: pdf(`${kind}.pdf`, p.title),
      });
    }
    await coreCall(core, 'policies.saveInsurance', {
      kind: 'public_liability',
      insurer: 'Example Mutual Insurance',
      policyNumber: 'PL-000456',
      coverAmountPence: 500_000_000,
      startsOn: addDays(today, -345),
      expiresOn: addDays(today, 20),
      file: pdf('schedule.pdf', 'Insurance schedule'),
    });
    await host.open();
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);

    // The register: the six recommended first, review badges, documents.
    await openScreen(page, 'Policies');
    const register = page.getByRole('table');
    await visible(register.getByRole('row', { name: /Complaints/ }).getByText('Due'));
    await visible(register.getByRole('row', { name: /Health and safety/ }).getByText('Overdue'));
    await visible(page.getByRole('region', { name: 'In place and in date today' }).getByText('2 of 6'));

    // Add a policy through the form.
    await page.getByRole('button', { name: 'Add a policy' }).click();
    const add = page.getByRole('dialog', { name: 'Add a policy' });
    await add.getByRole('textbox', { name: 'Title' }).fill('Lone working');
    await choose(page, add, /^Status/, 'In force');
    await add.getByRole('textbox', { name: 'Owner' }).fill('Co-ordinator');
    expect(await checkAccessibility(page, 'add a policy')).toBeDefined();
    await add.getByRole('button', { name: 'Add the policy' }).click();
    await heading(page, 'Lone working');

    // Its first version, due for review tomorrow; then its document.
    await page.getByRole('button', { name: 'New version' }).click();
    const version = page.getByRole('dialog', { name: /^New version of/ });
    await version.getByRole('textbox', { name: 'Version' }).fill('1.0');
    await version.getByRole('textbox', { name: 'Approved by' }).fill('Board of trustees');
    await version.getByRole('textbox', { name: 'Review by' }).fill(formatUkDate(addDays(today, 1)));
    await version.getByRole('button', { name: 'Record the version' }).click();
    await version.waitFor({ state: 'detached' });
    await visible(page.getByText('Version 1.0 has no document attached yet.'));

    await page.getByRole('button', { name: 'Attach the document', exact: true }).click();
    const attach = page.getByRole('dialog', { name: /^Attach the document/ });
    // A Word file is refused in the window, with the core's own words.
    await attach.locator('input[type=file]').setInputFiles({
      name: 'lone-working.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('PK\u0003\u0004 word/document.xml'),
    });
    await visible(attach.getByText(/not a PDF or a picture/));
    await attach.locator('input[type=file]').setInputFiles({
      name: 'lone-working.pdf',
      mimeType: 'application/pdf',
      buffer: onePagePdf('Lone working (version 1.0)', ['Tell someone where you are going.']),
    });
    await attach.getByRole('button', { name: 'Attach', exact: true }).click();
    await attach.waitFor({ state: 'detached' });

    // The document is shown in the app, page drawn by pdf.js.
    const doc = page.getByRole('region', { name: 'Document' });
    await visible(doc.getByText(/lone-working\.pdf · PDF/));
    await doc.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    await visible(page.getByRole('region', { name: 'Details' }).getByText('Due'));
    await screenshot(page, 'policy-page');
    expect(await checkAccessibility(page, 'policy page')).toBeDefined();

    // Back to the register for its picture.
    await page.getByRole('link', { name: 'All policies' }).click();
    await heading(page, 'Policies');
    await visible(
      page
        .getByRole('table')
        .getByRole('row', { name: /Lone working/ })
        .getByText('Attached'),
    );
    await screenshot(page, 'policies-register');
    expect(await checkAccessibility(page, 'policies register')).toBeDefined();

    // Handbooks and leaflets.
    await page.getByRole('tab', { name: 'Handbooks and leaflets' }).click();
    await page.getByRole('button', { name: 'Add a handbook or leaflet' }).click();
    const leaflet = page.getByRole('dialog', { name: 'Add a handbook or leaflet' });
    await leaflet.getByRole('textbox', { name: 'Title' }).fill('About mentoring (easy read)');
    await choose(page, leaflet, /^Kind/, 'Mentee leaflet');
    await choose(page, leaflet, /^Who it is for/, 'Mentees');
    await choose(page, leaflet, /^Format/, 'Easy read');
    await leaflet.getByRole('button', { name: 'Save' }).click();
    await leaflet.waitFor({ state: 'detached' });
    await visible(page.getByRole('row', { name: /About mentoring \(easy read\)/ }));
    await screenshot(page, 'policies-literature');
    expect(await checkAccessibility(page, 'handbooks and leaflets')).toBeDefined();

    // Insurance: public liability ends in 20 days, so it is due.
    await openScreen(page, 'Insurance');
    await visible(page.getByRole('row', { name: /Public liability/ }).getByText('Due'));
    await screenshot(page, 'insurance');
    expect(await checkAccessibility(page, 'insurance')).toBeDefined();
    await page.getByRole('link', { name: 'Public liability' }).click();
    await heading(page, 'Public liability insurance');
    await page.locator('[data-testid="pdf-preview"][data-drawn="1"]').waitFor({ timeout: 20_000 });
    await screenshot(page, 'insurance-policy');
    expect(await checkAccessibility(page, 'insurance policy')).toBeDefined();

    // The work queue: the new policy's review (due tomorrow: due, not overdue), the overdue one, the renewal.
    await nav(page).getByRole('link', { name: 'Home' }).click();
    await visible(page.getByRole('heading', { name: 'Work queue' }));
    const queue = page.getByRole('region', { name: 'Work queue' });
    const lone = queue.getByRole('listitem').filter({ hasText: 'Lone working' });
    await visible(lone.getByText(/Policy review due/));
    await visible(page.getByRole('region', { name: 'Overdue or urgent' }).getByText(/Policy review overdue/));
    await visible(queue.getByText(/Insurance due for renewal/));
    await screenshot(page, 'policies-work-queue');
    await lone.getByRole('link').first().click();
    await heading(page, 'Lone working');
  });
});
