import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  MentorDbsCheck,
  MentorDecision,
  MentorInterview,
  MentorReference,
  SatisfactoryAnswer,
  decisionInput,
  dbsCheckInput,
  interviewInput,
  referenceInput,
} from '../../../shared/contract/screening';
import type { Thresholds } from '../../../shared/settings';
import { daysBetween, renewalWarning } from '../../../shared/mentors/readiness';

/**
 * SQL for the vetting records of one mentor: references, enhanced DBS checks, interviews and
 * decisions. Raw queries with explicit columns; each save checks the mentor exists and that an
 * existing row belongs to that mentor, so an id from another record cannot be overwritten.
 */
export async function assertMentor(em: EntityManager, mentorId: string): Promise<void> {
  const found = (await em.query('SELECT 1 FROM mentor WHERE id = ?', [mentorId])) as unknown[];
  if (!found.length) throw new CoreError('NOT_FOUND', 'That mentor no longer exists.');
}

const gone = (what: string) => new CoreError('NOT_FOUND', `That ${what} no longer exists.`);

/** Insert a new row, or update one that belongs to the mentor; returns the row's id. */
async function upsert(
  em: EntityManager,
  table: string,
  what: string,
  row: { id?: string; mentorId: string },
  columns: readonly string[],
  values: readonly unknown[],
  now: Date,
): Promise<string> {
  const at = now.toISOString();
  if (row.id) {
    const updated = (await em.query(
      `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ?
        WHERE id = ? AND mentor_id = ? RETURNING id`,
      [...values, at, row.id, row.mentorId],
    )) as unknown[];
    if (!updated.length) throw gone(what);
    return row.id;
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO ${table} (id, mentor_id, ${columns.join(', ')}, created_at, updated_at)
     VALUES (?, ?, ${columns.map(() => '?').join(', ')}, ?, ?)`,
    [id, row.mentorId, ...values, at, at],
  );
  return id;
}

/* ---------- references ---------- */

type ReferenceDb = Omit<MentorReference, 'satisfactory'> & { satisfactory: number | null };
const REFERENCE_SQL = `SELECT id, mentor_id AS mentorId, referee_name AS refereeName, relationship,
  referee_contact AS refereeContact, requested_on AS requestedOn, chased_on AS chasedOn,
  received_on AS receivedOn, satisfactory, concerns, how_addressed AS howAddressed, updated_at AS updatedAt
  FROM mentor_reference`;
const toAnswer = (v: number | null): SatisfactoryAnswer => (v === null ? 'not_yet' : v ? 'yes' : 'no');
const toReference = (r: ReferenceDb): MentorReference => ({ ...r, satisfactory: toAnswer(r.satisfactory) });

export async function listReferences(em: EntityManager, mentorId: string): Promise<MentorReference[]> {
  const rows = (await em.query(`${REFERENCE_SQL} WHERE mentor_id = ? ORDER BY created_at, rowid`, [
    mentorId,
  ])) as ReferenceDb[];
  return rows.map(toReference);
}

export async function saveReference(
  em: EntityManager,
  input: z.output<typeof referenceInput>,
  now: Date,
): Promise<MentorReference> {
  await assertMentor(em, input.mentorId);
  const satisfactory = input.satisfactory === 'not_yet' ? null : input.satisfactory === 'yes' ? 1 : 0;
  const id = await upsert(
    em,
    'mentor_reference',
    'reference',
    input,
    [
      'referee_name',
      'relationship',
      'referee_contact',
      'requested_on',
      'chased_on',
      'received_on',
      'satisfactory',
      'concerns',
      'how_addressed',
    ],
    [
      input.refereeName,
      input.relationship,
      input.refereeContact,
      input.requestedOn,
      input.chasedOn,
      input.receivedOn,
      satisfactory,
      input.concerns,
      input.howAddressed,
    ],
    now,
  );
  const [row] = (await em.query(`${REFERENCE_SQL} WHERE id = ?`, [id])) as ReferenceDb[];
  return toReference(row!);
}

/* ---------- enhanced DBS checks ---------- */

type DbsDb = Omit<MentorDbsCheck, 'updateService' | 'renewal'> & { updateService: number };
const DBS_SQL = `SELECT id, mentor_id AS mentorId, certificate_number AS certificateNumber, issue_date AS issueDate,
  update_service AS updateService, renewal_due AS renewalDue, outcome, declared_convictions AS declaredConvictions,
  disclosed_information AS disclosedInformation, decision, decision_reasons AS decisionReasons,
  decided_on AS decidedOn, updated_at AS updatedAt
  FROM mentor_dbs_check`;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Renewal as the badge shows it: in date, due within a warning point, expired, or not known yet. */
export function renewalOf(
  renewalDue: string | null,
  warningDays: readonly number[],
  today: string,
): MentorDbsCheck['renewal'] {
  if (!renewalDue) return { level: 'unknown', daysLeft: null, within: null };
  const w = renewalWarning(renewalDue, warningDays, today);
  if (!w) return { level: 'in_date', daysLeft: daysBetween(today, renewalDue), within: null };
  return w.level === 'expired'
    ? { level: 'expired', daysLeft: w.days, within: null }
    : { level: 'due', daysLeft: w.days, within: w.within };
}

const toDbs = (r: DbsDb, thresholds: Thresholds, today: string): MentorDbsCheck => ({
  ...r,
  updateService: !!r.updateService,
  renewal: renewalOf(r.renewalDue, thresholds.dbsWarningDays, today),
});

export async function listDbsChecks(
  em: EntityManager,
  mentorId: string,
  thresholds: Thresholds,
  today: string,
): Promise<MentorDbsCheck[]> {
  // Newest first: a check still pending (no issue date) is the newest of all.
  const rows = (await em.query(
    `${DBS_SQL} WHERE mentor_id = ? ORDER BY issue_date IS NULL DESC, issue_date DESC, created_at DESC, rowid DESC`,
    [mentorId],
  )) as DbsDb[];
  return rows.map((r) => toDbs(r, thresholds, today));
}

/** The issue date plus the programme's renewal period (29 February falls back to the 28th). */
export function defaultRenewal(issueDate: string, years: number): string {
  const [y, m, d] = issueDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return isoDay(target);
}

export async function saveDbsCheck(
  em: EntityManager,
  input: z.output<typeof dbsCheckInput>,
  thresholds: Thresholds,
  now: Date,
): Promise<MentorDbsCheck> {
  await assertMentor(em, input.mentorId);
  const renewalDue =
    input.renewalDue ??
    (input.issueDate ? defaultRenewal(input.issueDate, thresholds.dbsRenewalYears) : null);
  const id = await upsert(
    em,
    'mentor_dbs_check',
    'DBS check',
    input,
    [
      'certificate_number',
      'issue_date',
      'update_service',
      'renewal_due',
      'outcome',
      'declared_convictions',
      'disclosed_information',
      'decision',
      'decision_reasons',
      'decided_on',
    ],
    [
      input.certificateNumber,
      input.issueDate,
      input.updateService ? 1 : 0,
      renewalDue,
      input.outcome,
      input.declaredConvictions,
      input.disclosedInformation,
      input.decision,
      input.decisionReasons,
      input.decidedOn,
    ],
    now,
  );
  const [row] = (await em.query(`${DBS_SQL} WHERE id = ?`, [id])) as DbsDb[];
  return toDbs(row!, thresholds, isoDay(now));
}

/* ---------- interviews ---------- */

type InterviewDb = Omit<MentorInterview, 'answers'> & { answers: string };
const INTERVIEW_SQL = `SELECT id, mentor_id AS mentorId, held_on AS heldOn, panel, answers, outcome, notes,
  updated_at AS updatedAt FROM mentor_interview`;
const toInterview = (r: InterviewDb): MentorInterview => ({
  ...r,
  answers: JSON.parse(r.answers) as MentorInterview['answers'],
});

export async function listInterviews(em: EntityManager, mentorId: string): Promise<MentorInterview[]> {
  const rows = (await em.query(
    `${INTERVIEW_SQL} WHERE mentor_id = ? ORDER BY held_on DESC, created_at DESC, rowid DESC`,
    [mentorId],
  )) as InterviewDb[];
  return rows.map(toInterview);
}

export async function saveInterview(
  em: EntityManager,
  input: z.output<typeof interviewInput>,
  now: Date,
): Promise<MentorInterview> {
  await assertMentor(em, input.mentorId);
  // Each answer keeps the question's wording as it was asked: later edits to the list leave it be.
  const ids = input.answers.map((a) => a.questionId);
  const questions = (await em.query(
    'SELECT id, text FROM interview_question WHERE id IN (SELECT value FROM json_each(?))',
    [JSON.stringify(ids)],
  )) as { id: string; text: string }[];
  const wording = new Map(questions.map((q) => [q.id, q.text]));
  const unknown = input.answers.findIndex((a) => !wording.has(a.questionId));
  if (unknown !== -1) {
    const message = 'That interview question is no longer on the list. Reload the form and try again.';
    throw new CoreError('VALIDATION', message, { fieldErrors: { [`answers.${unknown}`]: message } });
  }
  const answers = input.answers.map((a) => ({
    questionId: a.questionId,
    question: wording.get(a.questionId)!,
    covered: a.covered,
    notes: a.notes,
  }));
  const id = await upsert(
    em,
    'mentor_interview',
    'interview',
    input,
    ['held_on', 'panel', 'answers', 'outcome', 'notes'],
    [input.heldOn, input.panel, JSON.stringify(answers), input.outcome, input.notes],
    now,
  );
  const [row] = (await em.query(`${INTERVIEW_SQL} WHERE id = ?`, [id])) as InterviewDb[];
  return toInterview(row!);
}

/* ---------- decisions ---------- */

type DecisionDb = Omit<MentorDecision, 'trialPeriod'> & { trialPeriod: number };
const DECISION_SQL = `SELECT id, mentor_id AS mentorId, outcome, decided_on AS decidedOn, trial_period AS trialPeriod,
  trial_review_due AS trialReviewDue, reasons, feedback_given_on AS feedbackGivenOn, signposting,
  updated_at AS updatedAt FROM mentor_decision`;
const toDecision = (r: DecisionDb): MentorDecision => ({ ...r, trialPeriod: !!r.trialPeriod });

export async function listDecisions(em: EntityManager, mentorId: string): Promise<MentorDecision[]> {
  const rows = (await em.query(
    `${DECISION_SQL} WHERE mentor_id = ? ORDER BY decided_on DESC, created_at DESC, rowid DESC`,
    [mentorId],
  )) as DecisionDb[];
  return rows.map(toDecision);
}

export async function saveDecision(
  em: EntityManager,
  input: z.output<typeof decisionInput>,
  now: Date,
): Promise<MentorDecision> {
  await assertMentor(em, input.mentorId);
  const id = await upsert(
    em,
    'mentor_decision',
    'decision',
    input,
    [
      'outcome',
      'decided_on',
      'trial_period',
      'trial_review_due',
      'reasons',
      'feedback_given_on',
      'signposting',
    ],
    [
      input.outcome,
      input.decidedOn,
      input.trialPeriod ? 1 : 0,
      input.trialReviewDue,
      input.reasons,
      input.feedbackGivenOn,
      input.signposting,
    ],
    now,
  );
  const [row] = (await em.query(`${DECISION_SQL} WHERE id = ?`, [id])) as DecisionDb[];
  return toDecision(row!);
}
