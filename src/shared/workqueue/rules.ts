import { addDays } from '../mentors/dates';
import { daysBetween } from '../mentors/readiness';

/**
 * The work queue's date rules for matches, as pure functions so their boundaries are tested once
 * and the core's SQL only narrows the candidates. All dates are ISO `YYYY-MM-DD` calendar days.
 */
export interface MatchRuleThresholds {
  /** Flag a match with no contact for MORE than this many days (7: day 7 is fine, day 8 is not). */
  noContactDays: number;
  /** The no-contact rule applies for this many weeks after release (12: weeks 1–12). */
  weeklyContactWeeksAfterRelease: number;
  /** Flag when this many meetings in a row were missed (3: the third no-show flags). */
  noShowsInARow: number;
}

/**
 * Week n after release is days 7(n−1) … 7n−1 counted from the release day (day 0 = release day,
 * week 1). With 12 weeks: day 83 is the last day of week 12 (in), day 84 is week 13 (out).
 */
export function weekAfterRelease(release: string, today: string): number | null {
  const days = daysBetween(release, today);
  return days < 0 ? null : Math.floor(days / 7) + 1;
}

/** The release dates whose first weeks contain `today`: release in [from, to] (both inclusive). */
export function noContactReleaseWindow(today: string, t: MatchRuleThresholds): { from: string; to: string } {
  return { from: addDays(today, -(t.weeklyContactWeeksAfterRelease * 7 - 1)), to: today };
}

export interface NoContactFlag {
  /** Whole days since the last contact (or the release, if nothing has been recorded since). */
  daysWithout: number;
  /** The last day contact was still on time: the day the match became overdue is the day after. */
  due: string;
  /** Counting from the later of the last contact and the release day. */
  since: string;
}

/**
 * An active match released `release` and last in contact on `lastContact` (null: never): flagged
 * when today is in the first weeks after release and more than `noContactDays` have passed since
 * the later of the last contact and the release (contact before release does not count).
 */
export function noContactFlag(
  release: string | null,
  lastContact: string | null,
  today: string,
  t: MatchRuleThresholds,
): NoContactFlag | null {
  if (!release) return null;
  const week = weekAfterRelease(release, today);
  if (week === null || week > t.weeklyContactWeeksAfterRelease) return null;
  const since = lastContact && lastContact > release ? lastContact : release;
  const daysWithout = daysBetween(since, today);
  if (daysWithout <= t.noContactDays) return null;
  return { daysWithout, since, due: addDays(since, t.noContactDays) };
}

/** The mentee missed the last `streak` meetings in a row: flagged from the threshold on. */
export const noShowFlag = (streak: number, t: MatchRuleThresholds): boolean =>
  t.noShowsInARow > 0 && streak >= t.noShowsInARow;

/** A review is overdue the day after its due date (due today is not yet overdue). */
export const isOverdue = (due: string, today: string): boolean => due < today;

/** Reviews show in the queue this many days ahead of their date, so they can be arranged. */
export const REVIEW_NOTICE_DAYS = 14;

/** The groups of the home page's list, by urgency. */
export const URGENCY_GROUPS = ['overdue', 'week', 'later'] as const;
export type UrgencyGroup = (typeof URGENCY_GROUPS)[number];
export const URGENCY_GROUP_LABELS: Record<UrgencyGroup, string> = {
  overdue: 'Overdue or urgent',
  week: 'This week',
  later: 'Later',
};

/** Urgent items (and anything already past its date) first; then the coming seven days; then later. */
export function urgencyGroup(item: { due: string; urgent: boolean }, today: string): UrgencyGroup {
  if (item.urgent || item.due < today) return 'overdue';
  return item.due <= addDays(today, 7) ? 'week' : 'later';
}
