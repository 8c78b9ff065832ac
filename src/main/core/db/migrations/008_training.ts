import type Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import { DEFAULT_COURSES } from '../../../../shared/mentors/training';

/**
 * Mentor training: courses (initial and ongoing, topics from the manual), sessions with dates and
 * hours, invitations and attendance, a waiting list per course, and evaluations.
 */
const SCHEMA = `
  CREATE TABLE training_course (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('initial', 'ongoing')),
    topics TEXT NOT NULL,
    description TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE training_session (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES training_course (id),
    held_on TEXT NOT NULL,
    start_time TEXT NOT NULL,
    hours REAL NOT NULL,
    venue TEXT NOT NULL,
    trainers TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    announced_on TEXT,
    cancelled INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX training_session_date ON training_session (held_on);
  CREATE INDEX training_session_course ON training_session (course_id, held_on);
  CREATE TABLE training_attendance (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES training_session (id),
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    status TEXT NOT NULL,
    hours_attended REAL,
    observations TEXT NOT NULL,
    invited_on TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (session_id, mentor_id)
  );
  CREATE INDEX training_attendance_mentor ON training_attendance (mentor_id, status);
  CREATE TABLE training_waiting (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES training_course (id),
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    added_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    placed_session_id TEXT REFERENCES training_session (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX training_waiting_course ON training_waiting (course_id, placed_session_id);
  CREATE TABLE training_evaluation (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES training_session (id),
    mentor_id TEXT REFERENCES mentor (id),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comments TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX training_evaluation_session ON training_evaluation (session_id);
`;

function seedCourses(db: Database.Database, now: string): void {
  const insert = db.prepare(
    `INSERT INTO training_course (id, title, kind, topics, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of DEFAULT_COURSES)
    insert.run(randomUUID(), c.title, c.kind, JSON.stringify(c.topics), c.description, now, now);
}

export const m008Training: Migration = {
  version: 8,
  name: 'training',
  up(db) {
    db.exec(SCHEMA);
    seedCourses(db, new Date().toISOString());
  },
};
