import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * People and proposals for the match tests, written straight into the encrypted database: the
 * mentors and mentees areas own those records, and proposals come from the suggestions (another
 * area). Each row is what those areas would have written, at the stage a match needs.
 */
const AT = '2026-11-01T10:00:00.000Z';

export function insertMentee(
  db: Database.Database,
  f: {
    firstName?: string;
    lastName?: string;
    caseworkerAccountId?: string | null;
    establishmentId?: string | null;
    expectedRelease?: string | null;
  } = {},
): string {
  const id = randomUUID();
  const first = f.firstName ?? 'Jordan';
  const last = f.lastName ?? 'Example';
  db.prepare(
    `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since,
       gender, address_on_release, home_area, employment_status, family_background, custody_status,
       case_manager_name, case_manager_contact, caseworker_account_id, establishment_id, expected_release,
       interests, adaptations, notes, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, 'ready', '2026-10-01', '', '', '', 'not_known', '', 'sentenced', 'Pat Officer', '',
       ?, ?, ?, '[]', '', '', ?, ?)`,
  ).run(
    id,
    first,
    last,
    `${first} ${last}`.toLowerCase(),
    `M-T-${id}`,
    f.caseworkerAccountId ?? null,
    f.establishmentId ?? null,
    f.expectedRelease ?? null,
    AT,
    AT,
  );
  return id;
}

export function insertMentor(
  db: Database.Database,
  f: {
    firstName?: string;
    lastName?: string;
    clusterId?: string | null;
    accountId?: string | null;
    isLeadMentor?: boolean;
    stage?: string;
  } = {},
): string {
  const id = randomUUID();
  const first = f.firstName ?? 'Robin';
  const last = f.lastName ?? 'Mentor';
  db.prepare(
    `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, email, phone,
       address_line1, address_line2, town, postcode, enquiry_date, heard_via, motivation, hopes,
       employment_status, interests, skills, languages, availability, availability_notes, travel_area,
       hard_to_work_with, is_lead_mentor, cluster_id, account_id, notes, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, '2026-09-01', '', '', '', '', '', '', '2026-01-01', '', '', '', 'not_known', '[]',
       '[]', '[]', '[]', '', '', '', ?, ?, ?, '', ?, ?)`,
  ).run(
    id,
    first,
    last,
    `${first} ${last}`.toLowerCase(),
    f.stage ?? 'ready',
    f.isLeadMentor ? 1 : 0,
    f.clusterId ?? null,
    f.accountId ?? null,
    AT,
    AT,
  );
  return id;
}

let counter = 0;
/** A proposal as `insertMatch` writes it: stage "proposed", with its first history row. */
export function insertProposal(
  db: Database.Database,
  menteeId: string,
  mentorId: string,
  proposedOn = '2026-11-10',
): string {
  const id = randomUUID();
  counter += 1;
  db.prepare(
    `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
       explanation, override_reason, release_warning, mentor_told_on, no_show_streak, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'proposed', ?, ?, 'test', '{}', '', 0, ?, 0, ?, ?)`,
  ).run(
    id,
    `X-2026-${String(counter).padStart(4, '0')}-${id.slice(0, 4)}`,
    menteeId,
    mentorId,
    proposedOn,
    proposedOn,
    proposedOn,
    AT,
    AT,
  );
  db.prepare(
    `INSERT INTO match_stage_event (id, match_id, stage, on_date, note, recorded_by, recorded_at)
     VALUES (?, ?, 'proposed', ?, '', 'test', ?)`,
  ).run(randomUUID(), id, proposedOn, AT);
  return id;
}
