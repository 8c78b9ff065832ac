import { sqlStep, type Migration } from './migration';

/** Establishments grouped into clusters (a lead mentor's patch) and regions. */
export const m005Establishments: Migration = {
  version: 5,
  name: 'establishments',
  up: sqlStep(`
    CREATE TABLE region (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL UNIQUE,
      notes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE cluster (
      id TEXT PRIMARY KEY NOT NULL,
      region_id TEXT NOT NULL REFERENCES region (id),
      name TEXT NOT NULL,
      notes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (region_id, name)
    );
    CREATE TABLE establishment (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('prison', 'yoi', 'probation_office', 'community_venue')),
      operator TEXT NOT NULL,
      address_line1 TEXT NOT NULL,
      address_line2 TEXT NOT NULL,
      town TEXT NOT NULL,
      postcode TEXT NOT NULL,
      phone TEXT NOT NULL,
      visiting_arrangements TEXT NOT NULL,
      legal_visit_arrangements TEXT NOT NULL,
      security_contact_name TEXT NOT NULL,
      security_contact_phone TEXT NOT NULL,
      security_contact_email TEXT NOT NULL,
      cluster_id TEXT REFERENCES cluster (id),
      notes TEXT NOT NULL,
      archived INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX establishment_name ON establishment (archived, name COLLATE NOCASE);
    CREATE INDEX establishment_cluster ON establishment (cluster_id);
    CREATE INDEX cluster_region ON cluster (region_id);
  `),
};
