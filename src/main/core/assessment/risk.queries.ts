import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type { MenteeRiskAssessment, riskDraftInput } from '../../../shared/contract/assessment';
import { assertMentee } from './assessment.queries';

/**
 * Risk assessments are kept as versions. Only the latest version may be unsigned (the draft);
 * saving changes that draft, or, when the latest is signed off, starts the next version from
 * what was entered (the screen pre-fills it from the last one). Signed-off versions never change.
 */
const RISK_COLUMNS = `id, mentee_id AS menteeId, version, answers, source_document AS sourceDocument,
  source_reference AS sourceReference, source_dated AS sourceDated, overall_level AS overallLevel,
  safeguards, assessor, assessed_on AS assessedOn, review_due AS reviewDue,
  signed_off_on AS signedOffOn, signed_off_by AS signedOffBy`;
type RiskRow = Omit<MenteeRiskAssessment, 'answers'> & { answers: string };
const risk = (r: RiskRow): MenteeRiskAssessment => ({
  ...r,
  answers: JSON.parse(r.answers) as MenteeRiskAssessment['answers'],
});

export async function listRiskAssessments(
  em: EntityManager,
  menteeId: string,
): Promise<MenteeRiskAssessment[]> {
  await assertMentee(em, menteeId);
  const rows = (await em.query(
    `SELECT ${RISK_COLUMNS} FROM mentee_risk_assessment WHERE mentee_id = ? ORDER BY version DESC`,
    [menteeId],
  )) as RiskRow[];
  return rows.map(risk);
}

async function oneRisk(em: EntityManager, id: string): Promise<MenteeRiskAssessment> {
  const rows = (await em.query(`SELECT ${RISK_COLUMNS} FROM mentee_risk_assessment WHERE id = ?`, [
    id,
  ])) as RiskRow[];
  if (!rows.length) throw new CoreError('NOT_FOUND', 'That risk assessment no longer exists.');
  return risk(rows[0]!);
}

/** The day `months` after `iso` (clamped to the month's end: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export async function saveRiskDraft(
  em: EntityManager,
  input: z.output<typeof riskDraftInput>,
  reviewMonths: number,
  now: Date,
): Promise<MenteeRiskAssessment> {
  await assertMentee(em, input.menteeId);
  const latest = (await em.query(
    `SELECT id, version, signed_off_on AS signedOffOn FROM mentee_risk_assessment
      WHERE mentee_id = ? ORDER BY version DESC LIMIT 1`,
    [input.menteeId],
  )) as { id: string; version: number; signedOffOn: string | null }[];
  const values = [
    JSON.stringify(input.answers),
    input.sourceDocument,
    input.sourceReference,
    input.sourceDated,
    input.overallLevel,
    input.safeguards,
    input.assessor,
    input.assessedOn,
    input.reviewDue ?? addMonths(input.assessedOn, reviewMonths),
  ];
  const at = now.toISOString();
  const draft = latest[0];
  if (input.id && input.id !== draft?.id) {
    const named = (await em.query(
      'SELECT signed_off_on AS signedOffOn FROM mentee_risk_assessment WHERE id = ? AND mentee_id = ?',
      [input.id, input.menteeId],
    )) as { signedOffOn: string | null }[];
    if (!named.length) throw new CoreError('NOT_FOUND', 'That risk assessment no longer exists.');
    throw new CoreError(
      'CONFLICT',
      'A signed-off risk assessment cannot change. Start a new review instead.',
    );
  }
  if (input.id && draft?.signedOffOn)
    throw new CoreError(
      'CONFLICT',
      'A signed-off risk assessment cannot change. Start a new review instead.',
    );
  if (draft && !draft.signedOffOn) {
    await em.query(
      `UPDATE mentee_risk_assessment SET answers = ?, source_document = ?, source_reference = ?,
         source_dated = ?, overall_level = ?, safeguards = ?, assessor = ?, assessed_on = ?,
         review_due = ?, updated_at = ?
       WHERE id = ? AND signed_off_on IS NULL`,
      [...values, at, draft.id],
    );
    return oneRisk(em, draft.id);
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO mentee_risk_assessment (id, mentee_id, version, answers, source_document,
       source_reference, source_dated, overall_level, safeguards, assessor, assessed_on, review_due,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, input.menteeId, (draft?.version ?? 0) + 1, ...values, at, at],
  );
  return oneRisk(em, id);
}

export async function signOffRisk(
  em: EntityManager,
  input: { menteeId: string; id: string },
  signedOffBy: string,
  now: Date,
): Promise<MenteeRiskAssessment> {
  const rows = (await em.query(
    `SELECT signed_off_on AS signedOffOn FROM mentee_risk_assessment WHERE id = ? AND mentee_id = ?`,
    [input.id, input.menteeId],
  )) as { signedOffOn: string | null }[];
  if (!rows.length) throw new CoreError('NOT_FOUND', 'That risk assessment no longer exists.');
  if (rows[0]!.signedOffOn)
    throw new CoreError('CONFLICT', 'This risk assessment is already signed off and cannot change.');
  await em.query(
    `UPDATE mentee_risk_assessment SET signed_off_on = ?, signed_off_by = ?, updated_at = ? WHERE id = ?`,
    [now.toISOString().slice(0, 10), signedOffBy, now.toISOString(), input.id],
  );
  return oneRisk(em, input.id);
}
