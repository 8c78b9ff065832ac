import { randomUUID } from 'node:crypto';
import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { openRaw } from '../support/raw-db';

/**
 * Demo matches, one at every point of the relationship: proposed, mentor agreed, declined by the
 * mentee with the reason kept, both agreed but the paperwork unfinished, active before release with
 * sessions, released last week (a release-day gate meeting with a lead mentor, then a meeting in
 * town), a run of three missed meetings after release, a review overdue, and an ending with its
 * reasons. Every person is invented for the demo.
 *
 * Proposals are written straight into the database with dates in the past (the suggestions screen
 * proposes today, and a demo needs history); everything after that goes through the channels, as
 * the screens would: answers, the match risk assessment, the three-way meeting, the agreement and
 * signatures, activation, records of contact, a review, an incident and the ending. Safe to call
 * twice: it does nothing when the vault already holds matches.
 */
export interface DemoMatchesAccess {
  dataDir: string;
  /** The administrator (a co-ordinator) who is signed in, to reopen after the direct writes. */
  username: string;
  passphrase: string;
  caseworkerAccountId: string;
}

type Stage = 'proposed' | 'mentor_agreed' | 'declined' | 'mentee_agreed' | 'active' | 'ended';
interface DemoMatch {
  mentee: [string, string, string];
  mentor: [string, string];
  stage: Stage;
  /** Days ago the match was proposed. */
  proposed: number;
  /** Days from today to the mentee's release (negative: released). */
  releaseIn: number;
  caseload?: boolean;
}

const M: DemoMatch[] = [
  {
    mentee: ['Dwayne', 'Quillfeather', 'A7001ZA'],
    mentor: ['Gillian', 'Fakeley'],
    stage: 'proposed',
    proposed: 3,
    releaseIn: 150,
  },
  {
    mentee: ['Elliot', 'Ravensmoor', 'A7002ZA'],
    mentor: ['Hector', 'Notional'],
    stage: 'mentor_agreed',
    proposed: 10,
    releaseIn: 170,
    caseload: true,
  },
  {
    mentee: ['Fraser', 'Tallowby', 'A7003ZA'],
    mentor: ['Ines', 'Dreamwell'],
    stage: 'declined',
    proposed: 40,
    releaseIn: 120,
  },
  {
    mentee: ['Gideon', 'Underhay', 'A7004ZA'],
    mentor: ['Joyce', 'Figmentine'],
    stage: 'mentee_agreed',
    proposed: 20,
    releaseIn: 100,
    caseload: true,
  },
  {
    mentee: ['Rhys', 'Brackenridge', 'A7005ZA'],
    mentor: ['Kwame', 'Storyteller'],
    stage: 'active',
    proposed: 90,
    releaseIn: 60,
    caseload: true,
  },
  {
    mentee: ['Sean', 'Wolstenholme', 'A7006ZA'],
    mentor: ['Lorna', 'Makebelieve'],
    stage: 'active',
    proposed: 150,
    releaseIn: -7,
    caseload: true,
  },
  {
    mentee: ['Tomasz', 'Yarrowfield', 'A7007ZA'],
    mentor: ['Malik', 'Inventwood'],
    stage: 'active',
    proposed: 160,
    releaseIn: -40,
    caseload: true,
  },
  {
    mentee: ['Vikram', 'Ashenden', 'A7008ZA'],
    mentor: ['Nadia', 'Conjure'],
    stage: 'active',
    proposed: 230,
    releaseIn: 40,
  },
  {
    mentee: ['Wesley', 'Cobblestone', 'A7009ZA'],
    mentor: ['Oona', 'Fabula'],
    stage: 'ended',
    proposed: 420,
    releaseIn: -300,
  },
];

