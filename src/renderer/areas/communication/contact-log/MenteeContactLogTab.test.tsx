import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContactEntry } from '../../../../shared/contract/contacts';
import { renderScreen } from '../../../test-support/render';
import { MenteeContactLogTab } from './MenteeContactLogTab';

/** A fictional mentee's log; the core tests cover ordering, scope and the rules. */
const MENTEE = '00000000-0000-4000-8000-0000000000aa';
const entry = (n: number, onDate: string, nature: string): ContactEntry => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  menteeId: MENTEE,
  onDate,
  withWhom: 'carer',
  method: 'phone',
  nature,
  outcome: 'Will call back.',
  recordedByName: 'Callum Placeholder',
  recordedAt: `${onDate}T10:00:00.000Z`,
});

const add = vi.fn(async (input: Record<string, unknown>) => ({
  ok: true,
  value: { ...entry(9, input.onDate as string, input.nature as string), ...input },
}));
Object.defineProperty(window, 'api', {
  configurable: true,
  value: {
    contacts: {
      list: async () => ({
        ok: true,
        value: {
          items: [
            entry(1, '2026-03-09', 'Told his mother about the programme'),
            entry(2, '2026-01-20', 'Referral acknowledged'),
          ],
        },
      }),
      add,
      update: vi.fn(),
    },
  },
});

describe('the contact log tab', () => {
  it('lists contacts in the order given, UK dates, who recorded them', async () => {
    renderScreen(<MenteeContactLogTab menteeId={MENTEE} />);
    expect(await screen.findByText('Told his mother about the programme')).toBeTruthy();
    expect(screen.getByText('09/03/2026')).toBeTruthy();
    expect(screen.getAllByText('Callum Placeholder')).toHaveLength(2);
    expect(
      screen.getByRole('button', { name: 'Correct the contact of 20/01/2026: Referral acknowledged' }),
    ).toBeTruthy();
  });

  it('records a contact from the keyboard alone, and says what is missing first', async () => {
    const user = userEvent.setup();
    renderScreen(<MenteeContactLogTab menteeId={MENTEE} />);
    const date = await screen.findByRole('textbox', { name: /Date/ });
    await user.click(date);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Say what the contact was about.')).toBeTruthy();
    expect(add).not.toHaveBeenCalled();

    await user.click(date);
    await user.type(date, '2/3/26');
    await user.tab();
    await user.selectOptions(screen.getByRole('combobox', { name: /With/ }), 'agency');
    await user.tab();
    await user.tab();
    await user.keyboard('Asked probation about the release address');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    expect(add.mock.calls[0]![0]).toMatchObject({
      menteeId: MENTEE,
      onDate: '2026-03-02',
      withWhom: 'agency',
      method: 'prison_visit',
      nature: 'Asked probation about the release address',
      outcome: '',
    });
  });
});
