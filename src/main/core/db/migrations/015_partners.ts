import type { Migration } from './migration';

/**
 * Partner agencies, link workers, protocols and service agreements with review dates, and liaison contacts.
 */
const SCHEMA = `
  CREATE TABLE partner (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    establishment_id TEXT REFERENCES establishment (id),
    address_line1 TEXT NOT NULL,
    address_line2 TEXT NOT NULL,
    town TEXT NOT NULL,
    postcode TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    notes TEXT NOT NULL,
    referral_source TEXT,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX partner_name ON partner (name COLLATE NOCASE);

  CREATE TABLE partner_referral_name (
    id TEXT PRIMARY KEY NOT NULL,
    partner_id TEXT NOT NULL REFERENCES partner (id),
    name TEXT NOT NULL,
    UNIQUE (partner_id, name)
  );

  CREATE TABLE partner_link_worker (
    id TEXT PRIMARY KEY NOT NULL,
    partner_id TEXT NOT NULL REFERENCES partner (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX partner_link_worker_partner ON partner_link_worker (partner_id);

  CREATE TABLE partner_agreement (
    id TEXT PRIMARY KEY NOT NULL,
    partner_id TEXT NOT NULL REFERENCES partner (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    signed_on TEXT,
    review_on TEXT,
    notes TEXT NOT NULL,
    document_name TEXT,
    document_type TEXT,
    document_size INTEGER,
    document_sha256 TEXT,
    document BLOB,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX partner_agreement_partner ON partner_agreement (partner_id);
  CREATE INDEX partner_agreement_review ON partner_agreement (status, review_on);

  CREATE TABLE partner_liaison (
    id TEXT PRIMARY KEY NOT NULL,
    partner_id TEXT NOT NULL REFERENCES partner (id),
    contacted_on TEXT NOT NULL,
    contact_with TEXT NOT NULL,
    method TEXT NOT NULL,
    about TEXT NOT NULL,
    follow_up TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX partner_liaison_partner ON partner_liaison (partner_id, contacted_on);
  CREATE INDEX partner_liaison_on ON partner_liaison (contacted_on);
`;

export const m015Partners: Migration = {
  version: 15,
  name: 'partners',
  up(db) {
    db.exec(SCHEMA);
  },
};
