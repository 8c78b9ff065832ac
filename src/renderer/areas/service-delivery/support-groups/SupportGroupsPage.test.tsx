import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SupportCluster, SupportSummary } from '../../../../shared/contract/support-groups';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, signedInAs, stubApi } from '../../../test-support/stub-api';
import { SupportGroupsPage } from './SupportGroupsPage';

/** Fictional answers as the core sends them (the core test checks who gets what). */
const clusters: SupportCluster[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Coastal',
    leadMentors: ['Nia Sampleford'],
    lastMetOn: '2026-09-22',
    nextDueOn: '2026-11-03',
    overdue: true,
    meetings: 2,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Fellside',
    leadMentors: [],
    lastMetOn: null,
    nextDueOn: '2026-11-24',
    overdue: false,
    meetings: 0,
  },
];
const summaries: SupportSummary[] = [
  { clusterName: 'Coastal', heldOn: '2026-09-22', concernsSummary: 'Phones are hard to come by on release.' },
];
stubApi({
  supportGroups: {
    clusters: answer(clusters),
    summaries: answer({ total: 1, page: 1, pageSize: 20, items: summaries }),
  },
});

const show = (roles: Role[]) =>
  renderScreen(
    <SessionContext value={signedInAs(roles)}>
      <SupportGroupsPage />
    </SessionContext>,
  );

describe('support groups screen', () => {
  it('shows a co-ordinator each cluster with its next meeting, overdue marked, and the summaries', async () => {
    show(['coordinator']);
    const table = await screen.findByRole('table');
    const [, coastal, fellside] = within(table).getAllByRole('row');
    expect(
      within(coastal!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Coastal', 'Nia Sampleford', '22/09/2026', 'Overdue since 03/11/2026', '2']);
    expect(
      within(fellside!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Fellside', 'No lead mentor', 'Not yet', '24/11/2026', '0']);
    await screen.findByText('Phones are hard to come by on release.');
    expect(screen.getByText('Coastal, meeting of 22/09/2026')).toBeTruthy();
  });

  it('shows a regional manager the summaries only', async () => {
    show(['regional_manager']);
    await screen.findByText('Phones are hard to come by on release.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Nia Sampleford')).toBeNull();
  });

  it('shows a lead mentor their clusters without the summaries list', async () => {
    show(['lead_mentor']);
    await screen.findByRole('table');
    expect(screen.queryByRole('heading', { name: 'Concerns passed to the regional manager' })).toBeNull();
  });
});
