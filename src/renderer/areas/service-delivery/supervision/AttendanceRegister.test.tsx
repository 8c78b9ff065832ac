import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GroupSession, RegisterRow } from '../../../../shared/contract/supervision';
import { renderScreen } from '../../../test-support/render';
import { AttendanceRegister } from './AttendanceRegister';

/** Fictional mentors on a register; nothing is saved here (the core tests and the e2e do that). */
const row = (n: number, mentorName: string, status: RegisterRow['status']): RegisterRow => ({
  mentorId: `00000000-0000-4000-8000-00000000000${n}`,
  mentorName,
  stage: 'matched',
  status,
});
const SESSION: GroupSession = {
  id: '00000000-0000-4000-8000-0000000000aa',
  heldOn: '2026-11-18',
  startsAt: '18:30',
  venue: 'Community room',
  ledBy: '',
  status: 'published',
  themes: ['Boundaries'],
  attendanceTaken: false,
  attended: 0,
  apologies: 0,
  didNotAttend: 0,
};

Object.defineProperty(window, 'api', {
  configurable: true,
  value: { supervision: { recordAttendance: vi.fn() } },
});

describe('AttendanceRegister', () => {
  it('gives each mentor a labelled choice and marks the unmarked as attended in one step', async () => {
    const user = userEvent.setup();
    renderScreen(
      <AttendanceRegister
        session={SESSION}
        register={[row(1, 'Casey Fictional', 'apologies'), row(2, 'Robin Example', null)]}
      />,
    );
    const casey = screen.getByLabelText<HTMLSelectElement>('Attendance of Casey Fictional');
    const robin = screen.getByLabelText<HTMLSelectElement>('Attendance of Robin Example');
    expect(casey.value).toBe('apologies');
    expect(robin.value).toBe('');
    await user.click(screen.getByRole('button', { name: /Mark everyone not yet marked as attended \(1\)/ }));
    expect(robin.value).toBe('attended');
    expect(casey.value).toBe('apologies');
    await user.selectOptions(robin, 'did_not_attend');
    expect(robin.value).toBe('did_not_attend');
    expect(screen.getByRole('button', { name: 'Save the attendance' })).toBeDefined();
  });

  it('says when nobody is expected', () => {
    renderScreen(<AttendanceRegister session={SESSION} register={[]} />);
    expect(screen.getByText(/nobody is expected/)).toBeDefined();
  });
});
