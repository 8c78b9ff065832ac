import { addDays, addMonths } from '../mentors/dates';

/**
 * Supervision of mentors (the manual's section 10): individual supervision every few weeks, group
 * supervision on dates published for the year, telephone support between sessions. The words and
 * the date rules live here as pure functions so the core, the screens and the tests share them.
 */
export const SUPERVISION_KINDS = ['in_person', 'telephone', 'video'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  in_person: 'In person',
  telephone: 'By telephone',
  video: 'By video call',
};

export const GROUP_SESSION_STATUSES = ['planned', 'published', 'cancelled'] as const;
export type GroupSessionStatus = (typeof GROUP_SESSION_STATUSES)[number];
export const GROUP_SESSION_STATUS_LABELS: Record<GroupSessionStatus, string> = {
  planned: 'Planned',
  published: 'Published',
  cancelled: 'Cancelled',
};

export const GROUP_ATTENDANCE = ['attended', 'apologies', 'did_not_attend'] as const;
export type GroupAttendance = (typeof GROUP_ATTENDANCE)[number];
export const GROUP_ATTENDANCE_LABELS: Record<GroupAttendance, string> = {
  attended: 'Attended',
  apologies: 'Sent apologies',
  did_not_attend: 'Did not attend',
};

export const CALL_DIRECTIONS = ['from_mentor', 'to_mentor'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];
export const CALL_DIRECTION_LABELS: Record<CallDirection, string> = {
  from_mentor: 'Mentor called us',
  to_mentor: 'We called the mentor',
};

/** Mentors who are expected at group supervision and due individual supervision (on hold excluded). */
export const SUPERVISED_STAGES = ['ready', 'matched'] as const;

/**
 * The year's group supervision dates: the first date and then every `weeks` weeks, for twelve
 * months (a date exactly a year on belongs to the next year's programme).
 */
export function groupSessionDates(firstOn: string, weeks: number): string[] {
  const end = addMonths(firstOn, 12);
  const dates: string[] = [];
  for (let on = firstOn; on < end; on = addDays(on, weeks * 7)) dates.push(on);
  return dates;
}

export interface AttendanceMark {
  on: string;
  status: GroupAttendance;
}

export interface MissedStreak {
  /** Group sessions missed in a row, most recent last (apologies count: the manual asks to follow both up). */
  streak: number;
  /** The dates of those misses, oldest first, and which of them were apologies. */
  missed: { on: string; apologies: boolean }[];
  /** The day the streak reached the flag (the queue item's date), or null when below the flag. */
  flaggedOn: string | null;
}

/**
 * Two missed group sessions in a row (the programme's `missedInARowFlag`) call for an individual
 * supervision. Counts back from the latest session the mentor was marked for; an attendance ends
 * the streak, and so does an individual supervision on or after a missed session (the follow-up
 * happened), so only misses after the last individual supervision count.
 */
export function missedInARow(
  history: readonly AttendanceMark[],
  flag: number,
  lastSupervisedOn: string | null,
): MissedStreak {
  const ordered = [...history].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const missed: MissedStreak['missed'] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const mark = ordered[i]!;
    if (mark.status === 'attended') break;
    if (lastSupervisedOn && mark.on <= lastSupervisedOn) break;
    missed.unshift({ on: mark.on, apologies: mark.status === 'apologies' });
  }
  const flaggedOn = missed.length >= flag ? missed[flag - 1]!.on : null;
  return { streak: missed.length, missed, flaggedOn };
}

/**
 * When a mentor is next due individual supervision: the interval after the last one or, never
 * supervised, after they started (their first match's start, else the day they became ready).
 */
export function nextSupervisionDue(
  lastSupervisedOn: string | null,
  startedOn: string,
  weeks: number,
): string {
  return addDays(lastSupervisedOn ?? startedOn, weeks * 7);
}

/**
 * Whether a mentor belongs on the work queue for individual supervision: from the day it is due
 * (still within the interval: supervised exactly six weeks ago is due today, not late), urgent
 * from the day after.
 */
export function supervisionOverdue(
  lastSupervisedOn: string | null,
  startedOn: string,
  weeks: number,
  today: string,
): { due: string; urgent: boolean } | null {
  const due = nextSupervisionDue(lastSupervisedOn, startedOn, weeks);
  if (due > today) return null;
  return { due, urgent: due < today };
}

/** The latest last-supervision day that can be due today: the SQL narrows candidates with it. */
export function supervisionCutoff(weeks: number, today: string): string {
  return addDays(today, -weeks * 7);
}

/** Standard 23's indicator: supervised individually within the interval (on the due day still counts). */
export function supervisedWithin(lastSupervisedOn: string | null, weeks: number, today: string): boolean {
  return (
    lastSupervisedOn !== null &&
    lastSupervisedOn >= supervisionCutoff(weeks, today) &&
    lastSupervisedOn <= today
  );
}
