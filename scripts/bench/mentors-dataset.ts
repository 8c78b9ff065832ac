// Mentors' slice of the large dataset: 2,000 mentors spread over every stage, with the references,
// DBS checks, interviews, decisions, prison clearances and training attendance a real pool of that
// size would have. Written straight into a database (plaintext or encrypted) with prepared
// statements, deterministically (a seeded generator), so the two variants hold the same rows.
import type Database from 'better-sqlite3-multiple-ciphers';
import { MENTOR_STAGES, type MentorStage } from '../../src/shared/mentors/pipeline';
import { prng } from './workload';

export const MENTORS = 2000;

// A believable spread: most people are early in recruitment or already mentoring.
const STAGE_WEIGHTS: Record<MentorStage, number> = {
  enquiry: 10,
  info_pack_sent: 5,
  open_evening: 5,
  application: 8,
  references: 6,
  dbs: 6,
  initial_training: 6,
  interview: 4,
  decision: 3,
  clearance: 5,
  ready: 12,
  matched: 20,
  on_hold: 4,
  left: 4,
  not_selected: 2,
};
const FIRST = [
  'Ada',
  'Bilal',
  'Carys',
  'Dev',
  'Elin',
  'Femi',
  'Gwen',
  'Hamza',
  'Isla',
  'Jonah',
  'Kemi',
  'Luca',
];
const LAST = [
  'Ashdown',
  'Brightwell',
  'Carrow',
  'Dunmore',
  'Elstead',
  'Fairholm',
  'Gorsley',
  'Hallam',
  'Ivell',
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) =>
  iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface MentorsDatasetIds {
  establishments: string[];
  clusters: string[];
}

/**
 * Insert the slice into `db` (already migrated), in one transaction. `today` anchors every date.
 * Needs at least one cluster and establishment (made here if `ids` is empty) and an account id for
 * "recorded by".
 */
