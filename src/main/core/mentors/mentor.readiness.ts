import type { EntityManager } from 'typeorm';
import {
  unmetConditions,
  type ReadinessFacts,
  type ReadinessRules,
  type UnmetCondition,
} from '../../../shared/mentors/readiness';
import { addYears } from '../../../shared/mentors/dates';
import type { Thresholds } from '../../../shared/settings';
import { trainingHoursByMentor } from '../training/training-hours.queries';

/**
 * The facts the readiness gate needs, for one mentor or for every mentor at once, in a handful of
 * grouped queries (one per screening table, one for training hours): the work queue, the list's
 * "missing before ready" filter and the bench ask for all 2,000 at once.
 */
type Ids = readonly string[] | null;
const only = (ids: Ids, column = 'mentor_id') =>
  ids ? { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] } : null;
const where = (ids: Ids, extra: string[], column?: string) => {
  const f = only(ids, column);
  const parts = f ? [f.sql, ...extra] : extra;
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params: f?.params ?? [] };
};

export const rulesFrom = (t: Thresholds): ReadinessRules => ({
  initialTrainingHours: t.initialTrainingHours,
  dbsMarginDays: t.dbsReadyMarginDays,
});

export async function readinessFacts(
  em: EntityManager,
  ids: Ids,
  today: string,
  thresholds: Thresholds,
): Promise<Map<string, ReadinessFacts>> {
  const mentors = where(ids, [], 'id');
  const all: { id: string }[] = await em.query(`SELECT id FROM mentor ${mentors.sql}`, mentors.params);
  const facts = new Map<string, ReadinessFacts>(
    all.map(({ id }) => [
      id,
      {
        decision: null,
        satisfactoryReferences: 0,
        dbs: null,
        initialTrainingHours: 0,
        interviewPassed: false,
        clearedEstablishments: 0,
      },
    ]),
  );
  const set = (id: string, f: (x: ReadinessFacts) => void) => {
    const x = facts.get(id);
    if (x) f(x);
  };

  const w = where(ids, []);
  const decisions: { mentor_id: string; outcome: string }[] = await em.query(
    `SELECT mentor_id, outcome FROM (
       SELECT mentor_id, outcome,
              row_number() OVER (PARTITION BY mentor_id ORDER BY decided_on DESC, created_at DESC) AS n
         FROM mentor_decision ${w.sql}) WHERE n = 1`,
    w.params,
  );
  for (const d of decisions)
    set(d.mentor_id, (x) => {
      x.decision = d.outcome === 'approved' || d.outcome === 'not_selected' ? d.outcome : null;
    });

  const refs = where(ids, ['satisfactory = 1', 'received_on IS NOT NULL']);
  const references: { mentor_id: string; n: number }[] = await em.query(
    `SELECT mentor_id, count(*) AS n FROM mentor_reference ${refs.sql} GROUP BY mentor_id`,
    refs.params,
  );
  for (const r of references) set(r.mentor_id, (x) => (x.satisfactoryReferences = r.n));

  // The latest check counts: an older clear check does not cover a newer one with a disclosure.
  const checks: {
    mentor_id: string;
    outcome: string;
    decision: string | null;
    renewal_due: string | null;
    issue_date: string | null;
  }[] = await em.query(
    `SELECT mentor_id, outcome, decision, renewal_due, issue_date FROM (
       SELECT mentor_id, outcome, decision, renewal_due, issue_date,
              row_number() OVER (PARTITION BY mentor_id ORDER BY coalesce(issue_date, '9999') DESC, created_at DESC) AS n
         FROM mentor_dbs_check ${w.sql}) WHERE n = 1`,
    w.params,
  );
  for (const c of checks) {
    const renewalDue =
      c.renewal_due ?? (c.issue_date ? addYears(c.issue_date, thresholds.dbsRenewalYears) : null);
    set(c.mentor_id, (x) => {
      // A returned check with no dates cannot show it is in date: treated as not back.
      x.dbs =
        c.outcome === 'pending' || renewalDue
          ? { outcome: c.outcome, decision: c.decision, renewalDue: renewalDue ?? '' }
          : null;
    });
  }

  const passed = where(ids, ["outcome = 'passed'"]);
  const interviews: { mentor_id: string }[] = await em.query(
    `SELECT DISTINCT mentor_id FROM mentor_interview ${passed.sql}`,
    passed.params,
  );
  for (const i of interviews) set(i.mentor_id, (x) => (x.interviewPassed = true));

  const cleared = where(ids, ["status = 'cleared'", '(expires_on IS NULL OR expires_on >= ?)']);
  const clearances: { mentor_id: string; n: number }[] = await em.query(
    `SELECT mentor_id, count(*) AS n FROM mentor_clearance ${cleared.sql} GROUP BY mentor_id`,
    [...cleared.params, today],
  );
  for (const c of clearances) set(c.mentor_id, (x) => (x.clearedEstablishments = c.n));

  const hours = await trainingHoursByMentor(em, ids, today);
  for (const [id, h] of hours) set(id, (x) => (x.initialTrainingHours = h.initial));
  return facts;
}

export interface Readiness {
  unmet: UnmetCondition[];
  clearedEstablishments: number;
}

/** Readiness of every mentor (or of the ones named), keyed by mentor id. */
export async function readinessAll(
  em: EntityManager,
  today: string,
  thresholds: Thresholds,
  ids: Ids = null,
): Promise<Map<string, Readiness>> {
  const facts = await readinessFacts(em, ids, today, thresholds);
  const rules = rulesFrom(thresholds);
  return new Map(
    [...facts].map(([id, f]) => [
      id,
      { unmet: unmetConditions(f, rules, today), clearedEstablishments: f.clearedEstablishments },
    ]),
  );
}
