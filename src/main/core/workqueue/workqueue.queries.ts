import type { EntityManager } from 'typeorm';
import { WORK_ITEMS_SHOWN, type WorkItem } from '../../../shared/contract/workqueue';
import type { Thresholds } from '../../../shared/settings';
import { urgencyGroup, type UrgencyGroup } from '../../../shared/workqueue/rules';
import { menteeDueItems } from '../mentees/mentee.due.queries';
import { dueItems } from '../mentors/mentor.due.queries';
import { roleWideView, type ScopeSubject } from '../policy/scope';
import { matchDueItems } from './match.due.queries';
import { WORK_SOURCES } from './work-sources';

/**
 * The home page's one list: the mentors' queue (DBS, clearances, on-hold follow-ups, trial reviews,
 * references), the mentees' (release near and unmatched, risk reviews, induction, referrals) and the
 * matches' rules, sorted by due date. The SQL is narrowed to the caller's scope up front so a
 * caseworker's queue only reads their caseload; the `work_item` scope then checks every row again.
 */
const EVERY_RECORD = { coordinator: 'full', safeguarding_lead: 'full' } as const;
const URGENT_MENTOR_KINDS = new Set(['dbs_expired', 'clearance_expired']);

/**
 * Due date, then key. Dates are ISO strings of one fixed format, so comparing the strings is
 * comparing the dates; keys keep localeCompare's order through one collator made once (the same
 * comparison, without localeCompare's per-call setup over 12,000 items).
 */
const collateKeys = new Intl.Collator().compare;
const byDueThenKey = (a: WorkItem, b: WorkItem): number =>
  a.due < b.due ? -1 : a.due > b.due ? 1 : collateKeys(a.key, b.key);

export async function workQueue(
  em: EntityManager,
  today: string,
  t: Thresholds,
  subject: ScopeSubject,
): Promise<WorkItem[]> {
  const everything = roleWideView(subject, EVERY_RECORD) === 'full';
  const caseworker = subject.roles.includes('caseworker');
  const items: WorkItem[] = [];
  if (everything)
    for (const d of await dueItems(em, today, t))
      items.push({
        key: d.key,
        id: `mentor:${d.id}`,
        kind: d.kind,
        due: d.due,
        urgent: URGENT_MENTOR_KINDS.has(d.kind) || d.due < today,
        title: d.message,
        subject: d.displayName,
        link: { area: 'mentor', id: d.id, tab: null },
      });
  if (everything || caseworker) {
    // A mentee with a proposal under way is being matched: the match's own items say what is next.
    const proposed = new Set(
      (
        (await em.query(
          `SELECT mentee_id AS id FROM match WHERE stage IN ('proposed', 'mentor_agreed', 'mentee_agreed')`,
        )) as { id: string }[]
      ).map((r) => r.id),
    );
    for (const d of await menteeDueItems(em, today, t, subject)) {
      if (d.kind === 'release_unmatched' && proposed.has(d.id)) continue;
      items.push({
        key: d.key,
        id: `mentee:${d.id}`,
        kind: d.kind,
        due: d.due,
        urgent: d.due < today,
        title: d.message,
        subject: d.displayName,
        link: { area: 'mentee', id: d.id, tab: null },
      });
    }
    items.push(...(await matchDueItems(em, today, t, everything ? null : subject.accountId)));
  }
  for (const source of WORK_SOURCES)
    if (source.roles.some((r) => subject.roles.includes(r)))
      items.push(...(await source.items(em, today, t, subject)));
  return items.sort(byDueThenKey);
}

/**
 * What one answer carries: the earliest-due items (a long queue is worked from the top; what is cut
 * is due latest) and the count in each group, so nothing is hidden from the totals.
 */
export function workQueueAnswer(items: readonly WorkItem[], today: string, shown = WORK_ITEMS_SHOWN) {
  const counts: Record<UrgencyGroup, number> = { overdue: 0, week: 0, later: 0 };
  for (const item of items) counts[urgencyGroup(item, today)]++;
  return { items: items.slice(0, shown), total: items.length, counts };
}
