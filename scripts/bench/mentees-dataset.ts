// Mentees' slice of the large dataset: 20,000 mentees at every stage, with their referral, stage
// history, establishment moves, risk assessment versions, induction, needs on the seven pathways
// and staff contact-log rows, shared among 40 caseworkers. Written straight into a database
// (plaintext or encrypted) with prepared statements from a seeded generator, so both variants
// hold the same rows. Needs the mentors slice's establishments (or any establishment) first.
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  INDUCTION_ITEMS,
  PATHWAYS,
  RISK_QUESTIONS,
  CONTACT_METHODS,
  CONTACT_WITH,
} from '../../src/shared/mentees/assessment';
import { MENTEE_STAGES, REFERRAL_SOURCES, type MenteeStage } from '../../src/shared/mentees/referral';
import { nameKey } from '../../src/shared/mentors/names';
import { prng } from './workload';

export const MENTEES = 20_000;
export const CASEWORKERS = 40;
const CONTACTS_PER_MENTEE = 5;

const STAGE_WEIGHTS: Record<MenteeStage, number> = {
  referred: 8,
  acknowledged: 6,
  assessment: 10,
  induction: 10,
  ready: 12,
  matched: 36,
  not_selected: 4,
  withdrawn: 6,
  closed: 8,
};
const FIRST = [
  'Aaron',
  'Bailey',
  'Callum',
  'Dylan',
  'Ethan',
  'Finley',
  'Harvey',
  'Jayden',
  'Kyle',
  'Liam',
  'Mason',
  'Reece',
  'Tyler',
  'Zak',
];
const LAST = [
  'Abbott',
  'Barlow',
  'Crane',
  'Dawes',
  'Ellery',
  'Fenwick',
  'Garside',
  'Holden',
  'Ingham',
  'Jowett',
  'Kershaw',
  'Lumb',
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) =>
  iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface MenteesDatasetIds {
  caseworkers: string[];
  /** A mentee on the first caseworker's caseload, at the matched stage (the page timed). */
  sampleMenteeId: string;
}

