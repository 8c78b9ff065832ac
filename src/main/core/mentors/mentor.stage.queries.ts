import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { GateException, MentorReadiness, moveStageInput } from '../../../shared/contract/mentors';
import { CoreError } from '../../../shared/errors';
import { addMonths } from '../../../shared/mentors/dates';
import { GATED_STAGES, MENTOR_STAGE_LABELS } from '../../../shared/mentors/pipeline';
import { readSettings } from '../settings/settings.service';
import { readinessAll } from './mentor.readiness';
import { assertMentorExists, insertStageEvent } from './mentor.queries';

/**
 * Moving a mentor through the pipeline. Ready and matched go through the readiness gate: every
 * unmet condition is named in the refusal, or a co-ordinator records an exception with a reason,
 * kept on the record beside the conditions that were unmet at the time.
 */
type MoveInput = z.output<typeof moveStageInput>;

export async function mentorReadiness(
  em: EntityManager,
  id: string,
  today: string,
): Promise<MentorReadiness> {
  await assertMentorExists(em, id);
  const { thresholds } = await readSettings(em);
  const r = (await readinessAll(em, today, thresholds, [id])).get(id)!;
  const exceptions = (await em.query(
    `SELECT x.id, x.stage, x.reason, x.unmet, a.display_name AS recordedByName, x.recorded_at AS recordedAt
       FROM mentor_gate_exception x LEFT JOIN account a ON a.id = x.recorded_by
      WHERE x.mentor_id = ? ORDER BY x.recorded_at DESC`,
    [id],
  )) as (Omit<GateException, 'unmet'> & { unmet: string })[];
  return {
    unmet: r.unmet,
    clearedEstablishments: r.clearedEstablishments,
    advisory:
      r.clearedEstablishments === 0
        ? 'Not yet cleared at any establishment: they can only be matched with a mentee once cleared at that mentee’s establishment.'
        : null,
    exceptions: exceptions.map((x) => ({ ...x, unmet: JSON.parse(x.unmet) as string[] })),
  };
}

export async function moveStage(
  em: EntityManager,
  input: MoveInput,
  now: Date,
  today: string,
  actorAccountId: string,
): Promise<{ exceptionRecorded: boolean }> {
  const { stage: current, stageSince } = await assertMentorExists(em, input.id);
  if (current === input.stage)
    throw new CoreError('CONFLICT', `They are already at “${MENTOR_STAGE_LABELS[current]}”.`);
  // Steps happen in order and have happened: no date ahead of today or before the last step.
  const badDate =
    input.on > today
      ? 'The date of this step cannot be in the future.'
      : input.on < stageSince
        ? `The date of this step cannot be before the date they reached “${MENTOR_STAGE_LABELS[current]}”.`
        : null;
  if (badDate) throw new CoreError('VALIDATION', badDate, { fieldErrors: { on: badDate } });
  const { thresholds } = await readSettings(em);
  let exceptionId: string | null = null;
  if (GATED_STAGES.includes(input.stage)) {
    const unmet = (await readinessAll(em, today, thresholds, [input.id])).get(input.id)!.unmet;
    if (unmet.length && !input.exceptionReason) {
      throw new CoreError(
        'GATE_NOT_MET',
        `They cannot be “${MENTOR_STAGE_LABELS[input.stage]}” yet: ${unmet.length} condition${unmet.length === 1 ? ' is' : 's are'} not met.`,
        { unmet: unmet.map((u) => u.message) },
      );
    }
    if (unmet.length) {
      exceptionId = randomUUID();
      await em.query(
        `INSERT INTO mentor_gate_exception (id, mentor_id, stage, reason, unmet, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          exceptionId,
          input.id,
          input.stage,
          input.exceptionReason,
          JSON.stringify(unmet.map((u) => u.message)),
          actorAccountId,
          now.toISOString(),
        ],
      );
    }
  }
  const onHold = input.stage === 'on_hold';
  const left = input.stage === 'left';
  await em.query(
    `UPDATE mentor SET stage = ?, stage_since = ?,
            on_hold_reason = ?, follow_up_due = ?,
            left_date = CASE WHEN ? THEN ? ELSE left_date END,
            left_reason = CASE WHEN ? THEN ? ELSE left_reason END,
            exit_interview_date = CASE WHEN ? THEN ? ELSE exit_interview_date END,
            exit_interview_notes = CASE WHEN ? THEN ? ELSE exit_interview_notes END,
            application_date = CASE WHEN ? = 'application' THEN coalesce(application_date, ?) ELSE application_date END,
            updated_at = ?
      WHERE id = ?`,
    [
      input.stage,
      input.on,
      onHold ? input.onHoldReason : null,
      onHold ? addMonths(input.on, thresholds.onHoldFollowUpMonths) : null,
      left ? 1 : 0,
      input.on,
      left ? 1 : 0,
      input.leftReason ?? null,
      left ? 1 : 0,
      input.exitInterviewDate ?? null,
      left ? 1 : 0,
      input.exitInterviewNotes || null,
      input.stage,
      input.on,
      now.toISOString(),
      input.id,
    ],
  );
  await insertStageEvent(
    em,
    {
      mentorId: input.id,
      stage: input.stage,
      onDate: input.on,
      // The reason for pausing or leaving stays in the history after they move on again.
      note: input.note || (onHold ? input.onHoldReason : left ? input.leftReason : '') || '',
      exceptionId,
    },
    now,
    actorAccountId,
  );
  return { exceptionRecorded: exceptionId !== null };
}
