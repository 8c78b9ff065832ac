import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  Complaint,
  ComplaintIndicator,
  ComplaintRow,
  complaintFields,
  complaintProgress,
} from '../../../shared/contract/complaints';
import {
  COMPLAINT_OUTCOMES,
  acknowledgeBy,
  acknowledgedInTime,
  complaintStatus,
  respondBy,
  respondedInTime,
  type ComplaintDates,
  type ComplaintOutcome,
  type ComplaintTimescales,
} from '../../../shared/complaints/complaints';
import { nextYearlyReference } from '../db/yearly-reference';
import { DISPLAY_NAME_SQL as NAME } from '../mentors/mentor.queries';

/** All SQL for complaints: raw queries, the list and the work queue read them often. */
type Fields = z.output<typeof complaintFields>;
type Progress = z.output<typeof complaintProgress>;

const COMPLAINT_SQL = `
  SELECT c.id, c.reference, c.complainant_kind AS complainantKind, c.complainant_name AS complainantName,
         c.complainant_contact AS complainantContact, c.about_kind AS aboutKind, c.about_detail AS aboutDetail,
         c.mentor_id AS mentorId, ${NAME('r')} AS mentorName, c.mentee_id AS menteeId, ${NAME('e')} AS menteeName,
         c.match_id AS matchId, x.reference AS matchReference, c.received_on AS receivedOn,
         c.received_by AS receivedBy, c.summary, c.acknowledged_on AS acknowledgedOn,
         c.investigated_by AS investigatedBy, c.investigation_notes AS investigationNotes, c.outcome,
         c.responded_on AS respondedOn, c.lessons_learned AS lessonsLearned,
         coalesce(a.display_name, 'A former member of staff') AS recordedByName, c.recorded_at AS recordedAt
    FROM complaint c
    LEFT JOIN mentor r ON r.id = c.mentor_id
    LEFT JOIN mentee e ON e.id = c.mentee_id
    LEFT JOIN match x ON x.id = c.match_id
    LEFT JOIN account a ON a.id = c.recorded_by`;

type Raw = Omit<Complaint, 'status' | 'acknowledgeBy' | 'respondBy'>;

/** Status and last days come from the dates and the timescales in force, never stored apart. */
const withDue = <T extends ComplaintDates>(c: T, t: ComplaintTimescales) => ({
  ...c,
  status: complaintStatus(c),
  acknowledgeBy: acknowledgeBy(c.receivedOn, t.complaintAcknowledgeDays),
  respondBy: respondBy(c.receivedOn, t.complaintResponseDays),
});

export async function getComplaint(
  em: EntityManager,
  id: string,
  t: ComplaintTimescales,
): Promise<Complaint> {
  const [row] = (await em.query(`${COMPLAINT_SQL} WHERE c.id = ?`, [id])) as Raw[];
  if (!row) throw new CoreError('NOT_FOUND', 'That complaint is no longer on record.');
  return withDue(row, t);
}

export async function listComplaints(
  em: EntityManager,
  input: { status: 'open' | 'closed' | 'all'; page: number; pageSize: number },
  t: ComplaintTimescales,
): Promise<{ total: number; page: number; pageSize: number; items: ComplaintRow[] }> {
  const where =
    input.status === 'open' ? 'WHERE closed = 0' : input.status === 'closed' ? 'WHERE closed = 1' : '';
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM complaint ${where}`)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `SELECT id, reference, complainant_kind AS complainantKind, about_kind AS aboutKind,
            received_on AS receivedOn, acknowledged_on AS acknowledgedOn, responded_on AS respondedOn, outcome
       FROM complaint ${where}
      ORDER BY received_on DESC, reference DESC LIMIT ? OFFSET ?`,
    [input.pageSize, (input.page - 1) * input.pageSize],
  )) as Omit<ComplaintRow, 'status' | 'acknowledgeBy' | 'respondBy'>[];
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => withDue(r, t)) };
}

/** A linked mentor, mentee or match must exist; a match's parties are filled in from it. */
async function links(em: EntityManager, f: Fields) {
  let { mentorId, menteeId } = f;
  if (f.matchId) {
    const [m] = (await em.query(
      'SELECT mentor_id AS mentorId, mentee_id AS menteeId FROM match WHERE id = ?',
      [f.matchId],
    )) as { mentorId: string; menteeId: string }[];
    if (!m) throw notFound('matchId', 'That match');
    mentorId ??= m.mentorId;
    menteeId ??= m.menteeId;
  }
  if (mentorId && !(await exists(em, 'mentor', mentorId))) throw notFound('mentorId', 'That mentor');
  if (menteeId && !(await exists(em, 'mentee', menteeId))) throw notFound('menteeId', 'That mentee');
  return { mentorId, menteeId, matchId: f.matchId };
}
const exists = async (em: EntityManager, table: 'mentor' | 'mentee', id: string) =>
  ((await em.query(`SELECT 1 AS x FROM ${table} WHERE id = ?`, [id])) as unknown[]).length > 0;
const notFound = (field: string, what: string) =>
  new CoreError('VALIDATION', `${what} is no longer on record.`, {
    fieldErrors: { [field]: `${what} is no longer on record. Choose again.` },
  });

export function assertDates(f: Fields, p: Progress | null, today: string): void {
  const errors: Record<string, string> = {};
  if (f.receivedOn > today) errors.receivedOn = 'The date received cannot be in the future.';
  for (const [field, label] of [
    ['acknowledgedOn', 'The acknowledgement'],
    ['respondedOn', 'The response'],
  ] as const) {
    const day = p?.[field];
    if (!day) continue;
    if (day > today) errors[field] = `${label} date cannot be in the future.`;
    else if (day < f.receivedOn) errors[field] = `${label} cannot be before the complaint was received.`;
  }
  if (p?.respondedOn && !p.outcome) errors.outcome = 'Choose the outcome given in the response.';
  if (Object.keys(errors).length)
    throw new CoreError('VALIDATION', 'Some dates need correcting.', { fieldErrors: errors });
}

export async function insertComplaint(em: EntityManager, f: Fields, by: string, now: Date): Promise<string> {
  const id = randomUUID();
  const l = await links(em, f);
  const reference = await nextYearlyReference(em, 'complaint', f.receivedOn.slice(0, 4));
  const at = now.toISOString();
  await em.query(
    `INSERT INTO complaint (id, reference, complainant_kind, complainant_name, complainant_contact, about_kind,
       about_detail, mentor_id, mentee_id, match_id, received_on, received_by, summary, closed, recorded_by,
       recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    [
      id,
      reference,
      f.complainantKind,
      f.complainantName,
      f.complainantContact,
      f.aboutKind,
      f.aboutDetail,
      l.mentorId,
      l.menteeId,
      l.matchId,
      f.receivedOn,
      f.receivedBy,
      f.summary,
      by,
      at,
      at,
    ],
  );
  return id;
}

