import type { Migration } from './migration';

/**
 * Individual supervision, group supervision sessions scheduled for the year with attendance and
 * apologies, and the telephone support log. `mentor_supervision` keeps each mentor's derived
 * facts (last individual supervision, group sessions missed in a row) written in the same
 * transaction as the record that changes them, so the work queue reads one indexed row per mentor.
 */
const SCHEMA = `
  CREATE TABLE supervision_record (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    held_on TEXT NOT NULL,
    supervisor_account_id TEXT,
    supervisor_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    matches_discussed TEXT NOT NULL,
    contacts_reviewed INTEGER NOT NULL,
    contacts_note TEXT NOT NULL,
    concerns TEXT NOT NULL,
    training_needs TEXT NOT NULL,
    personal_issues TEXT NOT NULL,
    actions TEXT NOT NULL,
    next_on TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX supervision_record_mentor ON supervision_record (mentor_id, held_on);

  CREATE TABLE group_supervision_session (
    id TEXT PRIMARY KEY NOT NULL,
    held_on TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    venue TEXT NOT NULL,
    led_by TEXT NOT NULL,
    status TEXT NOT NULL,
    themes TEXT NOT NULL,
    attendance_taken INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX group_supervision_session_day ON group_supervision_session (held_on);

  CREATE TABLE group_supervision_attendance (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_supervision_session (id),
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    status TEXT NOT NULL,
    UNIQUE (session_id, mentor_id)
  );
  CREATE INDEX group_supervision_attendance_mentor ON group_supervision_attendance (mentor_id);

  CREATE TABLE supervision_call (
    id TEXT PRIMARY KEY NOT NULL,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    called_on TEXT NOT NULL,
    direction TEXT NOT NULL,
    staff_name TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    topic TEXT NOT NULL,
    follow_up_needed INTEGER NOT NULL,
    follow_up_note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX supervision_call_mentor ON supervision_call (mentor_id, called_on);

  CREATE TABLE mentor_supervision (
    mentor_id TEXT PRIMARY KEY NOT NULL REFERENCES mentor (id),
    last_supervised_on TEXT,
    missed_streak INTEGER NOT NULL DEFAULT 0,
    missed_dates TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentor_supervision_last ON mentor_supervision (last_supervised_on);
  CREATE INDEX mentor_supervision_streak ON mentor_supervision (missed_streak);
`;

export const m013Supervision: Migration = {
  version: 13,
  name: 'supervision',
  up(db) {
    db.exec(SCHEMA);
  },
};
