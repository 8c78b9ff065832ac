import { addDays } from '../mentors/dates';

/**
 * When a dated governance record (a policy's review, an insurance policy's expiry) needs someone:
 * from `noticeDays` before the date it is "due"; the date itself is still due, not overdue; from
 * the day after, it is "overdue" (urgent). Dates are ISO `YYYY-MM-DD`, so string order is day order.
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

/**
 * Standards 1 and 24: a recommended policy counts as present and in date when one of its kind is in
 * force, its current version has a document, and its review date has not passed (today is still
 * in date).
 */
export function policyInDate(
  p: { status: string; hasDocument: boolean; reviewOn: string | null },
  today: string,
): boolean {
  return p.status === 'in_force' && p.hasDocument && p.reviewOn !== null && p.reviewOn >= today;
}

/** Standard 25: insurance is in date from its start day to its expiry day, both included. */
export function insuranceInDate(i: { startsOn: string; expiresOn: string }, today: string): boolean {
  return i.startsOn <= today && today <= i.expiresOn;
}
