import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  EndingView,
  ExitInterview,
  MatchEnding,
  endingFields,
  exitInterviewFields,
} from '../../../shared/contract/endings';
import { recordMatchStage } from '../matches/match.queries';

/**
 * All SQL for endings. Ending a match touches three records in one transaction: the match (its
 * ending row and stage), the mentor (back to ready unless another active match keeps them matched)
 * and the mentee (closed). Mentor and mentee stage moves are written here with the same two
 * statements their own areas use (the stage and its history row).
 */
type EndingInput = z.output<typeof endingFields>;
type InterviewInput = z.output<typeof exitInterviewFields>;

const NAME = (a: string) =>
  `coalesce(nullif(${a}.preferred_name, ''), ${a}.first_name) || ' ' || ${a}.last_name`;

interface MatchFacts {
  id: string;
  reference: string;
  stage: EndingView['match']['stage'];
  activeOn: string | null;
  endedOn: string | null;
  menteeId: string;
  menteeName: string;
  menteeStage: EndingView['match']['menteeStage'];
  mentorId: string;
  mentorName: string;
  mentorStage: EndingView['match']['mentorStage'];
  mentorOtherActive: number;
}

async function matchFacts(em: EntityManager, matchId: string): Promise<MatchFacts> {
  const [m] = (await em.query(
    `SELECT x.id, x.reference, x.stage, x.active_on AS activeOn, x.ended_on AS endedOn,
            x.mentee_id AS menteeId, ${NAME('e')} AS menteeName, e.stage AS menteeStage,
            x.mentor_id AS mentorId, ${NAME('r')} AS mentorName, r.stage AS mentorStage,
            (SELECT count(*) FROM match o WHERE o.mentor_id = x.mentor_id AND o.stage = 'active' AND o.id <> x.id)
              AS mentorOtherActive
       FROM match x JOIN mentee e ON e.id = x.mentee_id JOIN mentor r ON r.id = x.mentor_id
      WHERE x.id = ?`,
    [matchId],
  )) as MatchFacts[];
  if (!m) throw new CoreError('NOT_FOUND', 'That match is no longer on record.');
  return m;
}

export async function getEndingView(em: EntityManager, matchId: string): Promise<EndingView> {
  const match = await matchFacts(em, matchId);
  const [ending] = (await em.query(
    `SELECT e.match_id AS matchId, e.kind, e.reason, e.ended_on AS endedOn,
            e.continues_informally AS continuesInformally, e.notes,
            coalesce(a.display_name, 'A former member of staff') AS recordedByName, e.recorded_at AS recordedAt
       FROM match_ending e LEFT JOIN account a ON a.id = e.recorded_by WHERE e.match_id = ?`,
    [matchId],
  )) as (Omit<MatchEnding, 'continuesInformally'> & { continuesInformally: number })[];
  const interviews = (await em.query(
    `${INTERVIEW_SQL} WHERE i.match_id = ? ORDER BY CASE i.party WHEN 'mentor' THEN 0 ELSE 1 END`,
    [matchId],
  )) as RawInterview[];
  return {
    match,
    ending: ending ? { ...ending, continuesInformally: !!ending.continuesInformally } : null,
    interviews: interviews.map(toInterview),
  };
}

const INTERVIEW_SQL = `
  SELECT i.id, i.party, i.held_on AS heldOn, i.answers,
         coalesce(a.display_name, 'A former member of staff') AS recordedByName, i.recorded_at AS recordedAt
    FROM exit_interview i LEFT JOIN account a ON a.id = i.recorded_by`;
type RawInterview = Omit<ExitInterview, 'answers'> & { answers: string };
const toInterview = (r: RawInterview): ExitInterview => ({
  ...r,
  answers: JSON.parse(r.answers) as Record<string, string>,
});

const invalid = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/** Ends an active match and moves both people on, in the caller's transaction. */
export async function endMatch(
  em: EntityManager,
  input: EndingInput,
  today: string,
  now: Date,
  actor: string,
): Promise<void> {
  const m = await matchFacts(em, input.matchId);
  if (m.stage === 'ended') throw new CoreError('CONFLICT', 'This match has already ended.');
  if (m.stage !== 'active')
    throw new CoreError(
      'CONFLICT',
      'Only an active match can be ended. A match that has not started yet is declined instead.',
    );
  if (input.endedOn > today) throw invalid('endedOn', 'The ending date cannot be in the future.');
  if (m.activeOn && input.endedOn < m.activeOn)
    throw invalid('endedOn', 'The ending date cannot be before the match became active.');

  const at = now.toISOString();
  await em.query(
    `INSERT INTO match_ending (match_id, kind, reason, ended_on, continues_informally, notes, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      m.id,
      input.kind,
      input.reason,
      input.endedOn,
      input.continuesInformally ? 1 : 0,
      input.notes,
      actor,
      at,
    ],
  );
  await em.query('UPDATE match SET ended_on = ? WHERE id = ?', [input.endedOn, m.id]);
  await recordMatchStage(em, m.id, 'ended', input.endedOn, `${input.kind} ending`, now, actor);

  // The mentor returns to the pool, unless another active match still holds them.
  if (m.mentorStage === 'matched' && m.mentorOtherActive === 0) {
    await em.query('UPDATE mentor SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?', [
      'ready',
      input.endedOn,
      at,
      m.mentorId,
    ]);
    await em.query(
      `INSERT INTO mentor_stage_event (id, mentor_id, stage, on_date, note, exception_id, recorded_by, recorded_at)
       VALUES (?, ?, 'ready', ?, ?, NULL, ?, ?)`,
      [randomUUID(), m.mentorId, input.endedOn, `Match ${m.reference} ended`, actor, at],
    );
  }
  if (m.menteeStage !== 'closed') {
    await em.query('UPDATE mentee SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?', [
      'closed',
      input.endedOn,
      at,
      m.menteeId,
    ]);
    await em.query(
      `INSERT INTO mentee_stage_event (id, mentee_id, stage, on_date, note, recorded_by, recorded_at)
       VALUES (?, ?, 'closed', ?, ?, ?, ?)`,
      [randomUUID(), m.menteeId, input.endedOn, `Match ${m.reference} ended`, actor, at],
    );
  }
}

/** One exit interview per side of an ended match; saving again corrects it. */
export async function saveExitInterview(
  em: EntityManager,
  input: InterviewInput,
  today: string,
  now: Date,
  actor: string,
): Promise<ExitInterview> {
  const m = await matchFacts(em, input.matchId);
  if (m.stage !== 'ended')
    throw new CoreError('CONFLICT', 'Exit interviews are recorded once the match has ended.');
  if (input.heldOn > today) throw invalid('heldOn', 'The interview date cannot be in the future.');
  if (m.endedOn && input.heldOn < m.endedOn)
    throw invalid('heldOn', 'The interview cannot be before the match ended.');
  // Blank answers are not kept: a question left empty was not answered.
  const answers = Object.fromEntries(Object.entries(input.answers).filter(([, v]) => v !== ''));
  const at = now.toISOString();
  await em.query(
    `INSERT INTO exit_interview (id, match_id, party, held_on, answers, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (match_id, party) DO UPDATE SET held_on = excluded.held_on, answers = excluded.answers`,
    [randomUUID(), m.id, input.party, input.heldOn, JSON.stringify(answers), actor, at],
  );
  const [row] = (await em.query(`${INTERVIEW_SQL} WHERE i.match_id = ? AND i.party = ?`, [
    m.id,
    input.party,
  ])) as RawInterview[];
  return toInterview(row!);
}
