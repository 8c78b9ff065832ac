import type { Migration } from './migration';

/**
 * What the home page's work queue (and suggestions) need to stay under 100 ms at 20,000 mentees and
 * 20,000 matches (issue 10's speed goals; measured with `npx tsx scripts/bench/profile-workqueue.ts` and
 * `npm run bench -- --only=workqueue`).
 *
 * Two derived columns on the mentee, kept by triggers so the areas that write the source rows
 * (assessment: risk assessments and the induction checklist) need not remember them, in the same
 * statement and so the same transaction:
 *  - `risk_review_due`: the review date of the mentee's latest risk assessment (highest version),
 *    which the queue read with a max(version) lookup and a row fetch per open mentee;
 *  - `induction_done`: how many induction items are ticked, which the queue counted per mentee
 *    (about 100,000 index entries at full size).
 * Each trigger recomputes the value from the rows themselves (no increments), so it is right
 * whatever order the writes come in. A REPLACE that removes a row runs no delete trigger (SQLite
 * runs those only with recursive triggers on), but its insert trigger recounts, so nothing is lost.
 *
 * Partial indexes over mentees still on their way to a match (the queue's only candidates) make its
 * release, risk-review and induction rules range scans; the signed-off match risk assessment and
 * the agreement signed by both get covering indexes for the queue's "is there one" probes per
 * active match (match.due.queries.ts names them). Suggestions' pass over every match for each
 * mentor's load reads an index that covers it.
 */
const OPEN = `stage NOT IN ('matched', 'not_selected', 'withdrawn', 'closed')`;

const RISK_LATEST = (menteeId: string) => `
  UPDATE mentee SET risk_review_due = (SELECT review_due FROM mentee_risk_assessment
                                        WHERE mentee_id = ${menteeId} ORDER BY version DESC LIMIT 1)
   WHERE id = ${menteeId};`;
const INDUCTION_COUNT = (menteeId: string) => `
  UPDATE mentee SET induction_done = (SELECT count(*) FROM mentee_induction WHERE mentee_id = ${menteeId})
   WHERE id = ${menteeId};`;

const SCHEMA = `
  ALTER TABLE mentee ADD COLUMN risk_review_due TEXT;
  ALTER TABLE mentee ADD COLUMN induction_done INTEGER NOT NULL DEFAULT 0;

  UPDATE mentee SET
    risk_review_due = (SELECT review_due FROM mentee_risk_assessment r
                        WHERE r.mentee_id = mentee.id ORDER BY version DESC LIMIT 1),
    induction_done = (SELECT count(*) FROM mentee_induction i WHERE i.mentee_id = mentee.id);

  CREATE TRIGGER mentee_risk_latest_insert AFTER INSERT ON mentee_risk_assessment BEGIN
    ${RISK_LATEST('new.mentee_id')}
  END;
  CREATE TRIGGER mentee_risk_latest_update AFTER UPDATE OF mentee_id, version, review_due
    ON mentee_risk_assessment BEGIN
    ${RISK_LATEST('old.mentee_id')}
    ${RISK_LATEST('new.mentee_id')}
  END;
  CREATE TRIGGER mentee_risk_latest_delete AFTER DELETE ON mentee_risk_assessment BEGIN
    ${RISK_LATEST('old.mentee_id')}
  END;

  CREATE TRIGGER mentee_induction_count_insert AFTER INSERT ON mentee_induction BEGIN
    ${INDUCTION_COUNT('new.mentee_id')}
  END;
  CREATE TRIGGER mentee_induction_count_update AFTER UPDATE OF mentee_id ON mentee_induction BEGIN
    ${INDUCTION_COUNT('old.mentee_id')}
    ${INDUCTION_COUNT('new.mentee_id')}
  END;
  CREATE TRIGGER mentee_induction_count_delete AFTER DELETE ON mentee_induction BEGIN
    ${INDUCTION_COUNT('old.mentee_id')}
  END;

  CREATE INDEX mentee_open_release ON mentee (coalesce(confirmed_release, expected_release)) WHERE ${OPEN};
  CREATE INDEX mentee_open_risk_review ON mentee (risk_review_due) WHERE ${OPEN};
  CREATE INDEX mentee_open_induction ON mentee (stage, induction_done) WHERE ${OPEN};
  CREATE INDEX match_risk_assessment_signed ON match_risk_assessment (match_id) WHERE signed_off_on IS NOT NULL;
  CREATE INDEX match_agreement_signed ON match_agreement (match_id)
    WHERE mentor_signed_on IS NOT NULL AND mentee_signed_on IS NOT NULL;

  -- Suggestions count each mentor's open matches and their latest start over every match (20,000 at
  -- full size): covering the columns read halves that pass (12 → 5 ms). It answers everything the
  -- (mentor_id, stage) index did, so that one goes.
  CREATE INDEX match_mentor_load ON match (mentor_id, stage, active_on, proposed_on);
  DROP INDEX match_mentor;
`;

export const m012WorkQueueSpeed: Migration = {
  version: 12,
  name: 'work_queue_speed',
  up(db) {
    db.exec(SCHEMA);
  },
};
