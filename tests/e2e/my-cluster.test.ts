import type { Page } from 'playwright-core';
import type { BrowserHost } from '../host/browser-host';
import { buildDemoEstablishments } from '../host/demo-establishments';
import { buildDemoMentors } from '../host/demo-mentors';
import type { ClusterOverview } from '../../src/shared/contract/mentors';
import type { Role } from '../../src/shared/roles';
import { checkAccessibility, screenshot } from './support/a11y';
import {
  addAccountThroughCore,
  coreCall,
  firstSignInThroughCore,
  heading,
  nav,
  setUpThroughCore,
  visible,
} from './support/app';
import { describe, expect, test } from './support/fixture';

/** The lead mentor's laptop. */
const LAPTOP = { width: 1366, height: 768 };

const COORDINATOR = {
  displayName: 'Aled Coordinator',
  username: 'coordinator.test',
  passphrase: 'meadow lantern copper 71',
};
const LEAD = {
  displayName: 'Bronwen Fictitious',
  username: 'lead.test',
  passphrase: 'harbour thistle amber 52',
};
const UNLINKED = {
  displayName: 'Idris Unlinked',
  username: 'unlinked.test',
  passphrase: 'copper meadow kettle 64',
};
type Person = typeof LEAD;

/** Sign in as `person` through the core, changing the temporary passphrase, then open the app. */
async function signInAs(host: BrowserHost, person: Person): Promise<void> {
  await firstSignInThroughCore(host.core, person);
  await host.open();
}

const account = (host: BrowserHost, person: Person, roles: Role[]): Promise<string> =>
  addAccountThroughCore(host.core, person, roles);

/**
 * The demo establishments and mentors, Bronwen leading Fellside; Grace Dummy (Fellside, at
 * interview) has begun clearance at a prison but handed in no forms yet.
 */
async function demo(host: BrowserHost): Promise<void> {
  await setUpThroughCore(host.core);
  await buildDemoEstablishments(host.core);
  await account(host, COORDINATOR, ['coordinator']);
  await buildDemoMentors(host.core, await account(host, LEAD, ['lead_mentor']));
  const { items } = await coreCall<{ items: { id: string; displayName: string }[] }>(
    host.core,
    'mentors.list',
    { search: 'Grace' },
  );
  const prisons = await coreCall<{ items: { id: string; clusterName: string | null }[] }>(
    host.core,
    'establishments.list',
    { kind: 'prison' },
  );
  await coreCall(host.core, 'screening.saveClearance', {
    mentorId: items.find((m) => m.displayName === 'Grace Dummy')!.id,
    establishmentId: prisons.items.find((p) => p.clusterName === 'Fellside')!.id,
    status: 'not_started',
  });
}

/** A Mantine select's input, by its label. */
const field = (page: Page, label: string) =>
  page.locator('input').and(page.getByLabel(label, { exact: true }));
const rowsOnScreen = (host: BrowserHost) => host.page.locator('tbody tr[data-row]');

