import { addDays } from '../mentors/dates';

/** Whom a concern or disclosure is about. */
export const CONCERN_ABOUT = ['mentee', 'mentor', 'child', 'adult'] as const;
export type ConcernAbout = (typeof CONCERN_ABOUT)[number];
export const CONCERN_ABOUT_LABELS: Record<ConcernAbout, string> = {
  mentee: 'A mentee',
  mentor: 'A mentor',
  child: 'A child connected to a mentee or mentor',
  adult: 'An adult connected to a mentee or mentor',
};

export const CONCERN_KINDS = ['child_protection', 'adult_safeguarding'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];
export const CONCERN_KIND_LABELS: Record<ConcernKind, string> = {
  child_protection: 'Child protection',
  adult_safeguarding: 'Adult safeguarding',
};

export const CONCERN_STATUSES = ['open', 'referred', 'monitoring', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];
export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  open: 'Open',
  referred: 'Referred',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

/** An open concern with nothing done for this many days comes back to the lead. */
export const CONCERN_QUIET_DAYS = 14;

export interface ConcernFacts {
  status: ConcernStatus;
  raisedOn: string;
  /** The latest dated action, if any. */
  lastActionOn: string | null;
  /** The date the lead set for the next action, if any. */
  nextActionDue: string | null;
}

export interface ConcernDue {
  reason: 'new' | 'action_due' | 'quiet';
  due: string;
  urgent: boolean;
}

/**
 * What an unclosed concern asks of the safeguarding lead, so none is ever forgotten:
 *  - nothing recorded yet: look at it now (due the day it was raised, urgent);
 *  - a next action set: due that day (urgent from that day on);
 *  - otherwise: due CONCERN_QUIET_DAYS after the latest action (urgent from that day on).
 */
export function concernDue(c: ConcernFacts, today: string): ConcernDue | null {
  if (c.status === 'closed') return null;
  if (!c.lastActionOn && !c.nextActionDue) return { reason: 'new', due: c.raisedOn, urgent: true };
  if (c.nextActionDue)
    return { reason: 'action_due', due: c.nextActionDue, urgent: c.nextActionDue <= today };
  const due = addDays(c.lastActionOn!, CONCERN_QUIET_DAYS);
  return { reason: 'quiet', due, urgent: due <= today };
}
