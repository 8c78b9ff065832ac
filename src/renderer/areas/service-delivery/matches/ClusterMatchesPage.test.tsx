import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClusterMatchRow } from '../../../../shared/contract/matches';
import { renderScreen } from '../../../test-support/render';
import { answer, stubApi } from '../../../test-support/stub-api';
import { ClusterMatchesPage } from './ClusterMatchesPage';

/** Fictional rows as the core sends them to a lead mentor (the core test checks the scope). */
const rows: ClusterMatchRow[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    mentorName: 'Nina North',
    menteeFirstName: 'Quinn',
    establishmentName: 'HMP Northmoor',
    stage: 'active',
    activeOn: '2026-11-20',
  },
];
stubApi({ matches: { myCluster: answer({ items: rows }) } });

describe('matches in my cluster', () => {
  it('lists each match with the mentee’s first name, where and since when', async () => {
    renderScreen(<ClusterMatchesPage />);
    const table = await screen.findByRole('table', { name: 'Matches in my cluster' });
    const [, row] = within(table).getAllByRole('row');
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Nina North', 'Quinn', 'HMP Northmoor', 'Active', '20/11/2026']);
    // No links into the casework.
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
