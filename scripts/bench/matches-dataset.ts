// Matches' slice of the large dataset: 20,000 matches over the mentors' and mentees' slices at every
// stage (most of them ended or declined, a few thousand active), 400,000 records of contact with the
// derived columns on the match (last_contact_on, no_show_streak, next_review_due) consistent with
// them, the match risk assessments, three-way meetings and agreements, some reviews, concern
// follow-ups and incidents. Written straight into a database with prepared statements from a seeded
// generator, so the plaintext and encrypted copies hold the same rows. Needs both slices first.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { MatchStage } from '../../src/shared/matching/match';
import {
  CONTACT_KINDS,
  DEFAULT_MEETING_PLACES,
  INCIDENT_KINDS,
} from '../../src/shared/matching/relationship';
import { prng } from './workload';

export const MATCHES = 20_000;
export const CONTACT_RECORDS = 400_000;

/** How the 20,000 split: most relationships are history; a few thousand are running now. */
const COUNTS: Record<MatchStage, number> = {
  active: 3_000,
  proposed: 500,
  mentor_agreed: 400,
  mentee_agreed: 300,
  declined: 6_800,
  ended: 9_000,
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) =>
  iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface MatchesDatasetIds {
  /** An active match on the first caseworker's caseload (where a contact record is saved). */
  sampleMatchId: string;
}

interface MenteeRow {
  id: string;
  stage: string;
  release: string;
  caseworker: string;
}

