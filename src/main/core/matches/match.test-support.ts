import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { menteeInsert, mentorInsert } from '../../../../tests/support/person-rows';

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
  const [sql, values] = menteeInsert({
    id,
    first_name: f.firstName ?? 'Jordan',
    last_name: f.lastName ?? 'Example',
    reference: `M-T-${id}`,
    case_manager_name: 'Pat Officer',
    caseworker_account_id: f.caseworkerAccountId ?? null,
    establishment_id: f.establishmentId ?? null,
    expected_release: f.expectedRelease ?? null,
    created_at: AT,
    updated_at: AT,
  });
  db.prepare(sql).run(...values);
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
  const [sql, values] = mentorInsert({
    id,
    first_name: f.firstName ?? 'Robin',
    last_name: f.lastName ?? 'Mentor',
    stage: f.stage ?? 'ready',
    is_lead_mentor: f.isLeadMentor ? 1 : 0,
    cluster_id: f.clusterId ?? null,
    account_id: f.accountId ?? null,
    created_at: AT,
    updated_at: AT,
  });
  db.prepare(sql).run(...values);
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
