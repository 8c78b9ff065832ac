import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Policy, PolicyIndicators, PolicyRow } from '../../../../shared/contract/policies';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, signedInAs, stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { PoliciesPage } from './PoliciesPage';
import { PolicyDetailPage } from './PolicyDetailPage';

const row = (over: Partial<PolicyRow>): PolicyRow => ({
  id: 'p1',
  title: 'Confidentiality',
  kind: 'confidentiality',
  recommended: true,
  owner: 'Co-ordinator',
  status: 'in_force',
  version: '2.0',
  approvedOn: '2025-11-01',
  reviewOn: '2026-11-30',
  reviewState: 'due',
  hasDocument: true,
  ...over,
});
const ROWS = [
  row({}),
  row({
    id: 'p2',
    title: 'Complaints',
    kind: 'complaints',
    reviewOn: '2026-10-01',
    reviewState: 'overdue',
    hasDocument: false,
  }),
  row({
    id: 'p3',
    title: 'Lone working',
    kind: 'other',
    recommended: false,
    status: 'draft',
    version: null,
    approvedOn: null,
    reviewOn: null,
    reviewState: 'none',
    hasDocument: false,
  }),
];
const COUNTS: PolicyIndicators = {
  policies: { numerator: 4, denominator: 6 },
  missingKinds: ['complaints', 'safeguarding'],
  insurance: { numerator: 2, denominator: 3 },
};

function stub() {
  stubFontLoading();
  stubApi({
    policies: {
      list: answer(ROWS),
      indicators: answer(COUNTS),
      literature: answer([]),
      get: answer({
        ...row({}),
        summary: 'What staff and mentors keep to themselves, and when they must not.',
        updatedAt: '2026-11-01T10:00:00Z',
        versions: [
          {
            id: 'v2',
            version: '2.0',
            approvedOn: '2025-11-01',
            approvedBy: 'Trustees',
            reviewOn: '2026-11-30',
            changes: 'Probation sharing',
            file: null,
            recordedByName: 'Alex Example',
            recordedAt: '2025-11-02T09:00:00Z',
            current: true,
          },
          {
            id: 'v1',
            version: '1.0',
            approvedOn: '2024-11-01',
            approvedBy: 'Trustees',
            reviewOn: '2025-11-01',
            changes: '',
            file: { fileName: 'conf-v1.pdf', contentType: 'application/pdf', size: 2048 },
            recordedByName: 'Alex Example',
            recordedAt: '2024-11-02T09:00:00Z',
            current: false,
          },
        ],
      } satisfies Policy),
    },
  });
}
const show = (roles: Role[], ui = <PoliciesPage />, path?: string) =>
  renderScreen(<SessionContext value={signedInAs(roles)}>{ui}</SessionContext>, path ? { path } : {});

describe('the policies register', () => {
  it('lists each policy with its version, review badge and whether a document is attached', async () => {
    stub();
    show(['coordinator']);
    const table = await screen.findByRole('table');
    const conf = within(table).getByRole('row', { name: /Confidentiality/ });
    expect(conf.textContent).toContain('30/11/2026');
    expect(within(conf).getByText('Due')).toBeTruthy();
    expect(within(conf).getByText('Attached')).toBeTruthy();
    const complaints = within(table).getByRole('row', { name: /Complaints/ });
    expect(within(complaints).getByText('Overdue')).toBeTruthy();
    expect(within(complaints).getByText('None')).toBeTruthy();
    const lone = within(table).getByRole('row', { name: /Lone working/ });
    expect(lone.textContent).toContain('None yet');
    expect(lone.textContent).toContain('Not set');
    const counts = await screen.findByRole('region', { name: 'In place and in date today' });
    expect(counts.textContent).toContain('4 of 6');
    expect(counts.textContent).toContain('Complaints; Child protection and safeguarding');
    expect(screen.getByRole('button', { name: 'Add a policy' })).toBeTruthy();
  });

  it('a caseworker reads the register but is not offered changes or the counts', async () => {
    stub();
    show(['caseworker']);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Add a policy' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'In place and in date today' })).toBeNull();
  });

  it('the literature tab lists handbooks and leaflets', async () => {
    stub();
    const user = userEvent.setup();
    show(['coordinator']);
    await user.click(await screen.findByRole('tab', { name: 'Handbooks and leaflets' }));
    expect(await screen.findByText('No handbooks or leaflets recorded yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a handbook or leaflet' })).toBeTruthy();
  });
});

describe('a policy’s page', () => {
  it('shows every version, offers to attach the current one’s document and to view the old one', async () => {
    stub();
    show(['coordinator'], <PolicyDetailPage />, '/service-development/policies/p1');
    await screen.findByRole('heading', { name: 'Confidentiality', level: 1 });
    expect(screen.getByText('Version 2.0 has no document attached yet.')).toBeTruthy();
    const versions = screen.getByRole('region', { name: 'Versions' });
    expect(within(versions).getByRole('button', { name: 'View the document of version 1.0' })).toBeTruthy();
    expect(within(versions).getByRole('button', { name: 'Attach the document of version 2.0' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New version' })).toBeTruthy();
  });
});
