import type { Migration } from './migration';

/**
 * Lead mentors’ six-weekly support groups per cluster: attendance, themes and the concerns summary for the regional manager.
 */
const SCHEMA = `
  CREATE TABLE support_group_meeting (
    id TEXT PRIMARY KEY NOT NULL,
    cluster_id TEXT NOT NULL REFERENCES cluster (id),
    held_on TEXT NOT NULL,
    venue TEXT NOT NULL,
    themes TEXT NOT NULL,
    notes TEXT NOT NULL,
    concerns_summary TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX support_group_meeting_cluster ON support_group_meeting (cluster_id, held_on);
  CREATE INDEX support_group_meeting_held ON support_group_meeting (held_on);

  CREATE TABLE support_group_attendance (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES support_group_meeting (id),
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    status TEXT NOT NULL,
    UNIQUE (meeting_id, mentor_id)
  );
  CREATE INDEX support_group_attendance_mentor ON support_group_attendance (mentor_id);
`;

export const m014SupportGroups: Migration = {
  version: 14,
  name: 'support_groups',
  up(db) {
    db.exec(SCHEMA);
  },
};
