import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import { DEFAULT_MILEAGE_PENCE } from '../../../../shared/expenses/expenses';

/**
 * Mentors' expenses and the programme's budget. Staff enter a mentor's claim from their form
 * (mentors do not sign in): lines with amounts in whole pence, receipts kept as bytes inside the
 * encrypted database, a declaration, approval or rejection with a reason, payment. Mileage rates
 * carry the date they take effect, so a claim is priced at the rate of each journey's day.
 * Budgets are set per financial year (named by the year it starts) and heading; each match may
 * have an activity fund, spent by claim lines of kind `activity` that name the match.
 *
 * `expense_claim.total_pence` is written in the same transaction as its lines, so queues and
 * budget totals never add up lines on the fly.
 */
const SCHEMA = `
  CREATE TABLE mileage_rate (
    id TEXT PRIMARY KEY NOT NULL,
    effective_from TEXT NOT NULL UNIQUE,
    pence_per_mile INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );

  CREATE TABLE expense_claim (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    received_on TEXT NOT NULL,
    period_from TEXT,
    period_to TEXT,
    status TEXT NOT NULL,
    total_pence INTEGER NOT NULL DEFAULT 0,
    declaration_accepted INTEGER NOT NULL DEFAULT 0,
    declaration_signed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    decided_by TEXT,
    decided_on TEXT,
    rejection_reason TEXT NOT NULL DEFAULT '',
    paid_on TEXT,
    payment_method TEXT,
    payment_reference TEXT NOT NULL DEFAULT '',
    paid_by TEXT,
    entered_by TEXT NOT NULL,
    entered_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX expense_claim_mentor ON expense_claim (mentor_id, received_on);
  CREATE INDEX expense_claim_status ON expense_claim (status, received_on);

  CREATE TABLE expense_line (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES expense_claim (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    spent_on TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    miles REAL,
    pence_per_mile INTEGER,
    amount_pence INTEGER NOT NULL,
    match_id TEXT REFERENCES match (id),
    budget_category TEXT NOT NULL
  );
  CREATE INDEX expense_line_claim ON expense_line (claim_id, position);
  CREATE INDEX expense_line_match ON expense_line (match_id) WHERE match_id IS NOT NULL;
  CREATE INDEX expense_line_category ON expense_line (budget_category, spent_on);

  CREATE TABLE expense_receipt (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES expense_claim (id) ON DELETE CASCADE,
    line_id TEXT REFERENCES expense_line (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE INDEX expense_receipt_claim ON expense_receipt (claim_id);

  CREATE TABLE expense_claim_event (
    id TEXT PRIMARY KEY NOT NULL,
    claim_id TEXT NOT NULL REFERENCES expense_claim (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    on_day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    by_account TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX expense_claim_event_claim ON expense_claim_event (claim_id, at);

  CREATE TABLE budget (
    id TEXT PRIMARY KEY NOT NULL,
    financial_year INTEGER NOT NULL,
    category TEXT NOT NULL,
    amount_pence INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (financial_year, category)
  );

  CREATE TABLE budget_spend (
    id TEXT PRIMARY KEY NOT NULL,
    financial_year INTEGER NOT NULL,
    category TEXT NOT NULL,
    spent_on TEXT NOT NULL,
    amount_pence INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX budget_spend_year ON budget_spend (financial_year, category);

  CREATE TABLE activity_fund (
    id TEXT PRIMARY KEY NOT NULL,
    match_id TEXT NOT NULL UNIQUE REFERENCES match (id),
    amount_pence INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
  );
`;

export const m016Expenses: Migration = {
  version: 16,
  name: 'expenses',
  up(db) {
    db.exec(SCHEMA);
    // 45p a mile until the programme sets its own rate (from the start, so every journey has one).
    db.prepare(
      `INSERT INTO mileage_rate (id, effective_from, pence_per_mile, note, recorded_by, recorded_at)
       VALUES (?, '2000-01-01', ?, 'Default rate', 'system', ?)`,
    ).run(randomUUID(), DEFAULT_MILEAGE_PENCE, new Date().toISOString());
  },
};
