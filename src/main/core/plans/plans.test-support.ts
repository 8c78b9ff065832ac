import { randomUUID } from 'node:crypto';
import type { MatchStage } from '../../../shared/matching/match';
import { menteeInsert, mentorInsert } from '../../../../tests/support/person-rows';
import { openRaw } from '../../../../tests/support/raw-db';

/**
 * A mentor, a mentee and a match between them, written straight into the encrypted database: the
 * matches area owns the workflow that normally gets a match this far, and these tests (and the
 * plans end-to-end test) need only a match at a given stage to hang plans and reviews on.
 */
export interface MatchRowFields {
  stage?: MatchStage;
  menteeFirstName?: string;
  menteeLastName?: string;
  mentorFirstName?: string;
  caseworkerId?: string | null;
  expectedRelease?: string | null;
  custodyStatus?: string;
  nextReviewDue?: string | null;
  activeOn?: string | null;
  /** Assessed needs on pathways (level other than 'none'). */
  needs?: string[];
}

export interface RawAccess {
  dir: string;
  username: string;
  passphrase: string;
}

let counter = 0;

export async function insertMatchRaw(access: RawAccess, f: MatchRowFields = {}): Promise<string> {
  const db = await openRaw(access.dir, access.username, access.passphrase);
  const at = new Date().toISOString();
  const [menteeId, mentorId, matchId] = [randomUUID(), randomUUID(), randomUUID()];
  counter += 1;
  const first = f.menteeFirstName ?? 'Sam';
  const last = f.menteeLastName ?? 'Example';
  try {
    const mentee = menteeInsert({
      id: menteeId,
      first_name: first,
      last_name: last,
      reference: `M-2026-${String(9000 + counter).padStart(4, '0')}-${menteeId.slice(0, 4)}`,
      stage: 'matched',
      stage_since: '2026-06-01',
      gender: 'unknown',
      employment_status: 'unknown',
      custody_status: f.custodyStatus ?? 'sentenced',
      expected_release: f.expectedRelease === undefined ? '2027-03-01' : f.expectedRelease,
      caseworker_account_id: f.caseworkerId ?? null,
      created_at: at,
      updated_at: at,
    });
    db.prepare(mentee[0]).run(...mentee[1]);
    const mentor = mentorInsert({
      id: mentorId,
      first_name: f.mentorFirstName ?? 'Robin',
      last_name: 'Mentor',
      stage: 'matched',
      stage_since: '2026-06-01',
      enquiry_date: '2026-01-05',
      created_at: at,
      updated_at: at,
    });
    db.prepare(mentor[0]).run(...mentor[1]);
    const stage = f.stage ?? 'active';
    db.prepare(
      `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
         explanation, override_reason, active_on, next_review_due, no_show_streak, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '2026-06-01', '2026-05-01', 'test', '{}', '', ?, ?, 0, ?, ?)`,
    ).run(
      matchId,
      `X-2026-${String(counter).padStart(4, '0')}-${matchId.slice(0, 4)}`,
      menteeId,
      mentorId,
      stage,
      f.activeOn === undefined ? (stage === 'active' ? '2026-06-01' : null) : f.activeOn,
      f.nextReviewDue ?? null,
      at,
      at,
    );
    for (const pathway of f.needs ?? [])
      db.prepare(
        `INSERT INTO mentee_need (mentee_id, pathway, level, notes, updated_at) VALUES (?, ?, 'medium', '', ?)`,
      ).run(menteeId, pathway, at);
  } finally {
    db.close();
  }
  return matchId;
}