/** Insert the slice into `db` (already migrated, with establishments) in one transaction. */
export function seedMentees(
  db: Database.Database,
  today: string,
  /** An account that can sign in (the core's timed caseworker): the first caseload is theirs. */
  firstCaseworker: { id: string; displayName: string },
  seed = 9,
): MenteesDatasetIds {
  const next = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const now = `${today}T09:00:00.000Z`;
  const weighted: MenteeStage[] = MENTEE_STAGES.flatMap((s) => Array<MenteeStage>(STAGE_WEIGHTS[s]).fill(s));
  const order = (s: MenteeStage) => MENTEE_STAGES.indexOf(s);
  const pastAssessment = (s: MenteeStage) => order(s) >= order('induction') && order(s) <= order('matched');
  let sample = '';
  const run = db.transaction(() => {
    const establishments = db.prepare('SELECT id FROM establishment ORDER BY id').pluck().all() as string[];
    if (!establishments.length)
      throw new Error('seedMentees needs establishments (seed the mentors slice first)');
    const account = db.prepare(
      `INSERT INTO account (id, username, display_name, roles, disabled, must_change_passphrase, created_at, updated_at)
       VALUES (?, ?, ?, '["caseworker"]', 0, 0, ?, ?)`,
    );
    db.prepare(
      `INSERT OR IGNORE INTO account (id, username, display_name, roles, disabled, must_change_passphrase, created_at, updated_at)
       VALUES (?, 'bench.caseworker', ?, '["caseworker"]', 0, 0, ?, ?)`,
    ).run(firstCaseworker.id, firstCaseworker.displayName, now, now);
    const caseworkers = Array.from({ length: CASEWORKERS }, (_, i) => {
      const id = i === 0 ? firstCaseworker.id : uuid(next);
      if (i === 0) return id;
      account.run(id, `bench.caseworker${i}`, `Bench Caseworker ${i}`, now, now);
      return id;
    });
    const mentee = db.prepare(
      `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since,
         date_of_birth, gender, address_on_release, home_area, ethnicity, disability, employment_status,
         family_background, prison_number, establishment_id, custody_status, sentence_type, sentence_months,
         offence_category, expected_release, confirmed_release, licence_end, case_manager_name,
         case_manager_contact, caseworker_account_id, learning_style, interests, accessible_format, adaptations,
         consent_given_on, consent_how, notes, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, 'Male', '', 'Town', NULL, NULL, 'unemployed', '', ?, ?, 'sentenced',
         'determinate', ?, 'theft', ?, NULL, NULL, 'Probation officer', '', ?, 'activist', '[]', 0, '', ?, ?, '', ?, ?)`,
    );
    const stageEvent = db.prepare(
      `INSERT INTO mentee_stage_event (id, mentee_id, stage, on_date, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, '', ?, ?)`,
    );
    const move = db.prepare(
      `INSERT INTO mentee_move (id, mentee_id, establishment_id, moved_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, '', ?, ?)`,
    );
    const referral = db.prepare(
      `INSERT INTO mentee_referral (id, mentee_id, source, agency, referrer_name, referrer_contact, referred_on,
         acknowledged_on, criteria_met, reason, hopes, not_a_licence_condition, self_referral_note, created_at, updated_at)
       VALUES (?, ?, ?, '', 'Referrer', '', ?, ?, '[]', 'Wants support on release', 'Somewhere to live', 1, '', ?, ?)`,
    );
    const risk = db.prepare(
      `INSERT INTO mentee_risk_assessment (id, mentee_id, version, answers, source_document, source_reference,
         source_dated, overall_level, safeguards, assessor, assessed_on, review_due, signed_off_on, signed_off_by,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, 'oasys', 'OASYS-1', ?, ?, 'Meet in public places', 'Assessor', ?, ?, ?, ?, ?, ?)`,
    );
    const induction = db.prepare(
      `INSERT INTO mentee_induction (mentee_id, item, done_on, recorded_by) VALUES (?, ?, ?, ?)`,
    );
    const need = db.prepare(
      `INSERT INTO mentee_need (mentee_id, pathway, level, notes, updated_at) VALUES (?, ?, ?, '', ?)`,
    );
    const contact = db.prepare(
      `INSERT INTO mentee_contact (id, mentee_id, on_date, with_whom, method, nature, outcome, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, 'Catch-up about resettlement plans', 'Agreed next steps.', ?, ?)`,
    );
    const answers = JSON.stringify(
      Object.fromEntries(RISK_QUESTIONS.map((q) => [q.key, { answer: 'no', notes: '' }])),
    );
    for (let i = 0; i < MENTEES; i++) {
      const id = uuid(next);
      const first = pick(FIRST);
      const last = `${pick(LAST)}${i}`;
      const stage = i === 0 ? 'matched' : pick(weighted);
      const caseworker = caseworkers[i % CASEWORKERS]!;
      const referred = addDays(today, -int(20, 900));
      const since = addDays(referred, int(0, 15) * Math.max(order(stage), 1));
      const establishment = pick(establishments);
      const prison = `A${String(1000 + (i % 9000)).padStart(4, '0')}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i / 26) % 26))}`;
      const consented = order(stage) >= order('assessment') ? referred : null;
      mentee.run(
        id,
        first,
        last,
        nameKey(first, last),
        `M-B-${String(i).padStart(5, '0')}`,
        stage,
        since,
        addDays(today, -int(16, 60) * 365),
        prison,
        establishment,
        int(6, 120),
        addDays(today, int(-200, 900)),
        caseworker,
        consented,
        consented ? 'in_person' : null,
        now,
        now,
      );
      if (i === 0) sample = id;
      stageEvent.run(uuid(next), id, 'referred', referred, caseworker, now);
      if (stage !== 'referred') stageEvent.run(uuid(next), id, stage, since, caseworker, now);
      move.run(uuid(next), id, establishment, referred, caseworker, now);
      if (next() < 0.3)
        move.run(uuid(next), id, pick(establishments), addDays(referred, -int(30, 300)), caseworker, now);
      referral.run(
        uuid(next),
        id,
        pick(REFERRAL_SOURCES),
        referred,
        order(stage) > 0 ? addDays(referred, 3) : null,
        now,
        now,
      );
      if (order(stage) >= order('assessment')) {
        const versions = next() < 0.3 ? 2 : 1;
        for (let v = 1; v <= versions; v++) {
          const assessed = addDays(referred, 20 + (v - 1) * 180);
          const signed = pastAssessment(stage) || v < versions;
          risk.run(
            uuid(next),
            id,
            v,
            answers,
            addDays(assessed, -10),
            pick(['low', 'medium', 'high']),
            assessed,
            addDays(assessed, 180),
            signed ? assessed : null,
            signed ? caseworker : null,
            now,
            now,
          );
        }
      }
      if (pastAssessment(stage))
        for (const item of INDUCTION_ITEMS) induction.run(id, item.key, addDays(referred, 40), caseworker);
      if (order(stage) >= order('assessment'))
        for (const p of PATHWAYS) need.run(id, p.key, pick(['none', 'low', 'medium', 'high']), now);
      for (let c = 0; c < CONTACTS_PER_MENTEE; c++)
        contact.run(
          uuid(next),
          id,
          addDays(referred, c * 14),
          pick(CONTACT_WITH),
          pick(CONTACT_METHODS),
          caseworker,
          now,
        );
    }
    return caseworkers;
  });
  const caseworkers = run();
  return { caseworkers, sampleMenteeId: sample };
}
