import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GroupSession } from '../../../../shared/contract/supervision';
import { renderScreen } from '../../../test-support/render';
import { monthWeeks, sessionLook } from './supervision-format';
import { YearCalendar } from './YearCalendar';

const TODAY = '2026-11-23';
const session = (over: Partial<GroupSession> & Pick<GroupSession, 'id' | 'heldOn'>): GroupSession => ({
  startsAt: '18:30',
  venue: 'Community room',
  ledBy: 'Cora',
  status: 'published',
  themes: [],
  attendanceTaken: false,
  attended: 0,
  apologies: 0,
  didNotAttend: 0,
  ...over,
});
const SESSIONS = [
  session({
    id: '1',
    heldOn: '2026-10-14',
    attendanceTaken: true,
    attended: 7,
    apologies: 2,
    didNotAttend: 1,
  }),
  session({ id: '2', heldOn: '2026-11-23' }),
  session({ id: '3', heldOn: '2026-11-25', status: 'cancelled' }),
  session({ id: '4', heldOn: '2026-12-09', status: 'planned' }),
];

describe('YearCalendar', () => {
  it('shows each month with its sessions, their state and attendance counts', () => {
    renderScreen(<YearCalendar year={2026} sessions={SESSIONS} today={TODAY} />);
    expect(screen.getAllByRole('region')).toHaveLength(12);
    const october = screen.getByRole('region', { name: 'October 2026' });
    expect(within(october).getByRole('link', { name: '14/10/2026, 18:30' })).toBeDefined();
    expect(within(october).getByText('7 attended · 2 apologies · 1 did not attend')).toBeDefined();
    const november = screen.getByRole('region', { name: 'November 2026' });
    // Today's session has happened: its register is waiting; the cancelled one says so.
    expect(within(november).getByText('Attendance to record')).toBeDefined();
    expect(within(november).getByText('Cancelled')).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'December 2026' })).getByText(/Planned/)).toBeDefined();
    expect(
      within(screen.getByRole('region', { name: 'January 2026' })).getByText('No group supervision'),
    ).toBeDefined();
  });
});

describe('calendar helpers', () => {
  it('lays a month out Monday first', () => {
    // November 2026 starts on a Sunday: six blanks, then the 1st.
    const weeks = monthWeeks(2026, 10);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks.at(-1)).toEqual([30, null, null, null, null, null, null]);
  });

  it('says a past session without attendance is waiting for it, and a future one what it is', () => {
    expect(sessionLook(SESSIONS[1]!, TODAY)).toBe('awaiting');
    expect(sessionLook(SESSIONS[1]!, '2026-11-22')).toBe('published');
    expect(sessionLook(SESSIONS[0]!, TODAY)).toBe('taken');
  });
});
