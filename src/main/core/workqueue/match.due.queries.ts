import type { EntityManager } from 'typeorm';
import type { WorkItem } from '../../../shared/contract/workqueue';
import { INCIDENT_KIND_LABELS, type IncidentKind } from '../../../shared/matching/relationship';
import { addDays } from '../../../shared/mentors/dates';
import { daysBetween } from '../../../shared/mentors/readiness';
import type { Thresholds } from '../../../shared/settings';
import { formatUkDate as uk } from '../../../shared/uk-date';
import {
  REVIEW_NOTICE_DAYS,
  isOverdue,
  noContactFlag,
  noContactReleaseWindow,
  noShowFlag,
} from '../../../shared/workqueue/rules';
import { MENTEE_NAME_SQL } from '../mentees/mentee.queries';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';

/**
 * The matches' part of the work queue. Every rule reads the match row's derived columns
 * (`last_contact_on`, `no_show_streak`, `next_review_due`) or an open-items index, never the
 * records of contact themselves, so the queue stays fast at 400,000 records. Each query starts
 * from an index that holds only candidates (active matches, open follow-ups, open incidents).
 *
 * `caseload`: the account whose caseload limits the matches (a caseworker), or null for all.
 */
const RELEASE = 'coalesce(me.confirmed_release, me.expected_release)';
const FROM = `FROM match x JOIN mentee me ON me.id = x.mentee_id JOIN mentor mo ON mo.id = x.mentor_id`;
/** A caseload starts from its mentees (the caseworker index), not from every active match. */
const FROM_CASELOAD = `FROM mentee me CROSS JOIN match x ON x.mentee_id = me.id JOIN mentor mo ON mo.id = x.mentor_id`;
const NAMES = `x.id, ${MENTEE_NAME_SQL('me')} || ' with ' || ${DISPLAY_NAME_SQL('mo')} AS subject`;

type Tab = 'overview' | 'contacts' | 'check-ins' | 'reviews' | 'incidents';
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function matchItem(
  kind: WorkItem['kind'],
  matchId: string,
  subject: string,
  due: string,
  urgent: boolean,
  title: string,
  tab: Tab,
  keyPart = matchId,
): WorkItem {
  return {
    key: `${kind}:${keyPart}`,
    id: `match:${matchId}`,
    kind,
    due,
    urgent,
    title,
    subject,
    link: { area: 'match', id: matchId, tab },
  };
}

