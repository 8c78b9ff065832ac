import { addDays } from '../mentors/dates';

/**
 * One rule for every dated governance record that someone must act on before a day comes round:
 * a policy's review, an insurance policy's expiry, a partner agreement's review. From `noticeDays`
 * before the date it is "due"; the date itself is still due, not overdue; from the day after, it is
 * "overdue" (urgent). Dates are ISO `YYYY-MM-DD`, so string order is day order.
 */
export type ReviewState = 'none' | 'in_date' | 'due' | 'overdue';

export function reviewState(dateOn: string | null, today: string, noticeDays: number): ReviewState {
  if (!dateOn) return 'none';
  if (today > dateOn) return 'overdue';
  if (today >= addDays(dateOn, -noticeDays)) return 'due';
  return 'in_date';
}

/** The last date a record can carry and still be on today's queue: the SQL's upper bound. */
export const noticeHorizon = (today: string, noticeDays: number): string => addDays(today, noticeDays);

/** What the work queue needs of a dated record: its due date and whether it is urgent, or null when not yet due. */
export function reviewDue(
  dateOn: string | null,
  today: string,
  noticeDays: number,
): { due: string; urgent: boolean } | null {
  const state = reviewState(dateOn, today, noticeDays);
  if (state !== 'due' && state !== 'overdue') return null;
  return { due: dateOn!, urgent: state === 'overdue' };
}