/** Insert the slice into `db` (migrated, with the mentors' and mentees' slices) in one transaction. */
export function seedMatches(
  db: Database.Database,
  today: string,
  firstCaseworkerId: string,
  accountId: string,
  seed = 10,
): MatchesDatasetIds {
  const next = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const now = `${today}T09:00:00.000Z`;
  let sample = '';
  const run = db.transaction(() => {
    const mentees = db
      .prepare(
        `SELECT id, stage, coalesce(confirmed_release, expected_release) AS release, caseworker_account_id AS caseworker
           FROM mentee ORDER BY id`,
      )
      .all() as MenteeRow[];
    const mentors = db.prepare(`SELECT id, stage FROM mentor ORDER BY id`).all() as {
      id: string;
      stage: string;
    }[];
    if (!mentees.length || !mentors.length)
      throw new Error('seedMatches needs the mentors and mentees slices');
    const busyMentors = mentors.filter((m) => m.stage === 'matched').map((m) => m.id);
    const anyMentor = mentors.map((m) => m.id);
    // Open matches go to mentees at the matching point (one open match each); history to anyone.
    const matched = mentees.filter((m) => m.stage === 'matched');
    const ready = mentees.filter((m) => m.stage === 'ready');
    const mineFirst = (xs: MenteeRow[]) => [
      ...xs.filter((m) => m.caseworker === firstCaseworkerId),
      ...xs.filter((m) => m.caseworker !== firstCaseworkerId),
    ];
    const activeMentees = mineFirst(matched).slice(0, COUNTS.active);
    const pendingMentees = ready.slice(0, COUNTS.proposed + COUNTS.mentor_agreed + COUNTS.mentee_agreed);
    if (activeMentees.length < COUNTS.active || pendingMentees.length < 1200)
      throw new Error('the mentees slice has too few matched or ready mentees');

    const match = db.prepare(
      `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
         suggestion_rank, score, explanation, override_reason, release_warning, mentor_told_on, mentor_agreed_on,
         mentee_told_on, mentee_agreed_on, declined_by, declined_on, decline_reason, active_on, ended_on,
         last_contact_on, no_show_streak, next_review_due, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, '{}', '', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const stageEvent = db.prepare(
      `INSERT INTO match_stage_event (id, match_id, stage, on_date, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, '', ?, ?)`,
    );
    const risk = db.prepare(
      `INSERT INTO match_risk_assessment (id, match_id, version, hazards, overall_level, controls, assessor,
         assessed_on, review_due, signed_off_on, signed_off_by, created_at, updated_at)
       VALUES (?, ?, 1, '{}', ?, 'Meet in public places; check in after each meeting.', 'Assessor', ?, ?, ?, ?, ?, ?)`,
    );
    const meeting = db.prepare(
      `INSERT INTO match_meeting (match_id, held_on, place, attendees, attendee_names, points_covered,
         next_meeting_on, notes, recorded_by, recorded_at)
       VALUES (?, ?, 'Visits hall', '["coordinator"]', 'Co-ordinator', '[]', NULL, '', ?, ?)`,
    );
    const agreement = db.prepare(
      `INSERT INTO match_agreement (match_id, ground_rules, aim, objectives, length_value, length_unit,
         meeting_min_minutes, meeting_max_minutes, contact_between_value, contact_between_unit, review_on,
         mentor_signed_on, mentee_signed_on, updated_by, created_at, updated_at)
       VALUES (?, 'Meet in public; keep to time.', 'Settle well on release', 'Housing and work', 12, 'months',
         60, 90, 1, 'weeks', ?, ?, ?, ?, ?, ?)`,
    );
    const contact = db.prepare(
      `INSERT INTO contact_record (id, match_id, on_date, minutes, kind, place, phase, no_show, notes,
         actions_agreed, mentee_feedback, concern, concern_note, lead_mentor_attended, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Talked through the week and plans.', 'Call the housing office.',
         'Helpful.', ?, ?, NULL, ?, ?, ?)`,
    );
    const followUp = db.prepare(
      `INSERT INTO concern_follow_up (id, match_id, source, source_id, raised_on, due_on, note, done_on, done_by, outcome, created_at)
       VALUES (?, ?, 'contact_record', ?, ?, ?, 'Seemed low; check in.', ?, ?, ?, ?)`,
    );
    const review = db.prepare(
      `INSERT INTO match_review (id, match_id, held_on, pathway_ratings, goal_ratings, achievements, mentee_gained,
         mentor_gained, plan_changes, length_change, next_review_due, recorded_by, recorded_at)
       VALUES (?, ?, ?, '{}', '{}', 'Kept every meeting.', 'Confidence', 'Patience', '', '', ?, ?, ?)`,
    );
    const incident = db.prepare(
      `INSERT INTO incident (id, match_id, mentor_id, mentee_id, kind, is_boundary, occurred_on, severity,
         description, actions, follow_up, follow_up_due, closed_on, closure_note, recorded_by, recorded_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, 'low', 'Missed a meeting without word.', 'Phoned the mentee.',
         'Check the next meeting happens.', ?, ?, '', ?, ?, ?)`,
    );

    // Stages in a shuffled but seeded order, so references and dates interleave.
    const stages: MatchStage[] = (Object.keys(COUNTS) as MatchStage[]).flatMap((s) =>
      Array<MatchStage>(COUNTS[s]).fill(s),
    );
    for (let i = stages.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [stages[i], stages[j]] = [stages[j]!, stages[i]!];
    }
    const withContacts = COUNTS.active + COUNTS.ended;
    const perMatch = Math.floor(CONTACT_RECORDS / withContacts);
    let extra = CONTACT_RECORDS - perMatch * withContacts;
    let activeUsed = 0;
    let pendingUsed = 0;
    stages.forEach((stage, i) => {
      const id = uuid(next);
      const mentee =
        stage === 'active'
          ? activeMentees[activeUsed++]!
          : stage === 'proposed' || stage === 'mentor_agreed' || stage === 'mentee_agreed'
            ? pendingMentees[pendingUsed++]!
            : pick(mentees);
      const mentor = stage === 'active' || stage === 'ended' ? pick(busyMentors) : pick(anyMentor);
      const proposed =
        stage === 'active'
          ? addDays(today, -int(60, 500))
          : stage === 'ended'
            ? addDays(today, -int(400, 1500))
            : stage === 'declined'
              ? addDays(today, -int(10, 1500))
              : addDays(today, -int(1, 40));
      const agreedMentor = stage === 'declined' && next() < 0.5 ? null : addDays(proposed, 5);
      const reachedMentee = ['mentee_agreed', 'active', 'ended'].includes(stage);
      const agreedMentee = reachedMentee ? addDays(proposed, 10) : null;
      const activeOn = stage === 'active' || stage === 'ended' ? addDays(proposed, 30) : null;
      const endedOn = stage === 'ended' ? addDays(activeOn!, int(120, 360)) : null;
      const declinedOn = stage === 'declined' ? addDays(proposed, int(3, 12)) : null;

      // Records of contact, oldest first; the derived columns follow from them.
      let last: string | null = null;
      let streak = 0;
      let lastReview: string | null = null;
      // Rows that reference the match are written after it (foreign keys); the values are drawn now.
      const after: (() => void)[] = [];
      const later = <A extends unknown[]>(statement: Database.Statement<A>, ...args: A) =>
        after.push(() => statement.run(...args));
      if (stage === 'active' || stage === 'ended') {
        const n = perMatch + (extra > 0 ? 1 : 0);
        if (extra > 0) extra--;
        const until = endedOn ?? addDays(today, -int(0, 16));
        const span = Math.max(n, Math.round((Date.parse(until) - Date.parse(activeOn!)) / 86_400_000));
        // A few running matches end on a run of missed meetings (the work queue's no-show rule).
        const trailingNoShows = stage === 'active' && next() < 0.05 ? int(1, 4) : 0;
        for (let c = 0; c < n; c++) {
          const on = addDays(activeOn!, Math.floor(((c + 1) * span) / n));
          const noShow = c >= n - trailingNoShows || (c < n - trailingNoShows - 1 && next() < 0.04) ? 1 : 0;
          const concern = !noShow && next() < 0.01 ? 1 : 0;
          const recordId = uuid(next);
          const phase = on < mentee.release ? 'pre_release' : 'post_release';
          const kind = phase === 'pre_release' ? pick(CONTACT_KINDS.slice(0, 5)) : 'community_meeting';
          later(
            contact,
            recordId,
            id,
            on,
            noShow ? null : int(45, 90),
            kind,
            kind === 'community_meeting' || kind === 'prison_visit' ? pick(DEFAULT_MEETING_PLACES) : '',
            phase,
            noShow,
            concern,
            concern ? 'Worried about housing falling through.' : '',
            mentee.caseworker,
            now,
            now,
          );
          // As the core keeps them: the newest kept session, and the no-shows after it.
          streak = noShow ? streak + 1 : 0;
          if (!noShow) last = on;
          if (concern) {
            const due = addDays(on, 3);
            const open = stage === 'active' && next() < 0.3;
            later(
              followUp,
              uuid(next),
              id,
              recordId,
              on,
              due,
              open ? null : due,
              open ? null : mentee.caseworker,
              open ? '' : 'Spoke to them; housing sorted.',
              now,
            );
          }
        }
        // Reviews every three months from activation, up to today (or the ending).
        for (let r = addDays(activeOn!, 91); r <= until; r = addDays(r, 91)) {
          if (next() < 0.15) break; // some reviews never happened: overdue
          later(review, uuid(next), id, r, addDays(r, 91), mentee.caseworker, now);
          lastReview = r;
        }
        if (next() < 0.03)
          later(
            incident,
            uuid(next),
            id,
            mentor,
            mentee.id,
            pick(INCIDENT_KINDS),
            addDays(until, -5),
            addDays(until, int(-3, 10)),
            stage === 'ended' || next() < 0.5 ? addDays(until, -1) : null,
            accountId,
            now,
            now,
          );
      }
      const reviewOn = activeOn ? addDays(activeOn, 91) : null;
      const nextReview = stage === 'active' ? (lastReview ? addDays(lastReview, 91) : reviewOn) : null;
      const since = endedOn ?? activeOn ?? declinedOn ?? agreedMentee ?? agreedMentor ?? proposed;
      match.run(
        id,
        `X-B-${String(i).padStart(5, '0')}`,
        mentee.id,
        mentor,
        stage,
        since,
        proposed,
        accountId,
        int(40, 100),
        proposed,
        agreedMentor,
        agreedMentor ? addDays(proposed, 6) : null,
        agreedMentee,
        declinedOn ? (agreedMentor ? 'mentee' : 'mentor') : null,
        declinedOn,
        declinedOn ? 'Not the right time' : '',
        activeOn,
        endedOn,
        last,
        streak,
        nextReview,
        now,
        now,
      );
      for (const write of after) write();
      if (stage === 'active' && !sample && mentee.caseworker === firstCaseworkerId) sample = id;
      stageEvent.run(uuid(next), id, 'proposed', proposed, accountId, now);
      if (agreedMentor) stageEvent.run(uuid(next), id, 'mentor_agreed', agreedMentor, accountId, now);
      if (agreedMentee) stageEvent.run(uuid(next), id, 'mentee_agreed', agreedMentee, accountId, now);
      if (declinedOn) stageEvent.run(uuid(next), id, 'declined', declinedOn, accountId, now);
      if (activeOn) stageEvent.run(uuid(next), id, 'active', activeOn, accountId, now);
      if (endedOn) stageEvent.run(uuid(next), id, 'ended', endedOn, accountId, now);
      if (reachedMentee) {
        // A handful of pending matches still wait for the risk sign-off or the signatures.
        const assessed = addDays(proposed, 12);
        const signedOff = stage !== 'mentee_agreed' || next() < 0.6;
        risk.run(
          uuid(next),
          id,
          pick(['low', 'medium', 'high']),
          assessed,
          addDays(assessed, 180),
          signedOff ? assessed : null,
          signedOff ? accountId : null,
          now,
          now,
        );
        if (stage !== 'mentee_agreed' || next() < 0.5) {
          meeting.run(id, addDays(proposed, 20), accountId, now);
          const signed = stage !== 'mentee_agreed' ? addDays(proposed, 25) : null;
          agreement.run(id, reviewOn ?? addDays(proposed, 120), signed, signed, accountId, now, now);
        }
      }
    });
    return sample;
  });
  sample = run();
  if (!sample) throw new Error('no active match on the first caseload');
  return { sampleMatchId: sample };
}
