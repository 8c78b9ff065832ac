import type { Migration } from './migration';

/**
 * Complaints with their timescales, and safeguarding concerns and disclosures (the safeguarding class).
 *
 * A complaint's status is derived from its dates and outcome (see shared/complaints), so the table
 * keeps no status column that could disagree with them; the partial index on open complaints
 * narrows the work queue to the few that are still open.
 *
 * A safeguarding concern keeps its detail in columns of class `safeguarding`; its reference,
 * status and the day it was raised are the only parts a co-ordinator sees. Its dated actions are
 * rows of `safeguarding_action`; `last_action_on` is written with each action so the lead's work
 * queue reads one row per open concern.
 */
const SCHEMA = `
  CREATE TABLE complaint (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    complainant_kind TEXT NOT NULL,
    complainant_name TEXT NOT NULL,
    complainant_contact TEXT NOT NULL DEFAULT '',
    about_kind TEXT NOT NULL,
    about_detail TEXT NOT NULL DEFAULT '',
    mentor_id TEXT REFERENCES mentor (id),
    mentee_id TEXT REFERENCES mentee (id),
    match_id TEXT REFERENCES match (id),
    received_on TEXT NOT NULL,
    received_by TEXT NOT NULL,
    summary TEXT NOT NULL,
    acknowledged_on TEXT,
    investigated_by TEXT NOT NULL DEFAULT '',
    investigation_notes TEXT NOT NULL DEFAULT '',
    outcome TEXT,
    responded_on TEXT,
    lessons_learned TEXT NOT NULL DEFAULT '',
    closed INTEGER NOT NULL DEFAULT 0,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX complaint_received ON complaint (received_on);
  CREATE INDEX complaint_open ON complaint (received_on) WHERE closed = 0;

  CREATE TABLE safeguarding_concern (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    raised_on TEXT NOT NULL,
    raised_by TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    about_kind TEXT NOT NULL,
    about_name TEXT NOT NULL DEFAULT '',
    mentee_id TEXT REFERENCES mentee (id),
    mentor_id TEXT REFERENCES mentor (id),
    disclosure TEXT NOT NULL,
    immediate_action TEXT NOT NULL DEFAULT '',
    la_referred_on TEXT,
    la_reference TEXT NOT NULL DEFAULT '',
    la_contact TEXT NOT NULL DEFAULT '',
    police_referred_on TEXT,
    police_reference TEXT NOT NULL DEFAULT '',
    police_contact TEXT NOT NULL DEFAULT '',
    next_action_due TEXT,
    last_action_on TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX safeguarding_concern_raised ON safeguarding_concern (raised_on);
  CREATE INDEX safeguarding_concern_open ON safeguarding_concern (status) WHERE status <> 'closed';

  CREATE TABLE safeguarding_action (
    id TEXT PRIMARY KEY NOT NULL,
    concern_id TEXT NOT NULL REFERENCES safeguarding_concern (id) ON DELETE CASCADE,
    taken_on TEXT NOT NULL,
    description TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX safeguarding_action_concern ON safeguarding_action (concern_id, taken_on);
`;

export const m018ComplaintsSafeguarding: Migration = {
  version: 18,
  name: 'complaints_safeguarding',
  up(db) {
    db.exec(SCHEMA);
  },
};
