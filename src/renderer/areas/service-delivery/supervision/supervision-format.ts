import type { GroupSession } from '../../../../shared/contract/supervision';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type SessionLook = 'cancelled' | 'taken' | 'awaiting' | 'published' | 'planned';

/** How a session shows on the calendar: what happened, or what is still to happen. */
export function sessionLook(s: GroupSession, today: string): SessionLook {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.attendanceTaken) return 'taken';
  if (s.heldOn <= today) return 'awaiting';
  return s.status === 'published' ? 'published' : 'planned';
}

export const LOOK_COLOURS: Record<SessionLook, string> = {
  cancelled: 'red',
  taken: 'green',
  awaiting: 'orange',
  published: 'blue',
  planned: 'gray',
};

export const LOOK_LABELS: Record<SessionLook, string> = {
  cancelled: 'Cancelled',
  taken: 'Attendance taken',
  awaiting: 'Attendance to record',
  published: 'Published',
  planned: 'Planned, not yet published',
};

export function attendanceSummary(s: GroupSession): string {
  return `${s.attended} attended · ${s.apologies} ${s.apologies === 1 ? 'apology' : 'apologies'} · ${s.didNotAttend} did not attend`;
}

/** The weeks of a month as rows of seven (Monday first), with null for days outside it. */
export function monthWeeks(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(d);
  while (cells.length % 7) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export const isoOf = (year: number, month: number, day: number) =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
