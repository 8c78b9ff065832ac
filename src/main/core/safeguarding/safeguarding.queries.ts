import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  Concern,
  ConcernAction,
  ConcernIndicator,
  ConcernRow,
  concernUpdate,
  raiseFields,
} from '../../../shared/contract/safeguarding';
import {
  CONCERN_ABOUT_LABELS,
  type ConcernAbout,
  type ConcernStatus,
} from '../../../shared/safeguarding/safeguarding';
import { nextYearlyReference } from '../db/yearly-reference';
import { DISPLAY_NAME_SQL as NAME } from '../mentors/mentor.queries';

/** All SQL for safeguarding concerns. */
type Raise = z.output<typeof raiseFields>;
type Update = z.output<typeof concernUpdate>;

const STAFF = (a: string) => `coalesce(${a}.display_name, 'A former member of staff')`;

const CONCERN_SQL = `
  SELECT s.id, s.reference, s.status, s.raised_on AS raisedOn, ${STAFF('a')} AS raisedByName,
         s.raised_at AS raisedAt, s.kind, s.about_kind AS aboutKind, s.about_name AS aboutName,
         s.mentee_id AS menteeId, ${NAME('e')} AS menteeName, s.mentor_id AS mentorId, ${NAME('r')} AS mentorName,
         s.disclosure, s.immediate_action AS immediateAction, s.la_referred_on AS laReferredOn,
         s.la_reference AS laReference, s.la_contact AS laContact, s.police_referred_on AS policeReferredOn,
         s.police_reference AS policeReference, s.police_contact AS policeContact,
         s.next_action_due AS nextActionDue, s.last_action_on AS lastActionOn, s.outcome, s.closed_on AS closedOn,
         s.updated_at AS updatedAt
    FROM safeguarding_concern s
    LEFT JOIN account a ON a.id = s.raised_by
    LEFT JOIN mentee e ON e.id = s.mentee_id
    LEFT JOIN mentor r ON r.id = s.mentor_id`;

const gone = () => new CoreError('NOT_FOUND', 'That safeguarding concern is no longer on record.');

export async function getConcern(em: EntityManager, id: string): Promise<Concern> {
  const [row] = (await em.query(`${CONCERN_SQL} WHERE s.id = ?`, [id])) as Concern[];
  if (!row) throw gone();
  return row;
}

/**
 * Who the list names: a child or adult by the name typed, with the mentee or mentor they are
 * connected to; a mentee or mentor by their record's name; else by the kind of person.
 */
function aboutLabel(r: { aboutKind: ConcernAbout; linkedName: string | null; aboutName: string }): string {
  const connected = r.aboutKind === 'child' || r.aboutKind === 'adult';
  if (connected && r.aboutName && r.linkedName) return `${r.aboutName}, connected to ${r.linkedName}`;
  return (
    (connected ? r.aboutName || r.linkedName : (r.linkedName ?? r.aboutName)) ||
    CONCERN_ABOUT_LABELS[r.aboutKind]
  );
}

