import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RegisterRow, TrainingSessionDetail } from '../../../shared/contract/training';
import { ukToday } from '../../../shared/mentors/dates';
import { formatUkDate } from '../../../shared/uk-date';
import { renderScreen } from '../../test-support/render';
import { RegisterTable } from './RegisterTable';

/** Fictional people on a register; nothing is saved here (the core tests and the e2e do that). */
const row = (
  name: string,
  status: RegisterRow['status'],
  hoursAttended: number | null = null,
): RegisterRow => ({
  id: `00000000-0000-4000-8000-00000000000${name.length}`,
  attendanceId: `00000000-0000-4000-8000-10000000000${name.length}`,
  name,
  stage: 'initial_training',
  status,
  hoursAttended,
  invitedOn: '2026-01-05',
  observations: '',
});

const inDays = (n: number) => {
  const today = ukToday(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
};

function sessionOn(heldOn: string, register: RegisterRow[]): TrainingSessionDetail {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    courseId: '00000000-0000-4000-8000-0000000000bb',
    courseTitle: 'Initial mentor training',
    courseKind: 'initial',
    heldOn,
    startTime: '09:30',
    hours: 6,
    venue: 'Riverside Centre',
    trainers: '',
    capacity: 14,
    announcedOn: null,
    cancelled: false,
    notes: '',
    invited: register.length,
    coming: register.filter((r) => r.status === 'accepted').length,
    attended: register.filter((r) => r.status === 'attended').length,
    courseTopics: [],
    register,
  };
}

Object.defineProperty(window, 'api', {
  configurable: true,
  value: { training: { setAttendance: vi.fn() } },
});

const optionsOf = (name: string) =>
  within(screen.getByLabelText(`Status of ${name}`))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('the register', () => {
  it('offers only replies for a session still to come, and says from when attendance can be taken', () => {
    const heldOn = inDays(3);
    // A row already marked attended (the session was moved later) keeps its status on show.
    renderScreen(
      <RegisterTable
        session={sessionOn(heldOn, [row('Ana Price', 'accepted'), row('Bo Li', 'attended', 6)])}
        editable
      />,
    );
    expect(
      screen.getByText(new RegExp(`Who attended can be recorded from ${formatUkDate(heldOn)}`)),
    ).toBeTruthy();
    expect(optionsOf('Ana Price')).toEqual(['Invited', 'Coming', 'Cannot come']);
    expect(optionsOf('Bo Li')).toEqual(['Invited', 'Coming', 'Cannot come', 'Attended']);
    expect(screen.queryByRole('button', { name: /Mark all coming as attended/ })).toBeNull();
    expect(screen.queryByLabelText('Hours Bo Li attended')).toBeNull();
  });

  it('offers every status, and marking everyone coming, from the session’s day', () => {
    renderScreen(<RegisterTable session={sessionOn(inDays(0), [row('Ana Price', 'accepted')])} editable />);
    expect(optionsOf('Ana Price')).toEqual([
      'Invited',
      'Coming',
      'Cannot come',
      'Attended',
      'Did not attend',
    ]);
    expect(screen.getByRole('button', { name: 'Mark all coming as attended (1)' })).toBeTruthy();
    expect(screen.queryByText(/Who attended can be recorded from/)).toBeNull();
  });

  it('says nothing about dates to those who only read the register', () => {
    renderScreen(
      <RegisterTable session={sessionOn(inDays(10), [row('Ana Price', 'accepted')])} editable={false} />,
    );
    expect(screen.queryByText(/Who attended can be recorded from/)).toBeNull();
    expect(screen.getByText('Coming')).toBeTruthy();
  });
});
