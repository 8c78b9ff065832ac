import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './migration';
import { DEFAULT_RECRUITMENT_SOURCES } from '../../../../shared/mentors/pipeline';
import { DEFAULT_INTERVIEW_QUESTIONS, DEFAULT_PERSON_SPEC } from '../../../../shared/mentors/screening';

/**
 * Volunteer mentors from first enquiry to ready: the record and its pipeline history, screening
 * (references, enhanced DBS checks, interview, decision), prison clearance per establishment,
 * equality monitoring kept in a table of its own, and the programme's editable lists (recruitment
 * sources, person specification, standard interview questions), seeded from the manual.
 */
const SCHEMA = `
  CREATE TABLE mentor (
    id TEXT PRIMARY KEY NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    stage TEXT NOT NULL,
    stage_since TEXT NOT NULL,
    date_of_birth TEXT,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT NOT NULL,
    town TEXT NOT NULL,
    postcode TEXT NOT NULL,
    enquiry_date TEXT NOT NULL,
    heard_via TEXT NOT NULL,
    application_date TEXT,
    motivation TEXT NOT NULL,
    hopes TEXT NOT NULL,
    employment_status TEXT NOT NULL,
    interests TEXT NOT NULL,
    skills TEXT NOT NULL,
    languages TEXT NOT NULL,
    learning_style TEXT,
    availability TEXT NOT NULL,
    availability_notes TEXT NOT NULL,
    travel_area TEXT NOT NULL,
    hard_to_work_with TEXT NOT NULL,
    is_lead_mentor INTEGER NOT NULL DEFAULT 0,
    cluster_id TEXT REFERENCES cluster (id),
    account_id TEXT UNIQUE,
    former_mentee_id TEXT,
    notes TEXT NOT NULL,
    on_hold_reason TEXT,
    follow_up_due TEXT,
    left_date TEXT,
    left_reason TEXT,
    exit_interview_date TEXT,
    exit_interview_notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentor_stage ON mentor (stage, stage_since);
  CREATE INDEX mentor_name ON mentor (name_key);
  CREATE INDEX mentor_cluster ON mentor (cluster_id, stage);

  CREATE TABLE mentor_stage_event (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    stage TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note TEXT NOT NULL,
    exception_id TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX mentor_stage_event_mentor ON mentor_stage_event (mentor_id, recorded_at);

  CREATE TABLE mentor_gate_exception (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    unmet TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX mentor_gate_exception_mentor ON mentor_gate_exception (mentor_id);

  CREATE TABLE mentor_reference (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    referee_name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    referee_contact TEXT NOT NULL,
    requested_on TEXT,
    chased_on TEXT,
    received_on TEXT,
    satisfactory INTEGER,
    concerns TEXT NOT NULL,
    how_addressed TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentor_reference_mentor ON mentor_reference (mentor_id);

  CREATE TABLE mentor_dbs_check (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    certificate_number TEXT NOT NULL,
    issue_date TEXT,
    update_service INTEGER NOT NULL DEFAULT 0,
    renewal_due TEXT,
    outcome TEXT NOT NULL,
    declared_convictions TEXT NOT NULL,
    disclosed_information TEXT NOT NULL,
    decision TEXT,
    decision_reasons TEXT NOT NULL,
    decided_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentor_dbs_check_mentor ON mentor_dbs_check (mentor_id, issue_date);
  CREATE INDEX mentor_dbs_check_renewal ON mentor_dbs_check (renewal_due);

  CREATE TABLE mentor_interview (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    held_on TEXT NOT NULL,
    panel TEXT NOT NULL,
    answers TEXT NOT NULL,
    outcome TEXT NOT NULL,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentor_interview_mentor ON mentor_interview (mentor_id);

  CREATE TABLE mentor_decision (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    outcome TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    trial_period INTEGER NOT NULL DEFAULT 0,
    trial_review_due TEXT,
    reasons TEXT NOT NULL,
    feedback_given_on TEXT,
    signposting TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentor_decision_mentor ON mentor_decision (mentor_id, decided_on);

  CREATE TABLE mentor_clearance (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    establishment_id TEXT NOT NULL REFERENCES establishment (id),
    forms_submitted_on TEXT,
    forms_checked_by TEXT NOT NULL,
    id_seen_on TEXT,
    security_awareness_on TEXT,
    status TEXT NOT NULL,
    cleared_on TEXT,
    expires_on TEXT,
    notes TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (mentor_id, establishment_id)
  );
  CREATE INDEX mentor_clearance_establishment ON mentor_clearance (establishment_id, status);

  CREATE TABLE mentor_equality (
    mentor_id TEXT PRIMARY KEY NOT NULL REFERENCES mentor (id),
    age_band TEXT NOT NULL,
    gender TEXT NOT NULL,
    ethnicity TEXT NOT NULL,
    disability TEXT NOT NULL,
    religion TEXT,
    sexual_orientation TEXT,
    recorded_on TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE recruitment_source (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE person_spec_criterion (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('quality', 'screen_out')),
    text TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE interview_question (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  );
`;

function seedLists(db: Database.Database): void {
  const source = db.prepare('INSERT INTO recruitment_source (id, name, sort_order) VALUES (?, ?, ?)');
  DEFAULT_RECRUITMENT_SOURCES.forEach((name, i) => source.run(randomUUID(), name, i));
  const criterion = db.prepare(
    'INSERT INTO person_spec_criterion (id, kind, text, sort_order) VALUES (?, ?, ?, ?)',
  );
  for (const kind of ['quality', 'screen_out'] as const)
    DEFAULT_PERSON_SPEC[kind].forEach((text, i) => criterion.run(randomUUID(), kind, text, i));
  const question = db.prepare('INSERT INTO interview_question (id, text, sort_order) VALUES (?, ?, ?)');
  DEFAULT_INTERVIEW_QUESTIONS.forEach((text, i) => question.run(randomUUID(), text, i));
}

export const m007Mentors: Migration = {
  version: 7,
  name: 'mentors',
  up(db) {
    db.exec(SCHEMA);
    seedLists(db);
  },
};
