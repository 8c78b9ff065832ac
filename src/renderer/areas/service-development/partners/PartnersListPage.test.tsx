import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PartnerRow } from '../../../../shared/contract/partners';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, signedInAs, stubApi } from '../../../test-support/stub-api';
import { PartnersListPage } from './PartnersListPage';

const rows: PartnerRow[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Cumbria Probation (demo)',
    kind: 'probation',
    town: 'Penrith',
    inDateAgreement: false,
    nextReviewOn: '2000-01-10',
    referralsThisYear: 2,
    referralsAllTime: 3,
    liaisonThisQuarter: 1,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Kendal Jobcentre Plus (demo)',
    kind: 'employment',
    town: '',
    inDateAgreement: true,
    nextReviewOn: '2999-12-08',
    referralsThisYear: 0,
    referralsAllTime: 0,
    liaisonThisQuarter: 0,
  },
];
stubApi({
  partners: {
    list: answer({
      total: 2,
      page: 1,
      pageSize: 25,
      yearFrom: '2026-04-01',
      quarter: { from: '2026-10-01', to: '2026-12-31', liaisonContacts: 6 },
      items: rows,
    }),
  },
  establishments: { list: answer({ total: 0, page: 1, pageSize: 200, items: [] }) },
});

const show = (roles: Role[]) =>
  renderScreen(
    <SessionContext value={signedInAs(roles)}>
      <PartnersListPage />
    </SessionContext>,
  );

describe('partners list', () => {
  it('shows whether each partner has an agreement in date, the next review, referrals and liaison', async () => {
    show(['coordinator']);
    const table = await screen.findByRole('table');
    const [, probation, jobs] = within(table).getAllByRole('row');
    expect(
      within(probation!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Cumbria Probation (demo)Penrith', 'Probation', 'No', 'Overdue: 10/01/2000', '2', '3', '1']);
    expect(
      within(jobs!)
        .getAllByRole('cell')
        .map((c) => c.textContent)[3],
    ).toBe('08/12/2999');
    expect(screen.getByText(/liaison contacts with partners this quarter/).textContent).toContain(
      '01/10/2026',
    );
    expect(screen.getByRole('button', { name: 'Add a partner' })).toBeTruthy();
  });

  it('offers no Add button to a caseworker, who reads partners', async () => {
    show(['caseworker']);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Add a partner' })).toBeNull();
  });
});
