import type { Migration } from './migration';

/**
 * Feedback from mentees, mentors, carers and partners, “you said, we did” actions, and service-user involvement.
 *
 * A piece of feedback may name a mentee, mentor, match or partner (never when anonymous); its
 * themes are a JSON list of the programme's theme words, and `feedback_theme` repeats them one row
 * each so the theme filter and the quarter's counts use an index. An action links to any number of
 * pieces of feedback. Involvement always names the former mentee, and the mentor record of one who
 * became a mentor.
 */
const SCHEMA = `
  CREATE TABLE feedback (
    id TEXT PRIMARY KEY NOT NULL,
    received_on TEXT NOT NULL,
    from_kind TEXT NOT NULL,
    method TEXT NOT NULL,
    anonymous INTEGER NOT NULL DEFAULT 0,
    rating INTEGER,
    went_well TEXT NOT NULL DEFAULT '',
    could_be_better TEXT NOT NULL DEFAULT '',
    comments TEXT NOT NULL DEFAULT '',
    themes TEXT NOT NULL DEFAULT '[]',
    mentee_id TEXT REFERENCES mentee (id),
    mentor_id TEXT REFERENCES mentor (id),
    match_id TEXT REFERENCES match (id),
    partner_id TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX feedback_received ON feedback (received_on, from_kind);
  CREATE INDEX feedback_mentee ON feedback (mentee_id) WHERE mentee_id IS NOT NULL;
  CREATE INDEX feedback_mentor ON feedback (mentor_id) WHERE mentor_id IS NOT NULL;

  CREATE TABLE feedback_theme (
    feedback_id TEXT NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    received_on TEXT NOT NULL,
    PRIMARY KEY (feedback_id, theme)
  );
  CREATE INDEX feedback_theme_received ON feedback_theme (theme, received_on);

  CREATE TABLE feedback_action (
    id TEXT PRIMARY KEY NOT NULL,
    you_said TEXT NOT NULL,
    we_did TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    target_on TEXT,
    status TEXT NOT NULL,
    done_on TEXT,
    published INTEGER NOT NULL DEFAULT 0,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX feedback_action_open ON feedback_action (target_on) WHERE status <> 'done';
  CREATE INDEX feedback_action_published ON feedback_action (done_on) WHERE published = 1;

  CREATE TABLE feedback_action_link (
    action_id TEXT NOT NULL REFERENCES feedback_action (id) ON DELETE CASCADE,
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    PRIMARY KEY (action_id, feedback_id)
  );
  CREATE INDEX feedback_action_link_feedback ON feedback_action_link (feedback_id);

  CREATE TABLE service_user_involvement (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    kind TEXT NOT NULL,
    mentor_id TEXT REFERENCES mentor (id),
    role TEXT NOT NULL DEFAULT '',
    from_on TEXT NOT NULL,
    to_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX service_user_involvement_mentee ON service_user_involvement (mentee_id);
  CREATE INDEX service_user_involvement_from ON service_user_involvement (from_on);
`;

export const m019Feedback: Migration = {
  version: 19,
  name: 'feedback',
  up(db) {
    db.exec(SCHEMA);
  },
};