export async function matchDueItems(
  em: EntityManager,
  today: string,
  t: Thresholds,
  caseload: string | null,
): Promise<WorkItem[]> {
  const mine = caseload ? 'AND me.caseworker_account_id = ?' : '';
  const mineParams = caseload ? [caseload] : [];
  const items: WorkItem[] = [];

  // One pass over the matches any rule can flag (active ones, and pending ones past the mentee's
  // agreement); the rules themselves are the pure functions, applied to each row here. The two
  // paperwork probes name their partial indexes (migration 012): without statistics the planner
  // takes the agreement's unique index and reads each agreement row (about a third more time).
  const window = noContactReleaseWindow(today, t);
  const reviewNotice = addDays(today, REVIEW_NOTICE_DAYS);
  const rows = (await em.query(
    `SELECT ${NAMES}, x.stage, ${RELEASE} AS release, x.last_contact_on AS lastContact,
            x.no_show_streak AS streak, x.next_review_due AS reviewDue,
            coalesce(x.mentee_agreed_on, x.stage_since) AS since,
            EXISTS (SELECT 1 FROM match_risk_assessment r INDEXED BY match_risk_assessment_signed
                     WHERE r.match_id = x.id AND r.signed_off_on IS NOT NULL) AS risk,
            EXISTS (SELECT 1 FROM match_agreement a INDEXED BY match_agreement_signed WHERE a.match_id = x.id
                     AND a.mentor_signed_on IS NOT NULL AND a.mentee_signed_on IS NOT NULL) AS agreement
       ${caseload ? FROM_CASELOAD : FROM}
      WHERE x.stage IN ('mentee_agreed', 'active') ${mine}
        AND (NOT risk OR NOT agreement
             OR (x.stage = 'active' AND (${RELEASE} BETWEEN ? AND ? OR x.no_show_streak >= ? OR x.next_review_due <= ?)))`,
    [...mineParams, window.from, window.to, Math.max(t.noShowsInARow, 1), reviewNotice],
  )) as {
    id: string;
    subject: string;
    stage: string;
    release: string | null;
    lastContact: string | null;
    streak: number;
    reviewDue: string | null;
    since: string;
    risk: number;
    agreement: number;
  }[];
  for (const r of rows) {
    const active = r.stage === 'active';
    if (active) {
      const flag = noContactFlag(r.release, r.lastContact, today, t);
      if (flag) {
        const since =
          flag.since === r.release ? `since release on ${uk(flag.since)}` : `since ${uk(flag.since)}`;
        items.push(
          matchItem(
            'no_contact',
            r.id,
            r.subject,
            flag.due,
            true,
            `No contact for ${days(flag.daysWithout)} ${since}`,
            'contacts',
          ),
        );
      }
      if (noShowFlag(r.streak, t))
        items.push(
          matchItem(
            'no_shows',
            r.id,
            r.subject,
            r.lastContact ?? r.since,
            true,
            `Missed the last ${r.streak} meetings in a row`,
            'contacts',
          ),
        );
      if (r.reviewDue && r.reviewDue <= reviewNotice) {
        const overdue = isOverdue(r.reviewDue, today);
        items.push(
          matchItem(
            overdue ? 'review_overdue' : 'review_due',
            r.id,
            r.subject,
            r.reviewDue,
            overdue,
            overdue ? `Review overdue since ${uk(r.reviewDue)}` : `Review due ${uk(r.reviewDue)}`,
            'reviews',
          ),
        );
      }
    }
    // Paperwork: once the mentee has agreed, the match needs its risk assessment signed off and the
    // agreement signed by both before it can start; an active match without them is urgent.
    const waiting = active ? 'Active' : `Both agreed on ${uk(r.since)}`;
    if (!r.risk)
      items.push(
        matchItem(
          'risk_assessment_missing',
          r.id,
          r.subject,
          r.since,
          active,
          `${waiting}: the match risk assessment is not signed off`,
          'overview',
        ),
      );
    if (!r.agreement)
      items.push(
        matchItem(
          'agreement_missing',
          r.id,
          r.subject,
          r.since,
          active,
          `${waiting}: the agreement is not signed by both`,
          'overview',
        ),
      );
  }

  const followUps = (await em.query(
    `SELECT ${NAMES}, f.id AS followUpId, f.source, f.due_on AS due, f.raised_on AS raised
       FROM concern_follow_up f JOIN match x ON x.id = f.match_id
       JOIN mentee me ON me.id = x.mentee_id JOIN mentor mo ON mo.id = x.mentor_id
      WHERE f.done_on IS NULL ${mine}`,
    mineParams,
  )) as { id: string; subject: string; followUpId: string; source: string; due: string; raised: string }[];
  for (const r of followUps) {
    const tab: Tab = r.source.includes('checkin')
      ? 'check-ins'
      : r.source.includes('incident')
        ? 'incidents'
        : 'contacts';
    items.push(
      matchItem(
        'concern_follow_up',
        r.id,
        r.subject,
        r.due,
        isOverdue(r.due, today),
        `Follow up the concern raised ${uk(r.raised)}`,
        tab,
        r.followUpId,
      ),
    );
  }

  items.push(...(await incidentItems(em, today, caseload)));
  return items;
}

/** Open incidents with a follow-up date: on the match if there is one, else the mentee or mentor. */
async function incidentItems(em: EntityManager, today: string, caseload: string | null): Promise<WorkItem[]> {
  const rows = (await em.query(
    `SELECT i.id, i.kind, i.follow_up_due AS due, i.occurred_on AS occurred, x.id AS matchId,
            me.id AS menteeId, mo.id AS mentorId,
            ${MENTEE_NAME_SQL('me')} AS menteeName, ${DISPLAY_NAME_SQL('mo')} AS mentorName
       FROM incident i
       LEFT JOIN match x ON x.id = i.match_id
       LEFT JOIN mentee me ON me.id = coalesce(x.mentee_id, i.mentee_id)
       LEFT JOIN mentor mo ON mo.id = coalesce(x.mentor_id, i.mentor_id)
      WHERE i.closed_on IS NULL AND i.follow_up_due IS NOT NULL
        ${caseload ? 'AND me.caseworker_account_id = ?' : ''}`,
    caseload ? [caseload] : [],
  )) as {
    id: string;
    kind: IncidentKind;
    due: string;
    occurred: string;
    matchId: string | null;
    menteeId: string | null;
    mentorId: string | null;
    menteeName: string | null;
    mentorName: string | null;
  }[];
  const items: WorkItem[] = [];
  for (const r of rows) {
    const link = r.matchId
      ? { area: 'match' as const, id: r.matchId, tab: 'incidents' }
      : r.menteeId
        ? { area: 'mentee' as const, id: r.menteeId, tab: null }
        : r.mentorId
          ? { area: 'mentor' as const, id: r.mentorId, tab: null }
          : null;
    if (!link) continue;
    const subject = r.matchId ? `${r.menteeName} with ${r.mentorName}` : (r.menteeName ?? r.mentorName ?? '');
    const label = INCIDENT_KIND_LABELS[r.kind] ?? 'Incident';
    const late = daysBetween(r.due, today);
    items.push({
      key: `incident_follow_up:${r.id}`,
      id: `${link.area}:${link.id}`,
      kind: 'incident_follow_up',
      due: r.due,
      urgent: late > 0,
      title: `Incident of ${uk(r.occurred)} (${label.toLowerCase()}): follow-up ${late > 0 ? 'overdue' : 'due'}`,
      subject,
      link,
    });
  }
  return items;
}