export async function buildDemoMatches(core: Core, access: DemoMatchesAccess): Promise<void> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok)
      throw new Error(
        `Demo matches: ${channel} failed with ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fieldErrors ?? {})}`,
      );
    return r.value;
  };
  const existing = await call<{ total: number }>('matches.list', {});
  if (existing.total > 0) return;
  const today = ukToday(new Date());
  const day = (n: number) => addDays(today, n);

  // The people, through the channels.
  const people: { menteeId: string; mentorId: string }[] = [];
  for (const m of M) {
    const mentor = await call<{ id: string }>('mentors.create', {
      firstName: m.mentor[0],
      lastName: m.mentor[1],
      enquiryDate: day(-m.proposed - 200),
    });
    const mentee = await call<{ id: string }>('mentees.create', {
      mentee: {
        firstName: m.mentee[0],
        lastName: m.mentee[1],
        prisonNumber: m.mentee[2],
        expectedRelease: day(m.releaseIn),
      },
      referral: { source: 'probation', referredOn: day(-m.proposed - 60), notALicenceCondition: true },
    });
    if (m.caseload)
      await call('mentees.assignCaseworker', {
        id: mentee.id,
        caseworkerAccountId: access.caseworkerAccountId,
      });
    people.push({ menteeId: mentee.id, mentorId: mentor.id });
  }

  // Both ready (their own areas' gates are shown elsewhere in the demo), and the proposals dated
  // in the past, as the suggestions screen would have written them then.
  await call('vault.lock', { reason: 'user' });
  const db = await openRaw(access.dataDir, access.username, access.passphrase);
  const matchIds: string[] = [];
  try {
    const at = new Date().toISOString();
    db.transaction(() => {
      M.forEach((m, i) => {
        const { menteeId, mentorId } = people[i]!;
        const proposed = day(-m.proposed);
        db.prepare(`UPDATE mentor SET stage = 'ready', stage_since = ? WHERE id = ?`).run(proposed, mentorId);
        db.prepare(
          `UPDATE mentee SET stage = 'ready', stage_since = ?, confirmed_release = ? WHERE id = ?`,
        ).run(proposed, m.releaseIn <= 0 ? day(m.releaseIn) : null, menteeId);
        db.prepare(`UPDATE mentee_referral SET acknowledged_on = ? WHERE mentee_id = ?`).run(
          day(-m.proposed - 55),
          menteeId,
        );
        const id = randomUUID();
        db.prepare(
          `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
             suggestion_rank, score, explanation, override_reason, release_warning, mentor_told_on,
             no_show_streak, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'proposed', ?, ?, 'demo', 1, ?, '{}', '', 0, ?, 0, ?, ?)`,
        ).run(
          id,
          `X-${proposed.slice(0, 4)}-D${String(i + 1).padStart(3, '0')}`,
          menteeId,
          mentorId,
          proposed,
          proposed,
          70 + i,
          proposed,
          at,
          at,
        );
        db.prepare(
          `INSERT INTO match_stage_event (id, match_id, stage, on_date, note, recorded_by, recorded_at)
           VALUES (?, ?, 'proposed', ?, 'Top suggestion', 'demo', ?)`,
        ).run(randomUUID(), id, proposed, at);
        matchIds.push(id);
      });
    })();
  } finally {
    db.close();
  }
  await call('vault.unlock', { username: access.username, passphrase: access.passphrase });

  async function record(matchId: string, onDate: string, f: Record<string, unknown> = {}) {
    await call('mentoring.recordContact', {
      matchId,
      onDate,
      minutes: 60,
      kind: 'prison_visit',
      place: 'Visits hall',
      notes: 'Talked through the week and plans for release.',
      actionsAgreed: 'Write to the housing office.',
      menteeFeedback: 'Good to have someone to talk to.',
      ...f,
    });
  }
  const inTown = {
    kind: 'community_meeting',
    place: 'Coffee shop',
    notes: 'Met in town; looked at job adverts.',
  };
  const missed = {
    kind: 'community_meeting',
    place: 'Library',
    minutes: null,
    noShow: true,
    notes: 'Did not come.',
  };

  /** Sessions every fortnight from activation, then what makes each active demo match distinct. */
  async function sessions(m: DemoMatch, n: number, matchId: string, from: number) {
    const release = m.releaseIn;
    const until = m.stage === 'ended' ? from + 250 : release <= 0 ? Math.min(release - 1, -2) : -6;
    for (let d = from + 7; d <= until; d += 14) await record(matchId, day(d), d > release ? inTown : {});
    if (n === 4) {
      // Before release: a concern flagged at the last visit, follow-up now overdue.
      await record(matchId, day(-4), {
        concern: true,
        concernNote: 'Worried his housing on release may fall through.',
      });
    }
    if (n === 5) {
      // Released last week: met at the gate with a lead mentor, then in town.
      await record(matchId, day(-7), {
        kind: 'release_day_gate',
        place: 'Prison gate',
        minutes: 90,
        leadMentorAttended: true,
        notes: 'Met at the gate with the lead mentor; went to the probation appointment together.',
      });
      await record(matchId, day(-3), inTown);
    }
    if (n === 6) {
      // After release: three missed meetings in a row, and an incident to follow up.
      for (const d of [-18, -11, -4]) await record(matchId, day(d), missed);
      await call('incidents.record', {
        matchId,
        kind: 'no_shows_after_release',
        occurredOn: day(-4),
        severity: 'medium',
        description: 'Third meeting missed in a row since release; phone not answered.',
        actions: 'Caseworker to ring his probation officer.',
        followUp: 'Check he is safe and whether he still wants a mentor.',
        followUpDue: day(2),
      });
    }
    if (n === 5 || n === 6)
      // The first three-monthly review held on time (the next one defaults three months on).
      await call('plans.recordReview', {
        matchId,
        heldOn: day(from + 91),
        achievements: 'Kept every visit; a place at a hostel agreed.',
        menteeGained: 'Someone to plan release with',
        mentorGained: 'Understanding of the licence conditions',
      });
    if (n === 7) {
      // A review held, and the next one now overdue.
      await call('plans.recordReview', {
        matchId,
        heldOn: day(-95),
        achievements: 'Finished a maths course inside.',
        menteeGained: 'Confidence',
        mentorGained: 'Patience',
        nextReviewDue: day(-5),
      });
    }
    if (m.stage === 'ended')
      await call('endings.end', {
        matchId,
        kind: 'planned',
        reason: 'agreed_length_reached',
        endedOn: day(from + 260),
        continuesInformally: true,
        notes: 'A good ending: settled in a flat and working.',
      });
  }
  // The rest of each relationship, through the channels.
  for (const [i, m] of M.entries()) {
    const matchId = matchIds[i]!;
    const p = -m.proposed;
    if (m.stage === 'proposed') continue;
    await call('matches.respond', { matchId, party: 'mentor', answer: 'agreed', onDate: day(p + 3) });
    if (m.stage === 'mentor_agreed') continue;
    if (m.stage === 'declined') {
      await call('matches.respond', {
        matchId,
        party: 'mentee',
        answer: 'declined',
        onDate: day(p + 8),
        toldOn: day(p + 6),
        reason: 'Would rather have a mentor from his home town; happy to be suggested again.',
      });
      continue;
    }
    await call('matches.respond', {
      matchId,
      party: 'mentee',
      answer: 'agreed',
      onDate: day(p + 7),
      toldOn: day(p + 6),
    });
    const risk = await call<{ riskAssessments: { id: string }[] }>('matches.saveRiskAssessment', {
      matchId,
      hazards: [
        { hazard: 'meeting_places', applies: true, controls: 'Meet only in the listed public places.' },
        { hazard: 'release_day', applies: true, controls: 'A lead mentor goes to the gate too.' },
      ],
      overallLevel: 'medium',
      controls: 'Check-in call to the office after every meeting.',
      assessor: 'Harriet Sample',
      assessedOn: day(p + 9),
    });
    if (m.stage === 'mentee_agreed') continue; // the sign-off, meeting and agreement still to do
    await call('matches.signOffRiskAssessment', { matchId, id: risk.riskAssessments[0]!.id });
    await call('matches.saveMeeting', {
      matchId,
      heldOn: day(p + 12),
      place: 'Visits hall',
      attendees: ['coordinator', 'prison_staff'],
      attendeeNames: 'Harriet Sample; Officer Dee Example',
      pointsCovered: ['aims', 'boundaries', 'confidentiality'],
      notes: 'Both keen; first visit booked.',
    });
    await call('matches.saveAgreement', {
      matchId,
      groundRules:
        'Meet only in safe, public places. No money, gifts or home addresses. Ring if running late.',
      aim: 'Settle well after release.',
      objectives: 'Somewhere to live; a course or a job; keep appointments with probation.',
      lengthValue: 9,
      lengthUnit: 'months',
      contactBetweenValue: 1,
      contactBetweenUnit: 'weeks',
      reviewOn: day(p + 14 + 91),
    });
    await call('matches.signAgreement', { matchId, party: 'mentor', onDate: day(p + 13) });
    await call('matches.signAgreement', { matchId, party: 'mentee', onDate: day(p + 13) });
    await call('matches.activate', { matchId, onDate: day(p + 14) });
    await sessions(m, i, matchId, p + 14);
  }
}
