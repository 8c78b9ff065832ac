import { INDUCTION_ITEMS } from './assessment';

/**
 * The readiness gate before a mentee is "ready to match" or matched: they agreed to take part,
 * finished their induction, have an in-date signed-off risk assessment and, at 16 or under, a
 * parent or carer has consented. Pure: the core gathers the facts, this says what is missing.
 */
export const MENTEE_CONDITIONS = ['consent', 'induction', 'risk_assessment', 'parental_consent'] as const;
export type MenteeCondition = (typeof MENTEE_CONDITIONS)[number];

export interface MenteeReadinessFacts {
  /** The date they gave voluntary consent, if recorded. */
  consentGivenOn: string | null;
  dateOfBirth: string | null;
  /** Keys of the induction items recorded as done. */
  inductionDone: readonly string[];
  /** Review date of the latest signed-off risk assessment, or null if none is signed off. */
  riskReviewDue: string | null;
  /** Whether any parent or carer has given parental consent. */
  parentalConsent: boolean;
}

export interface MenteeUnmet {
  condition: MenteeCondition;
  message: string;
}

/** Whole years between a date of birth and a day (both ISO). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** At this age or under, a parent or carer must consent too. */
export const PARENTAL_CONSENT_AGE = 16;

export function menteeUnmet(f: MenteeReadinessFacts, today: string): MenteeUnmet[] {
  const unmet: MenteeUnmet[] = [];
  if (!f.consentGivenOn)
    unmet.push({
      condition: 'consent',
      message: 'Record the date they agreed to take part (voluntary consent).',
    });
  const missing = INDUCTION_ITEMS.filter((i) => !f.inductionDone.includes(i.key)).length;
  if (missing)
    unmet.push({
      condition: 'induction',
      message: `Finish their induction: ${missing} of ${INDUCTION_ITEMS.length} topics not yet covered.`,
    });
  if (!f.riskReviewDue)
    unmet.push({ condition: 'risk_assessment', message: 'Complete and sign off a risk assessment.' });
  else if (f.riskReviewDue < today)
    unmet.push({
      condition: 'risk_assessment',
      message: 'Review their risk assessment: the latest signed-off one is past its review date.',
    });
  if (f.dateOfBirth && ageOn(f.dateOfBirth, today) <= PARENTAL_CONSENT_AGE && !f.parentalConsent)
    unmet.push({
      condition: 'parental_consent',
      message: `Record a parent’s or carer’s consent: they are ${PARENTAL_CONSENT_AGE} or under.`,
    });
  return unmet;
}
