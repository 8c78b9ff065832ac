import type { EntityManager } from 'typeorm';
import type { ClearanceDue, DueItem } from '../../../shared/contract/mentors';
import { addDays, addYears } from '../../../shared/mentors/dates';
import { daysBetween, renewalWarning } from '../../../shared/mentors/readiness';
import type { Thresholds } from '../../../shared/settings';
import type { ScopeSubject } from '../policy/scope';
import { mentorScope } from './mentor.scope';
import { DISPLAY_NAME_SQL } from './mentor.queries';

/**
 * The mentors' slice of the work queue: what needs doing soon, oldest due first. Mentors who have
 * left or were not selected drop out of it.
 */
const CLEARANCE_WARNING_DAYS = 30;
const REFERENCE_CHASE_DAYS = 14;
const TRIAL_REVIEW_NOTICE_DAYS = 14;
const ACTIVE = "m.stage NOT IN ('left', 'not_selected')";

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const byDue = <T extends { due: string }>(a: T, b: T) => a.due.localeCompare(b.due);

export async function dueItems(em: EntityManager, today: string, t: Thresholds): Promise<DueItem[]> {
  const name = DISPLAY_NAME_SQL('m');
  const items: DueItem[] = [];

  const checks = (await em.query(
    `SELECT id, mentor_id, displayName, renewal_due, issue_date FROM (
       SELECT d.id, d.mentor_id, ${name} AS displayName, d.renewal_due, d.issue_date, d.outcome,
              row_number() OVER (PARTITION BY d.mentor_id ORDER BY coalesce(d.issue_date, '9999') DESC, d.created_at DESC) AS n
         FROM mentor_dbs_check d JOIN mentor m ON m.id = d.mentor_id WHERE ${ACTIVE})
      WHERE n = 1 AND outcome <> 'pending'`,
  )) as {
    id: string;
    mentor_id: string;
    displayName: string;
    renewal_due: string | null;
    issue_date: string | null;
  }[];
  for (const c of checks) {
    const due = c.renewal_due ?? (c.issue_date ? addYears(c.issue_date, t.dbsRenewalYears) : null);
    if (!due) continue;
    const w = renewalWarning(due, t.dbsWarningDays, today);
    if (!w) continue;
    items.push({
      key: `dbs:${c.id}`,
      id: c.mentor_id,
      displayName: c.displayName,
      kind: w.level === 'expired' ? 'dbs_expired' : 'dbs_renewal',
      due,
      message:
        w.level === 'expired'
          ? 'Enhanced DBS check has expired: renew it before they see anyone.'
          : `Enhanced DBS check due for renewal in ${days(w.days)} (the ${w.within}-day warning).`,
    });
  }

  const onHold = (await em.query(
    `SELECT m.id, ${name} AS displayName, m.follow_up_due AS due FROM mentor m
      WHERE m.stage = 'on_hold' AND m.follow_up_due IS NOT NULL AND m.follow_up_due <= ?`,
    [today],
  )) as { id: string; displayName: string; due: string }[];
  for (const m of onHold)
    items.push({
      key: `hold:${m.id}`,
      ...m,
      kind: 'on_hold_follow_up',
      message: 'On hold: get in touch to see whether they want to carry on.',
    });

  const trials = (await em.query(
    `SELECT id, mentor_id, displayName, due FROM (
       SELECT d.id, d.mentor_id, ${name} AS displayName, d.trial_period, d.trial_review_due AS due,
              row_number() OVER (PARTITION BY d.mentor_id ORDER BY d.decided_on DESC, d.created_at DESC) AS n
         FROM mentor_decision d JOIN mentor m ON m.id = d.mentor_id WHERE ${ACTIVE})
      WHERE n = 1 AND trial_period = 1 AND due IS NOT NULL AND due <= ?`,
    [addDays(today, TRIAL_REVIEW_NOTICE_DAYS)],
  )) as { id: string; mentor_id: string; displayName: string; due: string }[];
  for (const d of trials)
    items.push({
      key: `trial:${d.id}`,
      id: d.mentor_id,
      displayName: d.displayName,
      kind: 'trial_review',
      due: d.due,
      message: d.due < today ? 'Trial period review is overdue.' : 'Trial period review is due.',
    });

  const references = (await em.query(
    `SELECT r.id, r.mentor_id, ${name} AS displayName, coalesce(r.chased_on, r.requested_on) AS asked
       FROM mentor_reference r JOIN mentor m ON m.id = r.mentor_id
      WHERE ${ACTIVE} AND r.received_on IS NULL AND r.requested_on IS NOT NULL
        AND coalesce(r.chased_on, r.requested_on) <= ?`,
    [addDays(today, -REFERENCE_CHASE_DAYS)],
  )) as { id: string; mentor_id: string; displayName: string; asked: string }[];
  for (const r of references)
    items.push({
      key: `reference:${r.id}`,
      id: r.mentor_id,
      displayName: r.displayName,
      kind: 'reference_overdue',
      due: addDays(r.asked, REFERENCE_CHASE_DAYS),
      message: `A reference asked for ${days(daysBetween(r.asked, today))} ago has not come back: chase it.`,
    });

  const clearances = await clearancesDue(em, today, null);
  return [...items, ...clearances.map(({ establishmentName: _e, ...c }) => c)].sort(byDue);
}

/** Clearances expired, or expiring within 30 days; for a lead mentor, only their cluster's mentors. */
export async function clearancesDue(
  em: EntityManager,
  today: string,
  subject: ScopeSubject | null,
): Promise<ClearanceDue[]> {
  const visible = subject ? mentorScope.visibleSql!(subject, 'm') : { sql: '1 = 1', params: [] };
  const rows = (await em.query(
    `SELECT k.id AS clearanceId, m.id, ${DISPLAY_NAME_SQL('m')} AS displayName, e.name AS establishmentName,
            k.expires_on AS due
       FROM mentor_clearance k JOIN mentor m ON m.id = k.mentor_id JOIN establishment e ON e.id = k.establishment_id
      WHERE ${ACTIVE} AND k.status = 'cleared' AND k.expires_on IS NOT NULL AND k.expires_on <= ? AND ${visible.sql}
      ORDER BY k.expires_on`,
    [addDays(today, CLEARANCE_WARNING_DAYS), ...visible.params],
  )) as { clearanceId: string; id: string; displayName: string; establishmentName: string; due: string }[];
  return rows.map(({ clearanceId, ...r }) => {
    const left = daysBetween(today, r.due);
    const expired = left < 0;
    return {
      key: `clearance:${clearanceId}`,
      ...r,
      kind: expired ? 'clearance_expired' : 'clearance_expiring',
      message: expired
        ? `Clearance at ${r.establishmentName} has expired.`
        : `Clearance at ${r.establishmentName} expires in ${days(left)}.`,
    };
  });
}