export async function listConcerns(
  em: EntityManager,
  input: { status: 'open' | 'closed' | 'all'; page: number; pageSize: number },
): Promise<{ total: number; page: number; pageSize: number; items: ConcernRow[] }> {
  const where =
    input.status === 'open'
      ? "WHERE s.status <> 'closed'"
      : input.status === 'closed'
        ? "WHERE s.status = 'closed'"
        : '';
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM safeguarding_concern s ${where}`)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `SELECT s.id, s.reference, s.status, s.raised_on AS raisedOn, s.kind, s.about_kind AS aboutKind,
            s.about_name AS aboutName, coalesce(${NAME('e')}, ${NAME('r')}) AS linkedName,
            ${STAFF('a')} AS raisedByName, s.next_action_due AS nextActionDue
       FROM safeguarding_concern s
       LEFT JOIN account a ON a.id = s.raised_by
       LEFT JOIN mentee e ON e.id = s.mentee_id
       LEFT JOIN mentor r ON r.id = s.mentor_id
       ${where}
      ORDER BY s.raised_on DESC, s.reference DESC LIMIT ? OFFSET ?`,
    [input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<ConcernRow, 'aboutLabel'> & { aboutName: string; linkedName: string | null })[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map(({ aboutName, linkedName, ...r }) => ({
      ...r,
      aboutLabel: aboutLabel({ aboutKind: r.aboutKind, aboutName, linkedName }),
    })),
  };
}

async function assertLinks(em: EntityManager, f: Raise): Promise<void> {
  for (const [table, field, value] of [
    ['mentee', 'menteeId', f.menteeId],
    ['mentor', 'mentorId', f.mentorId],
  ] as const) {
    if (!value) continue;
    const found = (await em.query(`SELECT 1 AS x FROM ${table} WHERE id = ?`, [value])) as unknown[];
    if (!found.length)
      throw new CoreError('VALIDATION', `That ${table} is no longer on record.`, {
        fieldErrors: { [field]: `That ${table} is no longer on record. Choose again.` },
      });
  }
}

export function assertRaiseDate(raisedOn: string, today: string): void {
  if (raisedOn > today)
    throw new CoreError('VALIDATION', 'The date cannot be in the future.', {
      fieldErrors: { raisedOn: 'The date cannot be in the future.' },
    });
}

export async function insertConcern(
  em: EntityManager,
  f: Raise,
  by: string,
  now: Date,
): Promise<{ id: string; reference: string }> {
  await assertLinks(em, f);
  const id = randomUUID();
  const reference = await nextYearlyReference(em, 'safeguarding_concern', f.raisedOn.slice(0, 4));
  const at = now.toISOString();
  await em.query(
    `INSERT INTO safeguarding_concern (id, reference, status, raised_on, raised_by, raised_at, kind, about_kind,
       about_name, mentee_id, mentor_id, disclosure, immediate_action, updated_at)
     VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      reference,
      f.raisedOn,
      by,
      at,
      f.kind,
      f.aboutKind,
      f.aboutName,
      f.menteeId,
      f.mentorId,
      f.disclosure,
      f.immediateAction,
      at,
    ],
  );
  return { id, reference };
}

/** A closed concern needs its closing date and outcome; a referral date cannot be in the future. */
export function assertLeadFields(u: Update, today: string): void {
  const errors: Record<string, string> = {};
  if (u.status === 'closed' && !u.closedOn) errors.closedOn = 'Enter the date the concern was closed.';
  if (u.status === 'closed' && !u.outcome) errors.outcome = 'Say what the outcome was before closing it.';
  if (u.status !== 'closed' && u.closedOn) errors.closedOn = 'Only a closed concern has a closing date.';
  for (const [field, label] of [
    ['laReferredOn', 'The local authority referral date'],
    ['policeReferredOn', 'The police referral date'],
    ['closedOn', 'The closing date'],
  ] as const) {
    const day = u[field];
    if (day && day > today) errors[field] = `${label} cannot be in the future.`;
    else if (day && day < u.raisedOn) errors[field] = `${label} cannot be before the concern was raised.`;
  }
  if (u.raisedOn > today) errors.raisedOn = 'The date cannot be in the future.';
  if (Object.keys(errors).length)
    throw new CoreError('VALIDATION', 'Some details need correcting.', { fieldErrors: errors });
}

export async function updateConcern(em: EntityManager, u: Update, now: Date): Promise<void> {
  await assertLinks(em, u);
  const r = (await em.query(
    `UPDATE safeguarding_concern SET status = ?, raised_on = ?, kind = ?, about_kind = ?, about_name = ?,
       mentee_id = ?, mentor_id = ?, disclosure = ?, immediate_action = ?, la_referred_on = ?, la_reference = ?,
       la_contact = ?, police_referred_on = ?, police_reference = ?, police_contact = ?, next_action_due = ?,
       outcome = ?, closed_on = ?, updated_at = ?
     WHERE id = ? RETURNING id`,
    [
      u.status,
      u.raisedOn,
      u.kind,
      u.aboutKind,
      u.aboutName,
      u.menteeId,
      u.mentorId,
      u.disclosure,
      u.immediateAction,
      u.laReferredOn,
      u.laReference,
      u.laContact,
      u.policeReferredOn,
      u.policeReference,
      u.policeContact,
      u.nextActionDue,
      u.outcome,
      u.closedOn,
      now.toISOString(),
      u.id,
    ],
  )) as unknown[];
  if (!r.length) throw gone();
}

