import { useForm } from '@mantine/form';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ClaimContext, ClaimLineInput } from '../../../../shared/contract/expenses';
import { renderScreen } from '../../../test-support/render';
import { ClaimLinesFields } from './ClaimLinesFields';

const MATCH = '11111111-1111-4111-8111-111111111111';
const CONTEXT: ClaimContext = {
  mentorId: '22222222-2222-4222-8222-222222222222',
  rates: [
    { effectiveFrom: '2026-06-01', pencePerMile: 50 },
    { effectiveFrom: '2000-01-01', pencePerMile: 45 },
  ],
  funds: [
    {
      matchId: MATCH,
      reference: 'X-2026-0003',
      menteeName: 'Jordan Sample',
      stage: 'active',
      allowancePence: 5000,
      spentPence: 4000,
      remainingPence: 1000,
    },
  ],
};

function Lines({ lines }: { lines: ClaimLineInput[] }) {
  const form = useForm({ mode: 'controlled', initialValues: { lines } });
  return <ClaimLinesFields form={form as never} context={CONTEXT} />;
}

describe('ClaimLinesFields', () => {
  it('prices a journey live at the rate on its day and adds up the claim', async () => {
    const user = userEvent.setup();
    renderScreen(
      <Lines
        lines={[
          {
            kind: 'mileage',
            spentOn: '2026-05-31',
            description: 'To the prison',
            miles: null,
            amountPence: null,
            matchId: null,
          },
        ]}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: /Miles/ }), '10.5');
    expect(screen.getByText('10.5 miles at 45p a mile = £4.73')).toBeTruthy();
    const date = screen.getByRole('textbox', { name: /Date/ });
    await user.clear(date);
    await user.type(date, '01/06/2026');
    expect(screen.getByText('10.5 miles at 50p a mile = £5.25')).toBeTruthy();
    expect(screen.getByTestId('claim-total').textContent).toBe('Claim total £5.25');
  });

  it('warns, without stopping, when an activity would take the match’s fund past its allowance', async () => {
    const user = userEvent.setup();
    renderScreen(
      <Lines
        lines={[
          {
            kind: 'activity',
            spentOn: '2026-06-02',
            description: 'Bowling',
            miles: null,
            amountPence: null,
            matchId: MATCH,
          },
        ]}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '12.50');
    expect(
      screen.getByText(/This claim spends £12\.50; £10\.00 left\. It would go over the fund by £2\.50/),
    ).toBeTruthy();
    expect(screen.getByTestId('claim-total').textContent).toBe('Claim total £12.50');
  });
});
