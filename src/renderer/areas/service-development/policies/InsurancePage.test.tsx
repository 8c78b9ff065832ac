import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InsurancePolicy } from '../../../../shared/contract/policies';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, signedInAs, stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { InsurancePage } from './InsurancePage';

const cover = (over: Partial<InsurancePolicy>): InsurancePolicy => ({
  id: 'i1',
  kind: 'public_liability',
  insurer: 'Example Mutual',
  policyNumber: 'PL-1',
  coverSummary: '',
  coverAmountPence: 500_000_000,
  startsOn: '2025-12-14',
  expiresOn: '2026-12-14',
  notes: '',
  file: null,
  archived: false,
  renewalState: 'due',
  ...over,
});

function stub(sent: unknown[] = []) {
  stubFontLoading();
  stubApi({
    policies: {
      insurance: answer([
        cover({}),
        cover({
          id: 'i2',
          kind: 'employers_liability',
          expiresOn: '2026-11-01',
          renewalState: 'overdue',
          coverAmountPence: null,
        }),
      ]),
      saveInsurance: async (input: unknown) => {
        sent.push(input);
        return { ok: true as const, value: cover({}) };
      },
    },
  });
}
const show = (roles: Role[]) =>
  renderScreen(
    <SessionContext value={signedInAs(roles)}>
      <InsurancePage />
    </SessionContext>,
  );

describe('the insurance screen', () => {
  it('shows cover in pounds and says which is due and which has expired', async () => {
    stub();
    show(['coordinator']);
    const table = await screen.findByRole('table');
    const pl = within(table).getByRole('row', { name: /Public liability/ });
    expect(pl.textContent).toContain('£5,000,000.00');
    expect(within(pl).getByText('Due')).toBeTruthy();
    const el = within(table).getByRole('row', { name: /Employer’s liability/ });
    expect(within(el).getByText('Expired')).toBeTruthy();
  });

  it('sends the cover typed in pounds as whole pence', async () => {
    const sent: unknown[] = [];
    stub(sent);
    const user = userEvent.setup();
    show(['coordinator']);
    await user.click(await screen.findByRole('button', { name: 'Add insurance' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add insurance' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Insurer/ }), 'Placeholder Underwriting');
    await user.type(within(dialog).getByRole('textbox', { name: 'Amount of cover (£)' }), '£2,500.50');
    await user.type(within(dialog).getByRole('textbox', { name: /^Cover starts/ }), '01/04/2026');
    await user.type(within(dialog).getByRole('textbox', { name: /^Cover ends/ }), '31/03/2027');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toMatchObject({
      insurer: 'Placeholder Underwriting',
      coverAmountPence: 250_050,
      startsOn: '2026-04-01',
      expiresOn: '2027-03-31',
    });
  });

  it('a lead mentor reads it but is not offered changes', async () => {
    stub();
    show(['lead_mentor']);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Add insurance' })).toBeNull();
  });
});
