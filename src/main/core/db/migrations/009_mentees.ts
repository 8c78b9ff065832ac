import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';
import { DEFAULT_REFERRAL_CRITERIA } from '../../../../shared/mentees/referral';

/**
 * Mentees from referral to ready-for-match: the record with its establishment history, the
 * referral, parents and carers with parental consent, the assessment meeting, versioned risk
 * assessments, the induction checklist, preferences about a mentor, resettlement needs on the
 * seven pathways and the staff contact log. Search across people is added by its own migration.
 */
const SCHEMA = `
  CREATE TABLE mentee (
    id TEXT PRIMARY KEY NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    stage TEXT NOT NULL,
    stage_since TEXT NOT NULL,
    date_of_birth TEXT,
    gender TEXT NOT NULL,
    address_on_release TEXT NOT NULL,
    home_area TEXT NOT NULL,
    ethnicity TEXT,
    disability TEXT,
    employment_status TEXT NOT NULL,
    family_background TEXT NOT NULL,
    prison_number TEXT,
    establishment_id TEXT REFERENCES establishment (id),
    custody_status TEXT NOT NULL,
    sentence_type TEXT,
    sentence_months INTEGER,
    offence_category TEXT,
    expected_release TEXT,
    confirmed_release TEXT,
    licence_end TEXT,
    case_manager_name TEXT NOT NULL,
    case_manager_contact TEXT NOT NULL,
    caseworker_account_id TEXT,
    learning_style TEXT,
    interests TEXT NOT NULL,
    accessible_format INTEGER NOT NULL DEFAULT 0,
    adaptations TEXT NOT NULL,
    consent_given_on TEXT,
    consent_how TEXT,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentee_stage ON mentee (stage, stage_since);
  CREATE INDEX mentee_caseworker ON mentee (caseworker_account_id, stage);
  CREATE INDEX mentee_name ON mentee (name_key);
  -- The lists' default order (surname, first name): a page is read in order instead of sorting every match.
  CREATE INDEX mentee_sort_name ON mentee (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
  CREATE INDEX mentee_prison_number ON mentee (prison_number);
  CREATE INDEX mentee_release ON mentee (expected_release);

  CREATE TABLE mentee_stage_event (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    stage TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX mentee_stage_event_mentee ON mentee_stage_event (mentee_id, recorded_at);

  CREATE TABLE mentee_move (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    establishment_id TEXT NOT NULL REFERENCES establishment (id),
    moved_on TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX mentee_move_mentee ON mentee_move (mentee_id, moved_on);

  CREATE TABLE mentee_referral (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    source TEXT NOT NULL,
    agency TEXT NOT NULL,
    referrer_name TEXT NOT NULL,
    referrer_contact TEXT NOT NULL,
    referred_on TEXT NOT NULL,
    acknowledged_on TEXT,
    criteria_met TEXT NOT NULL,
    reason TEXT NOT NULL,
    hopes TEXT NOT NULL,
    not_a_licence_condition INTEGER NOT NULL DEFAULT 0,
    self_referral_note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentee_referral_mentee ON mentee_referral (mentee_id);
  CREATE INDEX mentee_referral_ack ON mentee_referral (acknowledged_on, referred_on);

  CREATE TABLE referral_criterion (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE mentee_carer (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    is_key_contact INTEGER NOT NULL DEFAULT 0,
    involvement TEXT NOT NULL,
    literature_given_on TEXT,
    parental_consent_on TEXT,
    parental_consent_form TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentee_carer_mentee ON mentee_carer (mentee_id);

  CREATE TABLE mentee_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    held_on TEXT NOT NULL,
    attended_by TEXT NOT NULL,
    notes TEXT NOT NULL,
    outcome TEXT NOT NULL,
    not_selected_reasons TEXT NOT NULL,
    signposting TEXT NOT NULL,
    told_on TEXT,
    told_how TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX mentee_assessment_mentee ON mentee_assessment (mentee_id, held_on);

  CREATE TABLE mentee_risk_assessment (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    source_document TEXT,
    source_reference TEXT NOT NULL,
    source_dated TEXT,
    overall_level TEXT NOT NULL,
    safeguards TEXT NOT NULL,
    assessor TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    review_due TEXT NOT NULL,
    signed_off_on TEXT,
    signed_off_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (mentee_id, version)
  );
  CREATE INDEX mentee_risk_review ON mentee_risk_assessment (review_due);

  CREATE TABLE mentee_induction (
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    item TEXT NOT NULL,
    done_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    PRIMARY KEY (mentee_id, item)
  );

  CREATE TABLE mentee_preference (
    mentee_id TEXT PRIMARY KEY NOT NULL REFERENCES mentee (id),
    gender TEXT NOT NULL,
    age_range TEXT NOT NULL,
    ethnicity TEXT NOT NULL,
    shared_interests TEXT NOT NULL,
    other TEXT NOT NULL,
    needs_review INTEGER NOT NULL DEFAULT 0,
    coordinator_view TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE mentee_need (
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    pathway TEXT NOT NULL,
    level TEXT NOT NULL,
    notes TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (mentee_id, pathway)
  );

  CREATE TABLE mentee_contact (
    id TEXT PRIMARY KEY NOT NULL,
    mentee_id TEXT NOT NULL REFERENCES mentee (id),
    on_date TEXT NOT NULL,
    with_whom TEXT NOT NULL,
    method TEXT NOT NULL,
    nature TEXT NOT NULL,
    outcome TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX mentee_contact_mentee ON mentee_contact (mentee_id, on_date);
`;

export const m009Mentees: Migration = {
  version: 9,
  name: 'mentees',
  up(db) {
    db.exec(SCHEMA);
    const insert = db.prepare('INSERT INTO referral_criterion (id, text, sort_order) VALUES (?, ?, ?)');
    DEFAULT_REFERRAL_CRITERIA.forEach((text, i) => insert.run(randomUUID(), text, i));
  },
};
