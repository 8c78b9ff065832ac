import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Fictional matches for the documents tests, the e2e test and the bench, written straight into a
 * database handle (the tables belong to the matches and endings areas, whose channels may not exist
 * yet). Columns a test does not care about get plain values.
 */
function insertRow(d: Database.Database, table: string, values: Record<string, unknown>): void {
  const cols = d.prepare(`PRAGMA table_info(${table})`).all() as {
    name: string;
    notnull: number;
    type: string;
    dflt_value: string | null;
  }[];
  const row: Record<string, unknown> = {};
  for (const c of cols) {
    if (c.name in values) row[c.name] = values[c.name];
    else if (c.notnull && c.dflt_value === null) row[c.name] = /INT|REAL|NUM/i.test(c.type) ? 0 : '';
  }
  const names = Object.keys(row);
  d.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
    ...names.map((n) => row[n]),
  );
}

export interface FixtureMatch {
  matchId: string;
  mentorId: string;
  menteeId: string;
  reference: string;
}

export interface FixtureOptions {
  /** The mentee's caseworker (their caseload decides who sees the match). */
  caseworkerId?: string | null;
  reference?: string;
  mentor?: { firstName: string; lastName: string; preferredName?: string };
  mentee?: { firstName: string; lastName: string; preferredName?: string; caseManagerName?: string };
  activeOn?: string;
}

/** A mentor, a mentee and an active match between them, with no agreement yet. */
export function seedActiveMatch(d: Database.Database, o: FixtureOptions = {}): FixtureMatch {
  const at = new Date().toISOString();
  const mentorId = randomUUID();
  const menteeId = randomUUID();
  const matchId = randomUUID();
  const reference = o.reference ?? 'X-2026-0007';
  const mentor = o.mentor ?? { firstName: 'Robin', lastName: 'Testwell' };
  const mentee = o.mentee ?? {
    firstName: 'Jordan',
    lastName: 'Fictional',
    preferredName: 'Jo',
    caseManagerName: 'Priya Placeholder',
  };
  insertRow(d, 'mentor', {
    id: mentorId,
    first_name: mentor.firstName,
    last_name: mentor.lastName,
    preferred_name: mentor.preferredName ?? '',
    stage: 'matched',
    created_at: at,
    updated_at: at,
  });
  insertRow(d, 'mentee', {
    id: menteeId,
    first_name: mentee.firstName,
    last_name: mentee.lastName,
    preferred_name: mentee.preferredName ?? '',
    reference: `M-${reference}`,
    stage: 'matched',
    case_manager_name: mentee.caseManagerName ?? '',
    caseworker_account_id: o.caseworkerId ?? null,
    created_at: at,
    updated_at: at,
  });
  insertRow(d, 'match', {
    id: matchId,
    reference,
    mentee_id: menteeId,
    mentor_id: mentorId,
    stage: 'active',
    stage_since: o.activeOn ?? '2026-05-04',
    proposed_on: '2026-04-01',
    explanation: '{}',
    active_on: o.activeOn ?? '2026-05-04',
    created_at: at,
    updated_at: at,
  });
  return { matchId, mentorId, menteeId, reference };
}

/** The shared agreement for a match, signed by both unless told otherwise. */
export function seedAgreement(
  d: Database.Database,
  matchId: string,
  o: { signed?: boolean; aim?: string; groundRules?: string } = {},
): void {
  const at = new Date().toISOString();
  const signed = o.signed ?? true;
  insertRow(d, 'match_meeting', {
    match_id: matchId,
    held_on: '2026-04-28',
    place: 'HMP Northmoor legal visits room',
    attendees: '["coordinator","prison_staff"]',
    attendee_names: '',
    points_covered: '[]',
    notes: '',
    recorded_by: 'fixture',
    recorded_at: at,
  });
  insertRow(d, 'match_agreement', {
    match_id: matchId,
    ground_rules:
      o.groundRules ??
      'We keep what is said between us, except where someone could be at risk.\nWe meet only in safe, public places.\nNo money, gifts or lifts.',
    aim: o.aim ?? 'Settle into a home of my own and find steady work within six months of release.',
    objectives:
      'Register with a GP in the first week after release.\nGo to the job centre together and build a CV.\nOpen a bank account.',
    length_value: 9,
    length_unit: 'months',
    meeting_min_minutes: 60,
    meeting_max_minutes: 90,
    contact_between_value: 1,
    contact_between_unit: 'weeks',
    review_on: '2026-08-04',
    mentor_signed_on: signed ? '2026-04-28' : null,
    mentee_signed_on: signed ? '2026-04-29' : null,
    updated_by: 'fixture',
    created_at: at,
    updated_at: at,
  });
}

/** End a match as the endings area would (stage, date, the ending row). */
export function seedEnding(
  d: Database.Database,
  matchId: string,
  o: { kind?: 'planned' | 'unplanned'; endedOn?: string; continuesInformally?: boolean } = {},
): void {
  const endedOn = o.endedOn ?? '2026-11-20';
  d.prepare(`UPDATE match SET stage = 'ended', stage_since = ?, ended_on = ? WHERE id = ?`).run(
    endedOn,
    endedOn,
    matchId,
  );
  insertRow(d, 'match_ending', {
    match_id: matchId,
    kind: o.kind ?? 'planned',
    reason: 'agreed_length_reached',
    ended_on: endedOn,
    continues_informally: o.continuesInformally ? 1 : 0,
    notes: '',
    recorded_by: 'fixture',
    recorded_at: new Date().toISOString(),
  });
}
