import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  SupervisionCall,
  SupervisionDueRow,
  SupervisionRecord,
  callFields,
  supervisionFields,
} from '../../../shared/contract/supervision';
import { CoreError } from '../../../shared/errors';
import {
  nextSupervisionDue,
  supervisionCutoff,
  supervisionOverdue,
} from '../../../shared/supervision/supervision';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import { refreshMentorSupervision } from './supervision-state';

type RecordInput = z.output<typeof supervisionFields>;
type CallInput = z.output<typeof callFields>;

const invalid = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/** When a never-supervised mentor started: their first match's start, else the day they became ready. */
const STARTED_SQL = (m: string) =>
  `coalesce((SELECT min(x.active_on) FROM match x WHERE x.mentor_id = ${m}.id AND x.active_on IS NOT NULL), ${m}.stage_since)`;

export async function mentorHeader(em: EntityManager, mentorId: string) {
  const rows = (await em.query(
    `SELECT m.id AS mentorId, ${DISPLAY_NAME_SQL('m')} AS mentorName, m.stage, ${STARTED_SQL('m')} AS startedOn,
            ms.last_supervised_on AS lastSupervisedOn, coalesce(ms.missed_streak, 0) AS missedStreak,
            coalesce(ms.missed_dates, '[]') AS missedDates
       FROM mentor m LEFT JOIN mentor_supervision ms ON ms.mentor_id = m.id WHERE m.id = ?`,
    [mentorId],
  )) as DueCandidate[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That mentor is no longer on record.');
  return rows[0];
}

async function matchRefs(em: EntityManager, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = (await em.query(
    `SELECT id, reference FROM match WHERE id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(ids)],
  )) as { id: string; reference: string }[];
  return new Map(rows.map((r) => [r.id, r.reference]));
}

interface RecordDbRow extends Omit<SupervisionRecord, 'matchesDiscussed' | 'contactsReviewed'> {
  matchesDiscussed: string;
  contactsReviewed: number;
}
const RECORD_SQL = `SELECT id, held_on AS heldOn, supervisor_name AS supervisorName, kind, matches_discussed AS matchesDiscussed,
    contacts_reviewed AS contactsReviewed, contacts_note AS contactsNote, concerns, training_needs AS trainingNeeds,
    personal_issues AS personalIssues, actions, next_on AS nextOn FROM supervision_record`;

async function toRecords(em: EntityManager, rows: RecordDbRow[]): Promise<SupervisionRecord[]> {
  const parsed = rows.map((r) => ({ ...r, ids: JSON.parse(r.matchesDiscussed) as string[] }));
  const refs = await matchRefs(
    em,
    parsed.flatMap((r) => r.ids),
  );
  return parsed.map(({ ids, ...r }) => ({
    ...r,
    contactsReviewed: !!r.contactsReviewed,
    matchesDiscussed: ids.map((id) => ({ id, reference: refs.get(id) ?? '' })),
  }));
}

const CALL_SQL = `SELECT id, called_on AS calledOn, direction, staff_name AS staffName, minutes, topic,
    follow_up_needed AS followUpNeeded, follow_up_note AS followUpNote FROM supervision_call`;
type CallDbRow = Omit<SupervisionCall, 'followUpNeeded'> & { followUpNeeded: number };
const toCall = (r: CallDbRow): SupervisionCall => ({ ...r, followUpNeeded: !!r.followUpNeeded });

/** One mentor's supervision page: five small queries on the mentor's own indexed rows. */
export async function mentorSupervision(em: EntityManager, mentorId: string, weeks: number) {
  const h = await mentorHeader(em, mentorId);
  const records = await toRecords(
    em,
    (await em.query(`${RECORD_SQL} WHERE mentor_id = ? ORDER BY held_on DESC, recorded_at DESC`, [
      mentorId,
    ])) as RecordDbRow[],
  );
  const attendance = (await em.query(
    `SELECT s.id AS sessionId, s.held_on AS heldOn, a.status FROM group_supervision_attendance a
       JOIN group_supervision_session s ON s.id = a.session_id WHERE a.mentor_id = ? ORDER BY s.held_on DESC`,
    [mentorId],
  )) as { sessionId: string; heldOn: string; status: 'attended' | 'apologies' | 'did_not_attend' }[];
  const calls = (
    (await em.query(`${CALL_SQL} WHERE mentor_id = ? ORDER BY called_on DESC, recorded_at DESC`, [
      mentorId,
    ])) as CallDbRow[]
  ).map(toCall);
  const matches = (await em.query(
    `SELECT x.id, x.reference, coalesce(nullif(e.preferred_name, ''), e.first_name) || ' ' || e.last_name AS menteeName, x.stage
       FROM match x JOIN mentee e ON e.id = x.mentee_id
      WHERE x.mentor_id = ? AND x.stage IN ('active', 'ended') ORDER BY x.stage, x.active_on DESC`,
    [mentorId],
  )) as { id: string; reference: string; menteeName: string; stage: string }[];
  const supervised = h.stage === 'ready' || h.stage === 'matched';
  return {
    mentorId: h.mentorId,
    mentorName: h.mentorName,
    stage: h.stage,
    lastSupervisedOn: h.lastSupervisedOn,
    nextDueOn: supervised
      ? (records[0]?.nextOn ?? nextSupervisionDue(h.lastSupervisedOn, h.startedOn, weeks))
      : null,
    missedStreak: h.missedStreak,
    missed: JSON.parse(h.missedDates) as { on: string; apologies: boolean }[],
    records,
    attendance,
    calls,
    matches,
  };
}

export async function insertRecord(
  em: EntityManager,
  f: RecordInput,
  by: string,
  today: string,
  now: Date,
): Promise<SupervisionRecord> {
  await mentorHeader(em, f.mentorId);
  if (f.heldOn > today) throw invalid('heldOn', 'A supervision cannot be recorded before it happens.');
  if (f.nextOn && f.nextOn <= f.heldOn)
    throw invalid('nextOn', 'The next supervision must be after this one.');
  if (f.matchesDiscussed.length) {
    const own = (await em.query(
      `SELECT id FROM match WHERE mentor_id = ? AND id IN (SELECT value FROM json_each(?))`,
      [f.mentorId, JSON.stringify(f.matchesDiscussed)],
    )) as unknown[];
    if (own.length !== f.matchesDiscussed.length)
      throw invalid('matchesDiscussed', 'Choose matches from this mentor’s own matches.');
  }
  if (f.supervisorAccountId) {
    const found = (await em.query(`SELECT 1 FROM account WHERE id = ?`, [
      f.supervisorAccountId,
    ])) as unknown[];
    if (!found.length) throw invalid('supervisorAccountId', 'Choose a supervisor from the list.');
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO supervision_record (id, mentor_id, held_on, supervisor_account_id, supervisor_name, kind,
       matches_discussed, contacts_reviewed, contacts_note, concerns, training_needs, personal_issues, actions, next_on,
       recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      f.mentorId,
      f.heldOn,
      f.supervisorAccountId ?? null,
      f.supervisorName,
      f.kind,
      JSON.stringify(f.matchesDiscussed),
      f.contactsReviewed ? 1 : 0,
      f.contactsNote,
      f.concerns,
      f.trainingNeeds,
      f.personalIssues,
      f.actions,
      f.nextOn ?? null,
      by,
      now.toISOString(),
    ],
  );
  await refreshMentorSupervision(em, [f.mentorId], now);
  const [row] = await toRecords(em, (await em.query(`${RECORD_SQL} WHERE id = ?`, [id])) as RecordDbRow[]);
  return row!;
}

export async function insertCall(
  em: EntityManager,
  f: CallInput,
  by: string,
  today: string,
  now: Date,
): Promise<SupervisionCall> {
  await mentorHeader(em, f.mentorId);
  if (f.calledOn > today) throw invalid('calledOn', 'A call cannot be logged before it happens.');
  const id = randomUUID();
  await em.query(
    `INSERT INTO supervision_call (id, mentor_id, called_on, direction, staff_name, minutes, topic, follow_up_needed,
       follow_up_note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      f.mentorId,
      f.calledOn,
      f.direction,
      f.staffName,
      f.minutes,
      f.topic,
      f.followUpNeeded ? 1 : 0,
      f.followUpNote,
      by,
      now.toISOString(),
    ],
  );
  return toCall(((await em.query(`${CALL_SQL} WHERE id = ?`, [id])) as CallDbRow[])[0]!);
}

/** A mentor with their supervision row: the header of their supervision page and a due candidate. */
export interface DueCandidate {
  mentorId: string;
  mentorName: string;
  stage: string;
  startedOn: string;
  lastSupervisedOn: string | null;
  missedStreak: number;
  missedDates: string;
}

/**
 * Ready and matched mentors who may be due: never supervised or last supervised on or before the
 * cut-off (an index range on `last_supervised_on`), or missed the flag's number of group sessions
 * in a row. The pure rules decide; the SQL only narrows.
 */
export async function dueCandidates(em: EntityManager, weeks: number, flag: number, today: string) {
  return (await em.query(
    `SELECT m.id AS mentorId, ${DISPLAY_NAME_SQL('m')} AS mentorName, m.stage, ${STARTED_SQL('m')} AS startedOn,
            ms.last_supervised_on AS lastSupervisedOn, coalesce(ms.missed_streak, 0) AS missedStreak,
            coalesce(ms.missed_dates, '[]') AS missedDates
       FROM mentor m LEFT JOIN mentor_supervision ms ON ms.mentor_id = m.id
      WHERE m.stage IN ('ready', 'matched')
        AND (ms.last_supervised_on IS NULL OR ms.last_supervised_on <= ? OR ms.missed_streak >= ?)
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    [supervisionCutoff(weeks, today), flag],
  )) as DueCandidate[];
}

/** The rules applied to one candidate: overdue individual supervision and the missed-sessions invite. */
export function judge(c: DueCandidate, weeks: number, flag: number, today: string) {
  const overdue = supervisionOverdue(c.lastSupervisedOn, c.startedOn, weeks, today);
  const missed = JSON.parse(c.missedDates) as { on: string; apologies: boolean }[];
  const invitedOn = c.missedStreak >= flag ? (missed[flag - 1]?.on ?? null) : null;
  return { overdue, invitedOn, missed };
}

/** The "Due for supervision" list and standard 23's count (the SQL's comparison is `supervisedWithin`'s). */
export async function dueForSupervision(em: EntityManager, weeks: number, flag: number, today: string) {
  const items: SupervisionDueRow[] = [];
  for (const c of await dueCandidates(em, weeks, flag, today)) {
    const { overdue, invitedOn } = judge(c, weeks, flag, today);
    if (!overdue && !invitedOn) continue;
    items.push({
      mentorId: c.mentorId,
      mentorName: c.mentorName,
      stage: c.stage,
      lastSupervisedOn: c.lastSupervisedOn,
      dueOn: overdue?.due ?? invitedOn!,
      overdue: !!overdue?.urgent,
      missedStreak: c.missedStreak,
      invite: !!invitedOn,
    });
  }
  const [counts] = (await em.query(
    `SELECT count(*) AS active,
            sum(CASE WHEN ms.last_supervised_on >= ? AND ms.last_supervised_on <= ? THEN 1 ELSE 0 END) AS supervised
       FROM mentor m LEFT JOIN mentor_supervision ms ON ms.mentor_id = m.id WHERE m.stage IN ('ready', 'matched')`,
    [supervisionCutoff(weeks, today), today],
  )) as { active: number; supervised: number | null }[];
  return { weeks, active: counts?.active ?? 0, supervised: counts?.supervised ?? 0, items };
}

/** The telephone support log across mentors, newest first, a page at a time. */
export async function listCalls(em: EntityManager, page: number, pageSize: number) {
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM supervision_call`)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `SELECT c.id, c.called_on AS calledOn, c.direction, c.staff_name AS staffName, c.minutes, c.topic,
            c.follow_up_needed AS followUpNeeded, c.follow_up_note AS followUpNote, c.mentor_id AS mentorId,
            ${DISPLAY_NAME_SQL('m')} AS mentorName
       FROM supervision_call c JOIN mentor m ON m.id = c.mentor_id
      ORDER BY c.called_on DESC, c.recorded_at DESC LIMIT ? OFFSET ?`,
    [pageSize, (page - 1) * pageSize],
  )) as (CallDbRow & { mentorId: string; mentorName: string })[];
  return { total, page, pageSize, items: rows.map((r) => ({ ...r, followUpNeeded: !!r.followUpNeeded })) };
}