export async function listActions(em: EntityManager, concernId: string): Promise<ConcernAction[]> {
  const [c] = (await em.query('SELECT 1 AS x FROM safeguarding_concern WHERE id = ?', [
    concernId,
  ])) as unknown[];
  if (!c) throw gone();
  return (await em.query(
    `SELECT x.id, x.taken_on AS takenOn, x.description, ${STAFF('a')} AS recordedByName
       FROM safeguarding_action x LEFT JOIN account a ON a.id = x.recorded_by
      WHERE x.concern_id = ? ORDER BY x.taken_on, x.recorded_at`,
    [concernId],
  )) as ConcernAction[];
}

/** A dated action; the concern keeps its latest action day and the next action's due day. */
export async function addAction(
  em: EntityManager,
  a: { id: string; takenOn: string; description: string; nextActionDue: string | null },
  by: string,
  today: string,
  now: Date,
): Promise<void> {
  const [c] = (await em.query('SELECT raised_on AS raisedOn FROM safeguarding_concern WHERE id = ?', [
    a.id,
  ])) as {
    raisedOn: string;
  }[];
  if (!c) throw gone();
  if (a.takenOn > today || a.takenOn < c.raisedOn)
    throw new CoreError('VALIDATION', 'The action date needs correcting.', {
      fieldErrors: {
        takenOn:
          a.takenOn > today
            ? 'The action date cannot be in the future.'
            : 'The action cannot be before the concern was raised.',
      },
    });
  const at = now.toISOString();
  await em.query(
    `INSERT INTO safeguarding_action (id, concern_id, taken_on, description, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [randomUUID(), a.id, a.takenOn, a.description, by, at],
  );
  await em.query(
    `UPDATE safeguarding_concern
        SET last_action_on = (SELECT max(taken_on) FROM safeguarding_action WHERE concern_id = ?),
            next_action_due = ?, updated_at = ?
      WHERE id = ?`,
    [a.id, a.nextActionDue, at, a.id],
  );
}

/** Unclosed concerns for the lead's work queue (the partial index holds only those). */
export async function openConcerns(em: EntityManager) {
  return (await em.query(
    `SELECT id, reference, status, raised_on AS raisedOn, last_action_on AS lastActionOn,
            next_action_due AS nextActionDue
       FROM safeguarding_concern WHERE status <> 'closed'`,
  )) as {
    id: string;
    reference: string;
    status: ConcernStatus;
    raisedOn: string;
    lastActionOn: string | null;
    nextActionDue: string | null;
  }[];
}

/** Standard 24: of the concerns raised in a period, how many have an action or referral on record. */
export async function concernIndicator(
  em: EntityManager,
  from: string,
  to: string,
): Promise<ConcernIndicator> {
  const [r] = (await em.query(
    `SELECT count(*) AS raised,
            coalesce(sum(last_action_on IS NOT NULL OR la_referred_on IS NOT NULL OR police_referred_on IS NOT NULL), 0)
              AS withAction,
            coalesce(sum(la_referred_on IS NOT NULL OR police_referred_on IS NOT NULL), 0) AS referred
       FROM safeguarding_concern WHERE raised_on BETWEEN ? AND ?`,
    [from, to],
  )) as { raised: number; withAction: number; referred: number }[];
  const [{ open }] = (await em.query(
    "SELECT count(*) AS open FROM safeguarding_concern WHERE status <> 'closed'",
  )) as [{ open: number }];
  const raised = r?.raised ?? 0;
  const withAction = r?.withAction ?? 0;
  return {
    from,
    to,
    raised,
    withAction,
    withActionPercent: raised ? Math.round((100 * withAction) / raised) : null,
    referred: r?.referred ?? 0,
    notClosedNow: open,
  };
}
