import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MatchStage } from '../../../shared/matching/match';
import { nextYearlyReference } from '../db/yearly-reference';

/**
 * Writing a match. Proposals (from the suggestions), the demo data and the bench all come through
 * `insertMatch`, so every match starts the same way: "proposed", with a programme reference and
 * that first step recorded. Stage moves after that go through `recordMatchStage`.
 */
export interface NewMatch {
  menteeId: string;
  mentorId: string;
  proposedOn: string;
  suggestionRank: number | null;
  score: number | null;
  /** JSON of the explanation as it stood at the proposal. */
  explanation: string;
  overrideReason: string;
  releaseWarning: boolean;
  previousMatchId?: string | null;
  note?: string;
}

export async function insertMatch(
  em: EntityManager,
  m: NewMatch,
  now: Date,
  actor: string,
): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const at = now.toISOString();
  const reference = await nextYearlyReference(em, 'match', m.proposedOn.slice(0, 4));
  await em.query(
    `INSERT INTO match (id, reference, mentee_id, mentor_id, stage, stage_since, proposed_on, proposed_by,
       suggestion_rank, score, explanation, override_reason, release_warning, mentor_told_on,
       previous_match_id, no_show_streak, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    [
      id,
      reference,
      m.menteeId,
      m.mentorId,
      m.proposedOn,
      m.proposedOn,
      actor,
      m.suggestionRank,
      m.score,
      m.explanation,
      m.overrideReason,
      m.releaseWarning ? 1 : 0,
      m.proposedOn,
      m.previousMatchId ?? null,
      at,
      at,
    ],
  );
  await recordMatchStage(em, id, 'proposed', m.proposedOn, m.note ?? '', now, actor);
  return { id, reference };
}

/** Moves a match to a stage and records the step (the caller checks the move is allowed). */
export async function recordMatchStage(
  em: EntityManager,
  matchId: string,
  stage: MatchStage,
  onDate: string,
  note: string,
  now: Date,
  actor: string,
): Promise<void> {
  const at = now.toISOString();
  await em.query(`UPDATE match SET stage = ?, stage_since = ?, updated_at = ? WHERE id = ?`, [
    stage,
    onDate,
    at,
    matchId,
  ]);
  await em.query(
    `INSERT INTO match_stage_event (id, match_id, stage, on_date, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), matchId, stage, onDate, note, actor, at],
  );
}
