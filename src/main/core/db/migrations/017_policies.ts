import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import { POLICY_KIND_LABELS, RECOMMENDED_POLICY_KINDS } from '../../../../shared/policies/policies';

/**
 * The policies register (with the document attached), handbooks and leaflets, and insurance.
 *
 * A policy's versions are kept: each holds its own label, approval, review date and document, so a
 * superseded version stays readable. The policy row carries the current version's review date
 * (written in the same transaction as the version), so the work queue narrows on an index of it.
 * Files are bytes inside the encrypted database, with their sniffed type, size and sha256.
 * The six policies the manual recommends are seeded as drafts to complete.
 */
const SCHEMA = `
  CREATE TABLE policy (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    recommended INTEGER NOT NULL DEFAULT 0,
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    current_version_id TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX policy_review ON policy (review_on) WHERE review_on IS NOT NULL AND status IN ('in_force', 'under_review');

  CREATE TABLE policy_version (
    id TEXT PRIMARY KEY NOT NULL,
    policy_id TEXT NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    approved_on TEXT,
    approved_by TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    changes TEXT NOT NULL DEFAULT '',
    file_name TEXT,
    content_type TEXT,
    size INTEGER,
    sha256 TEXT,
    bytes BLOB,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (policy_id, version)
  );
  CREATE INDEX policy_version_policy ON policy_version (policy_id, recorded_at);

  CREATE TABLE literature (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    audience TEXT NOT NULL,
    format TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'English',
    version TEXT NOT NULL DEFAULT '',
    last_reviewed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    file_name TEXT,
    content_type TEXT,
    size INTEGER,
    sha256 TEXT,
    bytes BLOB,
    archived INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE insurance_policy (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    insurer TEXT NOT NULL,
    policy_number TEXT NOT NULL DEFAULT '',
    cover_summary TEXT NOT NULL DEFAULT '',
    cover_amount_pence INTEGER,
    starts_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    file_name TEXT,
    content_type TEXT,
    size INTEGER,
    sha256 TEXT,
    bytes BLOB,
    archived INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX insurance_expiry ON insurance_policy (expires_on) WHERE archived = 0;
`;

export const m017Policies: Migration = {
  version: 17,
  name: 'policies',
  up(db) {
    db.exec(SCHEMA);
    const now = new Date().toISOString();
    const seed = db.prepare(
      `INSERT INTO policy (id, title, kind, recommended, status, created_by, created_at, updated_at)
       VALUES (?, ?, ?, 1, 'draft', 'system', ?, ?)`,
    );
    for (const kind of RECOMMENDED_POLICY_KINDS)
      seed.run(randomUUID(), POLICY_KIND_LABELS[kind], kind, now, now);
  },
};
