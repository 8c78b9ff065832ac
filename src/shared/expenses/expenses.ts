import { addDays } from '../mentors/dates';
import { daysBetween } from '../mentors/readiness';

/**
 * The words of mentors' expenses and the programme's budget, shared by the expenses and budgets
 * areas. Money is whole pence everywhere (never floating pounds); dates are ISO `YYYY-MM-DD`.
 */

/** What one line of a claim is for. Travel comes first: it is most of what mentors claim. */
export const EXPENSE_LINE_KINDS = [
  'mileage',
  'public_transport',
  'parking',
  'childcare',
  'activity',
  'other',
] as const;
export type ExpenseLineKind = (typeof EXPENSE_LINE_KINDS)[number];

export const EXPENSE_LINE_LABELS: Record<ExpenseLineKind, string> = {
  mileage: 'Mileage (own car)',
  public_transport: 'Public transport',
  parking: 'Parking',
  childcare: 'Childcare during training',
  activity: 'Activity with a mentee (match activity fund)',
  other: 'Other',
};

/**
 * Where a claim is: entered by staff from the mentor's form → approved or rejected (the reason
 * goes back with it; a rejected claim may be corrected and submitted again) → paid.
 */
export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  submitted: 'Waiting for approval',
  approved: 'Approved, not yet paid',
  rejected: 'Rejected',
  paid: 'Paid',
};

export const PAYMENT_METHODS = ['bank_transfer', 'cheque', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bank_transfer: 'Bank transfer',
  cheque: 'Cheque',
  cash: 'Cash (petty cash)',
  other: 'Other',
};

/** The budget headings the operations manual lists for a mentoring service. */
export const BUDGET_CATEGORIES = [
  'core_costs',
  'service_development',
  'office_costs',
  'volunteer_recruitment',
  'training',
  'supervision_support',
  'mentee_support',
  'social_activities',
  'administration',
  'accreditation',
  'travel_expenses',
  'matching_events',
  'graduation_events',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  core_costs: 'Core costs (management and salaries)',
  service_development: 'Service development',
  office_costs: 'Office costs',
  volunteer_recruitment: 'Volunteer recruitment',
  training: 'Training, including venues',
  supervision_support: 'Mentor supervision and support',
  mentee_support: 'Mentee support',
  social_activities: 'Mentor and mentee activities',
  administration: 'Administration',
  accreditation: 'Accreditation',
  travel_expenses: 'Travel expenses',
  matching_events: 'Matching events',
  graduation_events: 'Celebration and graduation events',
};

/** Which budget heading a claim line is spent from. */
export const LINE_BUDGET_CATEGORY: Record<ExpenseLineKind, BudgetCategory> = {
  mileage: 'travel_expenses',
  public_transport: 'travel_expenses',
  parking: 'travel_expenses',
  childcare: 'training',
  activity: 'social_activities',
  other: 'mentee_support',
};

/** The mileage rate when the programme has set none: 45p a mile. */
export const DEFAULT_MILEAGE_PENCE = 45;

/** A mileage rate and the first day it applies. */
export interface MileageRate {
  effectiveFrom: string;
  pencePerMile: number;
}

/**
 * The rate for a journey on `day`: the latest rate whose effective date is on or before it (rates
 * change on a date and are never back-dated over journeys already claimed at the old rate).
 */
export function mileageRateOn(rates: readonly MileageRate[], day: string): number {
  let best: MileageRate | null = null;
  for (const r of rates)
    if (r.effectiveFrom <= day && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best?.pencePerMile ?? DEFAULT_MILEAGE_PENCE;
}

/** Miles (to a tenth) at a rate, rounded to the nearest penny. */
export const mileagePence = (miles: number, pencePerMile: number): number => Math.round(miles * pencePerMile);

/** The financial year (April–March) a day falls in, named by the year it starts: 2026 is 2026–27. */
export function financialYearOf(day: string): number {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/** First and last day of a financial year. */
export const financialYearRange = (year: number): { from: string; to: string } => ({
  from: `${year}-04-01`,
  to: `${year + 1}-03-31`,
});

/** "2026–27". */
export const financialYearLabel = (year: number): string =>
  `${year}–${String((year + 1) % 100).padStart(2, '0')}`;

/**
 * Standard 20: a claim not yet paid is highlighted once it is MORE than `days` old, counted from
 * the day it was received (with 20 days: received 1 March, fine on 21 March, late on 22 March).
 */
export function claimIsLate(receivedOn: string, today: string, days: number): boolean {
  return daysBetween(receivedOn, today) > days;
}

/** The last day a claim received on `receivedOn` is still on time. */
export const claimDueBy = (receivedOn: string, days: number): string => addDays(receivedOn, days);

/** £12.34 from 1234 pence. */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '−' : '';
  const abs = Math.abs(pence);
  return `${sign}£${Math.floor(abs / 100).toLocaleString('en-GB')}.${String(abs % 100).padStart(2, '0')}`;
}