export function seedMentors(
  db: Database.Database,
  accountId: string,
  today: string,
  seed = 8,
): MentorsDatasetIds {
  const next = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const now = `${today}T09:00:00.000Z`;
  const weighted: MentorStage[] = MENTOR_STAGES.flatMap((s) => Array<MentorStage>(STAGE_WEIGHTS[s]).fill(s));
  const reached = (stage: MentorStage, step: MentorStage) => {
    const order = MENTOR_STAGES.indexOf(stage);
    return ['matched', 'on_hold', 'left'].includes(stage) || order > MENTOR_STAGES.indexOf(step);
  };
  const run = db.transaction(() => {
    const region = uuid(next);
    db.prepare(
      `INSERT INTO region (id, name, notes, created_at, updated_at) VALUES (?, 'Bench mentors region', '', ?, ?)`,
    ).run(region, now, now);
    const clusters = Array.from({ length: 6 }, (_, i) => {
      const id = uuid(next);
      db.prepare(
        `INSERT INTO cluster (id, region_id, name, notes, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?)`,
      ).run(id, region, `Bench mentors cluster ${i}`, now, now);
      return id;
    });
    const establishments = Array.from({ length: 24 }, (_, i) => {
      const id = uuid(next);
      db.prepare(
        `INSERT INTO establishment (id, name, kind, operator, address_line1, address_line2, town, postcode, phone,
           visiting_arrangements, legal_visit_arrangements, security_contact_name, security_contact_phone,
           security_contact_email, cluster_id, notes, archived, created_at, updated_at)
         VALUES (?, ?, 'prison', '', '', '', 'Town', '', '', '', '', '', '', '', ?, '', 0, ?, ?)`,
      ).run(id, `HMP Bench ${i}`, clusters[i % clusters.length], now, now);
      return id;
    });
    const courses = db.prepare(`SELECT id, kind FROM training_course`).all() as {
      id: string;
      kind: string;
    }[];
    const initialCourse = courses.find((c) => c.kind === 'initial')!.id;
    const ongoingCourse = courses.find((c) => c.kind === 'ongoing')!.id;
    const session = db.prepare(
      `INSERT INTO training_session (id, course_id, held_on, start_time, hours, venue, trainers, capacity,
         announced_on, cancelled, notes, created_at, updated_at) VALUES (?, ?, ?, '10:00', 6, 'Bench venue', 'Trainer', 16, ?, 0, '', ?, ?)`,
    );
    const sessions = (course: string, n: number) =>
      Array.from({ length: n }, (_, i) => {
        const id = uuid(next);
        const held = addDays(today, -700 + i * Math.floor(720 / n));
        session.run(id, course, held, addDays(held, -49), now, now);
        return id;
      });
    const initialSessions = sessions(initialCourse, 120);
    const ongoingSessions = sessions(ongoingCourse, 60);

    const mentor = db.prepare(
      `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, date_of_birth,
         email, phone, address_line1, address_line2, town, postcode, enquiry_date, heard_via, application_date,
         motivation, hopes, employment_status, interests, skills, languages, learning_style, availability,
         availability_notes, travel_area, hard_to_work_with, is_lead_mentor, cluster_id, account_id,
         former_mentee_id, notes, on_hold_reason, follow_up_due, left_date, left_reason, exit_interview_date,
         exit_interview_notes, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, '', '', '', 'Town', '', ?, 'Word of mouth', ?, '', '', 'employed_full_time',
         '[]', '[]', '["English"]', 'activist', '["mon","wed"]', '', 'Town', '', ?, ?, NULL, NULL, '', ?, ?, ?, ?, NULL, NULL, ?, ?)`,
    );
    const event = db.prepare(
      `INSERT INTO mentor_stage_event (id, mentor_id, stage, on_date, note, exception_id, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, '', NULL, ?, ?)`,
    );
    const reference = db.prepare(
      `INSERT INTO mentor_reference (id, mentor_id, referee_name, relationship, referee_contact, requested_on,
         chased_on, received_on, satisfactory, concerns, how_addressed, created_at, updated_at)
       VALUES (?, ?, 'Referee', 'professional', '', ?, NULL, ?, ?, '', '', ?, ?)`,
    );
    const dbs = db.prepare(
      `INSERT INTO mentor_dbs_check (id, mentor_id, certificate_number, issue_date, update_service, renewal_due,
         outcome, declared_convictions, disclosed_information, decision, decision_reasons, decided_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, 0, ?, 'clear', '', '', NULL, '', NULL, ?, ?)`,
    );
    const interview = db.prepare(
      `INSERT INTO mentor_interview (id, mentor_id, held_on, panel, answers, outcome, notes, created_at, updated_at)
       VALUES (?, ?, ?, 'Panel', '[]', 'passed', '', ?, ?)`,
    );
    const decision = db.prepare(
      `INSERT INTO mentor_decision (id, mentor_id, outcome, decided_on, trial_period, trial_review_due, reasons,
         feedback_given_on, signposting, created_at, updated_at) VALUES (?, ?, ?, ?, 0, NULL, ?, NULL, '', ?, ?)`,
    );
    const clearance = db.prepare(
      `INSERT OR IGNORE INTO mentor_clearance (id, mentor_id, establishment_id, forms_submitted_on, forms_checked_by,
         id_seen_on, security_awareness_on, status, cleared_on, expires_on, notes, updated_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'Lead mentor', ?, ?, ?, ?, ?, '', ?, ?, ?)`,
    );
    const attend = db.prepare(
      `INSERT OR IGNORE INTO training_attendance (id, session_id, mentor_id, status, hours_attended, observations,
         invited_on, updated_by, created_at, updated_at) VALUES (?, ?, ?, 'attended', 6, '', ?, ?, ?, ?)`,
    );

    for (let i = 0; i < MENTORS; i++) {
      const id = uuid(next);
      const stage = pick(weighted);
      const first = pick(FIRST);
      const last = `${pick(LAST)}-${i}`;
      const enquiry = addDays(today, -Math.floor(next() * 900) - 20);
      const since = addDays(enquiry, Math.floor(next() * 15));
      const cluster = pick(clusters);
      mentor.run(
        id,
        first,
        last,
        `${first} ${last}`.toLowerCase(),
        stage,
        since,
        `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        `m${i}@example.org`,
        enquiry,
        reached(stage, 'application') ? addDays(enquiry, 10) : null,
        i % 50 === 0 ? 1 : 0,
        cluster,
        stage === 'on_hold' ? 'Personal reasons' : null,
        stage === 'on_hold' ? addDays(since, 180) : null,
        stage === 'left' ? since : null,
        stage === 'left' ? 'Moved away' : null,
        now,
        now,
      );
      event.run(uuid(next), id, 'enquiry', enquiry, accountId, now);
      if (stage !== 'enquiry') event.run(uuid(next), id, stage, since, accountId, now);
      if (reached(stage, 'references'))
        for (let r = 0; r < 2; r++)
          reference.run(
            uuid(next),
            id,
            addDays(enquiry, 12),
            addDays(enquiry, 30),
            next() < 0.97 ? 1 : null,
            now,
            now,
          );
      if (reached(stage, 'dbs')) {
        const issued = addDays(today, -Math.floor(next() * 1150));
        dbs.run(uuid(next), id, String(100000000000 + i), issued, addDays(issued, 1095), now, now);
      }
      if (reached(stage, 'initial_training')) {
        const a = pick(initialSessions);
        const b = pick(initialSessions);
        attend.run(uuid(next), a, id, enquiry, accountId, now, now);
        attend.run(uuid(next), b, id, enquiry, accountId, now, now);
        if (next() < 0.5) attend.run(uuid(next), pick(ongoingSessions), id, enquiry, accountId, now, now);
      }
      if (reached(stage, 'interview')) interview.run(uuid(next), id, addDays(enquiry, 60), now, now);
      if (reached(stage, 'decision') || stage === 'not_selected')
        decision.run(
          uuid(next),
          id,
          stage === 'not_selected' ? 'not_selected' : 'approved',
          addDays(enquiry, 70),
          stage === 'not_selected' ? 'Not comfortable with the boundaries of the role' : '',
          now,
          now,
        );
      if (reached(stage, 'clearance') || stage === 'clearance') {
        const cleared = stage !== 'clearance';
        clearance.run(
          uuid(next),
          id,
          pick(establishments),
          addDays(enquiry, 80),
          addDays(enquiry, 80),
          addDays(enquiry, 85),
          cleared ? 'cleared' : 'forms_submitted',
          cleared ? addDays(enquiry, 95) : null,
          cleared ? addDays(enquiry, 95 + 730) : null,
          accountId,
          now,
          now,
        );
      }
    }
    return { establishments, clusters };
  });
  return run();
}