describe('my cluster (service development)', () => {
  test('a lead mentor sees their cluster’s clearance steps and training, and nothing from screening', async ({
    launch,
  }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await demo(host);
    await signInAs(host, LEAD);
    await heading(page, `Welcome, ${LEAD.displayName}`);
    await nav(page).getByRole('link', { name: 'My cluster', exact: true }).click();
    await heading(page, 'My cluster');
    await visible(page.getByText(/^Fellside: where each mentor/));

    // The same mentors the core gives a lead mentor, and none from the Coastal cluster.
    const answer = await coreCall<ClusterOverview>(host.core, 'mentors.clusterOverview', {});
    expect(answer.items.length).toBeGreaterThan(3);
    expect(answer.items.every((r) => r.clusterName === 'Fellside')).toBe(true);
    await visible(page.getByRole('link', { name: /Grace Dummy/ }));
    expect(await rowsOnScreen(host).count()).toBe(answer.items.length);
    expect(await page.getByText('Yusuf Madeup').count()).toBe(0);
    // No cluster picker (they lead one), and nothing from screening or equality monitoring.
    expect(await field(page, 'Cluster').count()).toBe(0);
    for (const word of [/certificate/i, /ethnic/i, /disclos/i, /readiness/i, /missing before ready/i])
      expect(await page.getByText(word).count()).toBe(0);

    // Most urgent first: the expired clearance leads; Grace's forms are still to hand in.
    const first = await rowsOnScreen(host).first().innerText();
    expect(first).toContain('Expired');
    const grace = rowsOnScreen(host).filter({ hasText: 'Grace Dummy' });
    await visible(grace.getByText('Forms to submit'));
    await visible(page.getByText(/of 12 hours/).first());
    expect(await checkAccessibility(page, 'my cluster')).toBeDefined();
    await screenshot(page, 'my-cluster');

    // Only those with forms to submit; then sorted by name.
    await field(page, 'Next step').click();
    await page.getByRole('option', { name: 'Forms to submit (1)' }).click();
    await visible(page.getByText('1 mentor with this next step', { exact: false }));
    expect(await rowsOnScreen(host).count()).toBe(1);
    await page.getByRole('button', { name: 'Name' }).click();
    await visible(
      page.getByRole('columnheader', { name: 'Name' }).and(page.locator('[aria-sort="ascending"]')),
    );
    // The name opens the mentor's page.
    await page.getByRole('link', { name: /Grace Dummy/ }).click();
    await heading(page, 'Grace Dummy');
  });

  test('a co-ordinator chooses a cluster', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await demo(host);
    await signInAs(host, COORDINATOR);
    await heading(page, `Welcome, ${COORDINATOR.displayName}`);
    await nav(page).getByRole('link', { name: 'My cluster', exact: true }).click();
    await heading(page, 'My cluster');
    await visible(page.getByRole('link', { name: /Yusuf Madeup/ }));
    await visible(page.getByRole('link', { name: /Grace Dummy/ }));
    await visible(page.getByRole('columnheader', { name: 'Cluster' }));
    await field(page, 'Cluster').click();
    await page.getByRole('option', { name: 'Coastal' }).click();
    await visible(page.getByText(/^Coastal: where each mentor/));
    // The heading follows the choice at once; the rows once the core has answered.
    await page.getByRole('link', { name: /Grace Dummy/ }).waitFor({ state: 'detached' });
    await visible(
      page.getByRole('region', { name: 'Mentors in the cluster' }).and(page.locator('[aria-busy="false"]')),
    );
    const coastal = await coreCall<ClusterOverview>(host.core, 'mentors.clusterOverview', {
      clusterId: (await coreCall<ClusterOverview>(host.core, 'mentors.clusterOverview', {})).clusters.find(
        (c) => c.name === 'Coastal',
      )!.id,
    });
    await visible(page.getByRole('link', { name: /Yusuf Madeup/ }));
    expect(await rowsOnScreen(host).count()).toBe(coastal.items.length);
    expect(await checkAccessibility(page, 'my cluster as co-ordinator')).toBeDefined();
    await screenshot(page, 'my-cluster-coordinator');
  });

  test('a lead mentor not yet linked to a cluster is told whom to ask', async ({ launch }) => {
    const host = await launch({ navigate: false, viewport: LAPTOP });
    const { page } = host;
    await setUpThroughCore(host.core);
    await account(host, UNLINKED, ['lead_mentor']);
    await signInAs(host, UNLINKED);
    await heading(page, `Welcome, ${UNLINKED.displayName}`);
    await nav(page).getByRole('link', { name: 'My cluster', exact: true }).click();
    await heading(page, 'My cluster');
    await visible(
      page.getByText('Ask a co-ordinator to link your account to your mentor record and cluster.'),
    );
    expect(await page.locator('table').count()).toBe(0);
    expect(await checkAccessibility(page, 'my cluster, not linked')).toBeDefined();
    await screenshot(page, 'my-cluster-unlinked');
  });
});
