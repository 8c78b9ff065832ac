import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActivityFund } from '../../../../shared/contract/budgets';
import type { Role } from '../../../../shared/roles';
import { SessionContext } from '../../../session/session-context';
import { renderScreen } from '../../../test-support/render';
import { answer, signedInAs, stubApi, stubFontLoading } from '../../../test-support/stub-api';
import { ActivityFundPanel } from './ActivityFundPanel';

const MATCH = '00000000-0000-4000-8000-000000000001';

function show(roles: Role[], fund: ActivityFund, sent: unknown[] = []) {
  stubFontLoading();
  stubApi({
    budgets: {
      fund: answer(fund),
      setFund: async (input: unknown) => {
        sent.push(input);
        return { ok: true as const, value: fund };
      },
    },
  });
  return renderScreen(
    <SessionContext value={signedInAs(roles)}>
      <ActivityFundPanel matchId={MATCH} reference="X-2026-0001" />
    </SessionContext>,
  );
}

describe('the activity fund on the match page', () => {
  it('shows a co-ordinator the allowance, what is spent and an overspend as a minus', async () => {
    show(['coordinator'], {
      matchId: MATCH,
      allowancePence: 5000,
      spentPence: 6250,
      remainingPence: -1250,
      note: 'Museum trip',
    });
    expect(await screen.findByText('£50.00')).toBeTruthy();
    expect(screen.getByText('£62.50')).toBeTruthy();
    expect(screen.getByText('−£12.50')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change the activity fund' })).toBeTruthy();
  });

  it('sets a fund in pounds and sends whole pence', async () => {
    const sent: unknown[] = [];
    const user = userEvent.setup();
    show(
      ['coordinator'],
      { matchId: MATCH, allowancePence: null, spentPence: 0, remainingPence: null, note: '' },
      sent,
    );
    await user.click(await screen.findByRole('button', { name: 'Set an activity fund' }));
    await user.type(await screen.findByRole('textbox', { name: 'Allowance' }), '60.5');
    await user.click(screen.getByRole('button', { name: 'Save fund' }));
    await screen.findByRole('button', { name: 'Set an activity fund' });
    expect(sent).toEqual([{ matchId: MATCH, amountPence: 6050, note: '' }]);
  });

  it('is not there for a caseworker', () => {
    const { container } = show(['caseworker'], {
      matchId: MATCH,
      allowancePence: 5000,
      spentPence: 0,
      remainingPence: 5000,
      note: '',
    });
    expect(container.textContent).not.toContain('Activity fund');
  });
});
