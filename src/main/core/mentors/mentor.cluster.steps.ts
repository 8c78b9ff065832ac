import { CLUSTER_STEPS, type ClusterStep } from '../../../shared/contract/mentors';
import { addDays } from '../../../shared/mentors/dates';
import type { ClearanceStatus } from '../../../shared/mentors/screening';

/**
 * The next step of a mentor's prison clearance, as a lead mentor follows it: forms handed in at
 * the prison (with ID), a security awareness session, then the prison's answer and, once cleared,
 * the expiry. Worked out from the recorded dates, so a missing date names the step still to do.
 */
export interface ClearanceDates {
  status: ClearanceStatus;
  formsSubmittedOn: string | null;
  idSeenOn: string | null;
  securityAwarenessOn: string | null;
  expiresOn: string | null;
}

/** The same warning window as the work queue's "clearance expiring". */
const EXPIRY_WARNING_DAYS = 30;

/** 2026-12-01 → 01/12/2026 (the core answers in plain English; screens show UK dates). */
export const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function clearanceStep(c: ClearanceDates, today: string): { step: ClusterStep; nextStep: string } {
  switch (c.status) {
    case 'refused':
      return { step: 'refused', nextStep: 'Refused by the prison' };
    case 'withdrawn':
      return { step: 'withdrawn', nextStep: 'Withdrawn' };
    case 'expired':
      return { step: 'clearance_expired', nextStep: 'Expired' };
    case 'cleared':
      if (!c.expiresOn) return { step: 'cleared', nextStep: 'Cleared' };
      if (c.expiresOn < today) return { step: 'clearance_expired', nextStep: 'Expired' };
      if (c.expiresOn <= addDays(today, EXPIRY_WARNING_DAYS))
        return { step: 'clearance_expiring', nextStep: `Expires on ${ukDate(c.expiresOn)}: renew it` };
      return { step: 'cleared', nextStep: `Cleared until ${ukDate(c.expiresOn)}` };
    default:
      break;
  }
  // Not started, or forms submitted: the first paperwork step without a date is the next one.
  if (!c.formsSubmittedOn) return { step: 'forms_to_submit', nextStep: 'Forms to submit' };
  if (!c.idSeenOn) return { step: 'id_to_be_seen', nextStep: 'ID to be seen' };
  if (!c.securityAwarenessOn)
    return { step: 'security_session', nextStep: 'Security awareness session to attend' };
  if (c.securityAwarenessOn > today)
    return {
      step: 'security_session',
      nextStep: `Security awareness session to attend on ${ukDate(c.securityAwarenessOn)}`,
    };
  return { step: 'awaiting_prison', nextStep: 'Awaiting the prison' };
}

const RANK = new Map(CLUSTER_STEPS.map((s, i) => [s, i]));

/**
 * A mentor's most urgent step across their establishments, naming the establishment when the
 * mentor has more than one; `no_clearance` when none is recorded.
 */
export function mentorStep(
  clearances: readonly { establishmentName: string; step: ClusterStep; nextStep: string }[],
): { step: ClusterStep; nextStep: string } {
  if (!clearances.length) return { step: 'no_clearance', nextStep: 'No prison clearance begun' };
  const first = clearances.reduce((a, b) => (RANK.get(b.step)! < RANK.get(a.step)! ? b : a));
  return clearances.length === 1
    ? { step: first.step, nextStep: first.nextStep }
    : { step: first.step, nextStep: `${first.nextStep} (${first.establishmentName})` };
}