export async function updateComplaint(
  em: EntityManager,
  id: string,
  f: Fields,
  p: Progress,
  now: Date,
): Promise<void> {
  const l = await links(em, f);
  const closed = complaintStatus({ ...f, ...p }) === 'closed' ? 1 : 0;
  const r = (await em.query(
    `UPDATE complaint SET complainant_kind = ?, complainant_name = ?, complainant_contact = ?, about_kind = ?,
       about_detail = ?, mentor_id = ?, mentee_id = ?, match_id = ?, received_on = ?, received_by = ?, summary = ?,
       acknowledged_on = ?, investigated_by = ?, investigation_notes = ?, outcome = ?, responded_on = ?,
       lessons_learned = ?, closed = ?, updated_at = ?
     WHERE id = ? RETURNING id`,
    [
      f.complainantKind,
      f.complainantName,
      f.complainantContact,
      f.aboutKind,
      f.aboutDetail,
      l.mentorId,
      l.menteeId,
      l.matchId,
      f.receivedOn,
      f.receivedBy,
      f.summary,
      p.acknowledgedOn,
      p.investigatedBy,
      p.investigationNotes,
      p.outcome,
      p.respondedOn,
      p.lessonsLearned,
      closed,
      now.toISOString(),
      id,
    ],
  )) as unknown[];
  if (r.length === 0) throw new CoreError('NOT_FOUND', 'That complaint is no longer on record.');
}

/** Standard 25: open now; of those received in the period, acknowledged and answered in time. */
export async function complaintIndicator(
  em: EntityManager,
  from: string,
  to: string,
  t: ComplaintTimescales,
): Promise<ComplaintIndicator> {
  const [{ open }] = (await em.query('SELECT count(*) AS open FROM complaint WHERE closed = 0')) as [
    { open: number },
  ];
  const rows = (await em.query(
    `SELECT received_on AS receivedOn, acknowledged_on AS acknowledgedOn, responded_on AS respondedOn, outcome
       FROM complaint WHERE received_on BETWEEN ? AND ?`,
    [from, to],
  )) as ComplaintDates[];
  const count = (test: (c: ComplaintDates) => boolean) => rows.filter(test).length;
  const percent = (n: number) => (rows.length ? Math.round((100 * n) / rows.length) : null);
  const ackInTime = count((c) => acknowledgedInTime(c, t));
  const respInTime = count((c) => respondedInTime(c, t));
  return {
    from,
    to,
    open,
    received: rows.length,
    acknowledged: count((c) => c.acknowledgedOn !== null),
    acknowledgedInTime: ackInTime,
    responded: count((c) => c.respondedOn !== null),
    respondedInTime: respInTime,
    acknowledgedInTimePercent: percent(ackInTime),
    respondedInTimePercent: percent(respInTime),
    byOutcome: COMPLAINT_OUTCOMES.map((outcome: ComplaintOutcome) => ({
      outcome,
      count: count((c) => c.outcome === outcome),
    })),
  };
}

/** Open complaints for the work queue: the partial index keeps this to the few still open. */
export async function openComplaints(em: EntityManager) {
  return (await em.query(
    `SELECT id, reference, received_on AS receivedOn, acknowledged_on AS acknowledgedOn,
            responded_on AS respondedOn, outcome
       FROM complaint WHERE closed = 0`,
  )) as (ComplaintDates & { id: string; reference: string })[];
}
