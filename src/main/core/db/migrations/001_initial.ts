import { sqlStep, type Migration } from './migration';

/** Staff accounts, settings and the append-only, hash-chained audit log. */
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: sqlStep(`
    CREATE TABLE account (
      id TEXT PRIMARY KEY NOT NULL,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      roles TEXT NOT NULL,
      disabled INTEGER NOT NULL DEFAULT 0,
      must_change_passphrase INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_sign_in_at TEXT
    );

    CREATE TABLE setting (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT
    );

    CREATE TABLE audit_event (
      seq INTEGER PRIMARY KEY NOT NULL,
      at TEXT NOT NULL,
      account_id TEXT,
      actor TEXT,
      action TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
      record_type TEXT,
      record_id TEXT,
      classes TEXT NOT NULL,
      detail TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    );
    CREATE INDEX audit_event_account ON audit_event (account_id, seq);
    CREATE INDEX audit_event_record ON audit_event (record_id, seq);
    CREATE INDEX audit_event_action ON audit_event (action, seq);
    CREATE INDEX audit_event_at ON audit_event (at);

    -- The audit log is append-only: the database itself refuses to change or remove a row.
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit log rows cannot be changed'); END;
    CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit log rows cannot be removed'); END;
  `),
};
