import type { EntityManager } from 'typeorm';
import type { MenteeDueItem } from '../../../shared/contract/mentees';
import { INDUCTION_ITEMS } from '../../../shared/mentees/assessment';
import { addDays, addMonths } from '../../../shared/mentors/dates';
import type { Thresholds } from '../../../shared/settings';
import { roleWideView, type ScopeSubject } from '../policy/scope';
import { menteeScope } from './mentee.scope';
import { MENTEE_NAME_SQL } from './mentee.queries';

/**
 * The mentees' part of the home page's work queue. Only mentees still on their way to a match
 * count, and only those the caller sees in full (a caseworker: their own caseload).
 */
const OPEN = `m.stage NOT IN ('matched', 'not_selected', 'withdrawn', 'closed')`;
/** A risk assessment is flagged this many days before its review date. */
const RISK_WARNING_DAYS = 14;
const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

type Row = { id: string; displayName: string; reference: string; due: string };

/**
 * Narrows the queries to a caseworker's caseload in SQL (the scope check at the end still decides),
 * so a caseworker's queue reads 500 mentees, not 20,000.
 */
function caseloadSql(subject: ScopeSubject): { sql: string; params: unknown[] } {
  const everyone = roleWideView(subject, { coordinator: 'full', safeguarding_lead: 'full' }) === 'full';
  return everyone || !subject.roles.includes('caseworker')
    ? { sql: '', params: [] }
    : { sql: 'AND m.caseworker_account_id = ?', params: [subject.accountId] };
}

export async function menteeDueItems(
  em: EntityManager,
  today: string,
  thresholds: Thresholds,
  subject: ScopeSubject,
): Promise<MenteeDueItem[]> {
  const base = `SELECT m.id, ${MENTEE_NAME_SQL('m')} AS displayName, m.reference`;
  const mine = caseloadSql(subject);
  const open = `${OPEN} ${mine.sql}`;
  const q = (sql: string, params: unknown[]) => em.query(sql, params) as Promise<Row[]>;
  const release = await q(
    `${base}, coalesce(m.confirmed_release, m.expected_release) AS due FROM mentee m
      WHERE ${open} AND coalesce(m.confirmed_release, m.expected_release) <= ?`,
    [...mine.params, addMonths(today, thresholds.matchMonthsBeforeRelease)],
  );
  // The latest risk assessment's review date and the count of induction items ticked are derived
  // columns kept by triggers (migration 012), read through partial indexes over open mentees.
  const risk = await q(
    `${base}, m.risk_review_due AS due FROM mentee m WHERE ${open} AND m.risk_review_due <= ?`,
    [...mine.params, addDays(today, RISK_WARNING_DAYS)],
  );
  const induction = (
    await (q as (sql: string, params: unknown[]) => Promise<(Omit<Row, 'due'> & { due: string | null })[]>)(
      `${base}, (SELECT max(a.held_on) FROM mentee_assessment a WHERE a.mentee_id = m.id) AS due FROM mentee m
        WHERE ${open} AND m.stage NOT IN ('referred', 'acknowledged') AND m.induction_done < ?`,
      [...mine.params, INDUCTION_ITEMS.length],
    )
  ).filter((r): r is Row => r.due !== null);
  const referral = await q(
    `${base}, f.referred_on AS due FROM mentee m JOIN mentee_referral f ON f.mentee_id = m.id
      WHERE ${open} AND f.acknowledged_on IS NULL AND f.referred_on <= ?`,
    [...mine.params, addDays(today, -thresholds.referralAcknowledgeDays)],
  );
  // Each item built once (a queue at full size has about 10,000 of them).
  const items: MenteeDueItem[] = [];
  const add = (rows: Row[], kind: MenteeDueItem['kind'], message: (due: string) => string) => {
    for (const r of rows)
      items.push({
        id: r.id,
        displayName: r.displayName,
        reference: r.reference,
        due: r.due,
        kind,
        message: message(r.due),
        key: `${kind}:${r.id}`,
      });
  };
  add(release, 'release_unmatched', (due) =>
    due < today ? `Released ${uk(due)} and not yet matched` : `Release ${uk(due)}: not yet matched`,
  );
  add(risk, 'risk_review', (due) =>
    due < today ? `Risk assessment review overdue since ${uk(due)}` : `Risk assessment review due ${uk(due)}`,
  );
  add(
    induction,
    'induction_incomplete',
    (due) => `Induction not finished since the assessment on ${uk(due)}`,
  );
  add(referral, 'referral_unacknowledged', (due) => `Referral of ${uk(due)} not yet acknowledged`);
  const views = await menteeScope.views(em, subject, [...new Set(items.map((i) => i.id))]);
  // ISO dates of one fixed format: comparing the strings is comparing the dates (and cheaper than
  // localeCompare over 10,000 items).
  return items
    .filter((i) => views.get(i.id) === 'full')
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
