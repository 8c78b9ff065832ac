import { addDays } from '../mentors/dates';

/** Lead mentors' support groups: who came, and when the next one is due. */
export const ATTENDANCE_STATUSES = ['attended', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  attended: 'Attended',
  apologies: 'Sent apologies',
  absent: 'Absent',
};

/** The next meeting is due the programme's number of weeks after the last; with none yet, it is due now. */
export function nextMeetingDue(lastMetOn: string | null, weeks: number, today: string): string {
  return lastMetOn ? addDays(lastMetOn, weeks * 7) : today;
}

/**
 * Whether a cluster's support group belongs on the co-ordinators' work queue: from the day it is
 * due (urgent once that day has passed). A group that met yesterday is not due for six weeks.
 */
export function supportGroupDue(
  lastMetOn: string | null,
  weeks: number,
  today: string,
): { due: string; urgent: boolean } | null {
  const due = nextMeetingDue(lastMetOn, weeks, today);
  if (due > today) return null;
  return { due, urgent: due < today };
}

/**
 * The latest day a cluster may have last met and still be on the queue today: the SQL narrows
 * clusters with it, the rule above decides.
 */
export function lastMeetingCutoff(weeks: number, today: string): string {
  return addDays(today, -weeks * 7);
}
