import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../../../test-support/render';
import { DateField } from './DateField';
import { renewalBadge } from './screening-format';

/** A date box over a held value, showing what the form would send. */
function Harness({ initial, error }: { initial: string; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="Issue date" value={value} onChange={setValue} error={error} />
      <output aria-label="Sent">{value}</output>
    </>
  );
}

describe('DateField', () => {
  it('shows a stored date the UK way and sends what is typed as ISO', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness initial="2026-01-15" />);
    const box = screen.getByRole('textbox', { name: 'Issue date' });
    expect((box as HTMLInputElement).value).toBe('15/01/2026');
    await user.clear(box);
    await user.type(box, '3/2/26');
    expect(screen.getByLabelText('Sent').textContent).toBe('2026-02-03');
    await user.clear(box);
    expect(screen.getByLabelText('Sent').textContent).toBe('');
  });

  it('keeps text it cannot read, and says what is wrong with it when the form objects', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness initial="" error="Enter a date as day/month/year." />);
    const box = screen.getByRole('textbox', { name: 'Issue date' });
    await user.type(box, '31/02/2026');
    expect(screen.getByLabelText('Sent').textContent).toBe('31/02/2026');
    expect(screen.getByText('31/02/2026 is not a date: February 2026 has 28 days.')).toBeTruthy();
  });
});

describe('the DBS renewal badge', () => {
  it('names the warning point reached and the days left', () => {
    expect(renewalBadge({ level: 'due', daysLeft: 26, within: 30 })).toEqual({
      color: 'orange',
      text: 'Renewal due within 30 days (26 days left)',
    });
    expect(renewalBadge({ level: 'due', daysLeft: 1, within: 7 }).color).toBe('red');
    expect(renewalBadge({ level: 'expired', daysLeft: -2, within: null }).text).toBe('Expired');
    expect(renewalBadge({ level: 'in_date', daysLeft: 400, within: null }).text).toBe('In date');
  });
});
