import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import { DEFAULT_MEETING_PLACES } from '../../../../shared/matching/relationship';

/**
 * Matching and the mentoring relationship: matches with their workflow history, the match risk
 * assessment, the three-way meeting, the agreement, PDFs kept with a match, records of contact,
 * staff check-ins with mentors, concern follow-ups, SMART goals with progress updates, reviews,
 * incidents, endings with exit interviews, and the programme's list of safe places to meet.
 *
 * Derived dates and counts that the work queue and lists need (`last_contact_on`,
 * `no_show_streak`, `next_review_due`) are kept on the match row and written in the same
 * transaction as the record that changes them, so nothing aggregates 400,000 contact records.
 */
const SCHEMA = `
  ALTER TABLE mentor ADD COLUMN max_mentees INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE mentor ADD COLUMN gender TEXT NOT NULL DEFAULT '';
  ALTER TABLE mentor ADD COLUMN excluded_offences TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE mentee ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';

  CREATE TABLE match (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    stage TEXT NOT NULL,
    stage_since TEXT NOT NULL,
    proposed_on TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    suggestion_rank INTEGER,
    score INTEGER,
    explanation TEXT NOT NULL,
    override_reason TEXT NOT NULL,
    release_warning INTEGER NOT NULL DEFAULT 0,
    mentor_told_on TEXT,
    mentor_agreed_on TEXT,
    mentee_told_on TEXT,
    mentee_agreed_on TEXT,
    declined_by TEXT,
    declined_on TEXT,
    decline_reason TEXT NOT NULL DEFAULT '',
    active_on TEXT,
    ended_on TEXT,
    previous_match_id TEXT REFERENCES match (id),
    last_contact_on TEXT,
    no_show_streak INTEGER NOT NULL DEFAULT 0,
    next_review_due TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  -- One open match per mentee at a time; declined and ended matches stay as history.
  CREATE UNIQUE INDEX match_open_mentee ON match (mentee_id)
    WHERE stage IN ('proposed', 'mentor_agreed', 'mentee_agreed', 'active');
  CREATE INDEX match_mentee ON match (mentee_id, proposed_on);
  CREATE INDEX match_mentor ON match (mentor_id, stage);
  CREATE INDEX match_stage ON match (stage, stage_since);
  CREATE INDEX match_review_due ON match (stage, next_review_due);
  CREATE INDEX match_last_contact ON match (stage, last_contact_on);

  CREATE TABLE match_stage_event (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    stage TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX match_stage_event_match ON match_stage_event (match_id, recorded_at);

  CREATE TABLE match_risk_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    version INTEGER NOT NULL,
    hazards TEXT NOT NULL,
    overall_level TEXT NOT NULL,
    controls TEXT NOT NULL,
    assessor TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    review_due TEXT NOT NULL,
    signed_off_on TEXT,
    signed_off_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (match_id, version)
  );

  CREATE TABLE match_meeting (
    match_id TEXT PRIMARY KEY NOT NULL REFERENCES match (id),
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    attendees TEXT NOT NULL,
    attendee_names TEXT NOT NULL,
    points_covered TEXT NOT NULL,
    next_meeting_on TEXT,
    notes TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );

  CREATE TABLE match_agreement (
    match_id TEXT PRIMARY KEY NOT NULL REFERENCES match (id),
    ground_rules TEXT NOT NULL,
    aim TEXT NOT NULL,
    objectives TEXT NOT NULL,
    length_value INTEGER NOT NULL,
    length_unit TEXT NOT NULL,
    meeting_min_minutes INTEGER NOT NULL,
    meeting_max_minutes INTEGER NOT NULL,
    contact_between_value INTEGER NOT NULL,
    contact_between_unit TEXT NOT NULL,
    review_on TEXT NOT NULL,
    mentor_signed_on TEXT,
    mentee_signed_on TEXT,
    updated_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE match_document (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX match_document_match ON match_document (match_id, kind, created_at);

  CREATE TABLE meeting_place (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE contact_record (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    on_date TEXT NOT NULL,
    minutes INTEGER,
    kind TEXT NOT NULL,
    place TEXT NOT NULL,
    phase TEXT NOT NULL,
    no_show INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL,
    actions_agreed TEXT NOT NULL,
    mentee_feedback TEXT NOT NULL,
    concern INTEGER NOT NULL DEFAULT 0,
    concern_note TEXT NOT NULL,
    lead_mentor_attended INTEGER,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX contact_record_match ON contact_record (match_id, on_date);

  CREATE TABLE mentor_checkin (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    on_date TEXT NOT NULL,
    method TEXT NOT NULL,
    feeling TEXT NOT NULL,
    how_it_went TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX mentor_checkin_match ON mentor_checkin (match_id, on_date);

  -- A concern needing a caseworker's follow-up, raised by a record of contact, a check-in or an incident.
  CREATE TABLE concern_follow_up (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    raised_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    note TEXT NOT NULL,
    done_on TEXT,
    done_by TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  );
  CREATE INDEX concern_follow_up_open ON concern_follow_up (done_on, due_on);
  CREATE INDEX concern_follow_up_match ON concern_follow_up (match_id);

  CREATE TABLE action_goal (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    pathway TEXT NOT NULL,
    phase TEXT NOT NULL,
    specific TEXT NOT NULL,
    measure TEXT NOT NULL,
    achievable TEXT NOT NULL,
    target_date TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome_type TEXT NOT NULL,
    evidence TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX action_goal_match ON action_goal (match_id, sort_order);

  CREATE TABLE goal_update (
    id TEXT PRIMARY KEY NOT NULL,
    goal_id TEXT NOT NULL REFERENCES action_goal (id),
    on_date TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX goal_update_goal ON goal_update (goal_id, on_date);

  CREATE TABLE match_review (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    held_on TEXT NOT NULL,
    pathway_ratings TEXT NOT NULL,
    goal_ratings TEXT NOT NULL,
    achievements TEXT NOT NULL,
    mentee_gained TEXT NOT NULL,
    mentor_gained TEXT NOT NULL,
    plan_changes TEXT NOT NULL,
    length_change TEXT NOT NULL,
    next_review_due TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX match_review_match ON match_review (match_id, held_on);

  CREATE TABLE incident (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT REFERENCES match (id),
    mentor_id TEXT REFERENCES mentor (id),
    mentee_id TEXT REFERENCES mentee (id),
    kind TEXT NOT NULL,
    is_boundary INTEGER NOT NULL DEFAULT 0,
    occurred_on TEXT NOT NULL,
    severity TEXT NOT NULL,
    description TEXT NOT NULL,
    actions TEXT NOT NULL,
    follow_up TEXT NOT NULL,
    follow_up_due TEXT,
    closed_on TEXT,
    closure_note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX incident_match ON incident (match_id, occurred_on);
  CREATE INDEX incident_open ON incident (closed_on, follow_up_due);

  CREATE TABLE match_ending (
    match_id TEXT PRIMARY KEY NOT NULL REFERENCES match (id),
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    ended_on TEXT NOT NULL,
    continues_informally INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );

  CREATE TABLE exit_interview (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL REFERENCES match (id),
    party TEXT NOT NULL,
    held_on TEXT NOT NULL,
    answers TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (match_id, party)
  );
`;

export const m011Matching: Migration = {
  version: 11,
  name: 'matching',
  up(db) {
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO meeting_place (id, name, sort_order) VALUES (?, ?, ?)');
    DEFAULT_MEETING_PLACES.forEach((name, i) => insert.run(randomUUID(), name, i));
  },
};
