import { financialYearOf, financialYearRange } from '../expenses/expenses';
import { addDays } from '../mentors/dates';
import type { ActionStatus } from './feedback';

/** How many days ahead a "you said, we did" action's target date puts it on the work queue. */
export const ACTION_DUE_AHEAD_DAYS = 7;

/**
 * Whether a "you said, we did" action belongs on the work queue today: not done, and its target
 * date is within the next seven days (today and the seventh day count) or has passed. It is
 * urgent once the target date has passed.
 */
export function actionDue(
  a: { status: ActionStatus; targetOn: string | null },
  today: string,
): { due: boolean; urgent: boolean } {
  if (a.status === 'done' || !a.targetOn) return { due: false, urgent: false };
  return { due: a.targetOn <= lastDueDay(today), urgent: a.targetOn < today };
}

/** The latest target date that is due today: the SQL narrows candidates with it. */
export const lastDueDay = (today: string): string => addDays(today, ACTION_DUE_AHEAD_DAYS);

/** The calendar quarter holding a day (January–March, April–June…), for this quarter's counts. */
export function quarterOf(today: string): { from: string; to: string; label: string } {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const startMonth = q * 3 + 1;
  const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const names = ['January to March', 'April to June', 'July to September', 'October to December'];
  return {
    from: `${year}-${pad(startMonth)}-01`,
    to: `${year}-${pad(startMonth + 2)}-${pad(lastDay)}`,
    label: `${names[q]} ${year}`,
  };
}

/**
 * The involvement year for standard 30: the financial year (April–March) holding the day, as the
 * programme reports to funders by financial year.
 */
export function involvementYearOf(today: string): { from: string; to: string; label: string } {
  const start = financialYearOf(today);
  return { ...financialYearRange(start), label: `April ${start} to March ${start + 1}` };
}

/** Whether an involvement (from/to, `to` empty while ongoing) overlaps a period. */
export const involvedDuring = (
  r: { fromOn: string; toOn: string | null },
  p: { from: string; to: string },
): boolean => r.fromOn <= p.to && (r.toOn === null || r.toOn >= p.from);
