import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  BoundaryCount,
  Incident,
  incidentFields,
  incidentListInput,
} from '../../../shared/contract/incidents';
import {
  BOUNDARY_INCIDENT_KINDS,
  INCIDENT_KINDS,
  INCIDENT_KIND_LABELS,
  type IncidentKind,
} from '../../../shared/matching/relationship';
import { addDays } from '../../../shared/mentors/dates';
import type { ScopeSubject } from '../policy/scope';
import { matchScope } from '../matches/match.scope';
import { incidentScope } from './incident.scope';

/** All SQL for incidents. Raw queries: the list is read on every match page and the menu screen. */
type Fields = z.output<typeof incidentFields>;
type ListInput = z.output<typeof incidentListInput>;

const NAME = (a: string) =>
  `coalesce(nullif(${a}.preferred_name, ''), ${a}.first_name) || ' ' || ${a}.last_name`;

const INCIDENT_SQL = `
  SELECT i.id, i.match_id AS matchId, x.reference AS matchReference, i.mentor_id AS mentorId,
         ${NAME('r')} AS mentorName, i.mentee_id AS menteeId, ${NAME('e')} AS menteeName,
         i.kind, i.is_boundary AS isBoundary, i.occurred_on AS occurredOn, i.severity, i.description,
         i.actions, i.follow_up AS followUp, i.follow_up_due AS followUpDue, i.closed_on AS closedOn,
         i.closure_note AS closureNote, coalesce(a.display_name, 'A former member of staff') AS recordedByName,
         i.recorded_at AS recordedAt
    FROM incident i
    LEFT JOIN match x ON x.id = i.match_id
    LEFT JOIN mentor r ON r.id = i.mentor_id
    LEFT JOIN mentee e ON e.id = i.mentee_id
    LEFT JOIN account a ON a.id = i.recorded_by`;

type RawIncident = Omit<Incident, 'isBoundary'> & { isBoundary: number };
const toIncident = (r: RawIncident): Incident => ({ ...r, isBoundary: !!r.isBoundary });

export async function getIncident(em: EntityManager, id: string): Promise<Incident> {
  const rows = (await em.query(`${INCIDENT_SQL} WHERE i.id = ?`, [id])) as RawIncident[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That incident is no longer on record.');
  return toIncident(rows[0]);
}

export async function listIncidents(
  em: EntityManager,
  input: ListInput,
  subject: ScopeSubject,
): Promise<{ total: number; page: number; pageSize: number; items: Incident[] }> {
  const visible = incidentScope.visibleSql!(subject, 'i');
  const where = [visible.sql];
  const params: unknown[] = [...visible.params];
  if (input.status === 'open') where.push('i.closed_on IS NULL');
  if (input.status === 'closed') where.push('i.closed_on IS NOT NULL');
  for (const [column, value] of [
    ['kind', input.kind],
    ['severity', input.severity],
    ['match_id', input.matchId],
    ['mentor_id', input.mentorId],
  ] as const) {
    if (value === undefined) continue;
    where.push(`i.${column} = ?`);
    params.push(value);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM incident i ${clause}`, params)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `${INCIDENT_SQL} ${clause} ORDER BY i.occurred_on DESC, i.recorded_at DESC, i.id LIMIT ? OFFSET ?`,
    [...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as RawIncident[];
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map(toIncident) };
}

/** Nothing can have happened (or been closed) after today, the UK calendar day of the call. */
export function assertNotFuture(field: string, onDate: string, today: string, what: string): void {
  if (onDate > today)
    throw new CoreError('VALIDATION', `${what} cannot be in the future.`, {
      fieldErrors: { [field]: `${what} cannot be in the future.` },
    });
}

export async function matchParties(
  em: EntityManager,
  matchId: string,
): Promise<{ mentorId: string; menteeId: string }> {
  const [m] = (await em.query('SELECT mentor_id AS mentorId, mentee_id AS menteeId FROM match WHERE id = ?', [
    matchId,
  ])) as { mentorId: string; menteeId: string }[];
  if (!m) throw new CoreError('NOT_FOUND', 'That match is no longer on record.');
  return m;
}

/** The caller sees the match's casework in full (its own scope decides), or the call is refused. */
export async function assertSeesMatch(
  em: EntityManager,
  subject: ScopeSubject,
  matchId: string,
): Promise<void> {
  const view = (await matchScope.views(em, subject, [matchId])).get(matchId);
  if (view !== 'full') throw new CoreError('FORBIDDEN', 'This record is not on your caseload.');
}

export async function assertMentorExists(em: EntityManager, mentorId: string): Promise<void> {
  const found = (await em.query('SELECT 1 FROM mentor WHERE id = ?', [mentorId])) as unknown[];
  if (!found.length) throw new CoreError('NOT_FOUND', 'That mentor’s record no longer exists.');
}

const isBoundary = (kind: IncidentKind) => (BOUNDARY_INCIDENT_KINDS.includes(kind) ? 1 : 0);

export async function insertIncident(
  em: EntityManager,
  about: { matchId: string | null; mentorId: string | null; menteeId: string | null },
  f: Fields,
  actor: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO incident (id, match_id, mentor_id, mentee_id, kind, is_boundary, occurred_on, severity,
       description, actions, follow_up, follow_up_due, closure_note, recorded_by, recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
    [
      id,
      about.matchId,
      about.mentorId,
      about.menteeId,
      f.kind,
      isBoundary(f.kind),
      f.occurredOn,
      f.severity,
      f.description,
      f.actions,
      f.followUp,
      f.followUpDue,
      actor,
      at,
      at,
    ],
  );
  return id;
}

/** The incident as stored, for the checks before a change. */
export async function incidentState(
  em: EntityManager,
  id: string,
): Promise<{ matchId: string | null; closedOn: string | null }> {
  const [row] = (await em.query(
    'SELECT match_id AS matchId, closed_on AS closedOn FROM incident WHERE id = ?',
    [id],
  )) as { matchId: string | null; closedOn: string | null }[];
  if (!row) throw new CoreError('NOT_FOUND', 'That incident is no longer on record.');
  return row;
}

export async function updateIncident(em: EntityManager, id: string, f: Fields, now: Date): Promise<void> {
  const state = await incidentState(em, id);
  if (state.closedOn)
    throw new CoreError(
      'CONFLICT',
      'This incident has been closed, so it stays as it was when it was closed.',
    );
  await em.query(
    `UPDATE incident SET kind = ?, is_boundary = ?, occurred_on = ?, severity = ?, description = ?, actions = ?,
       follow_up = ?, follow_up_due = ?, updated_at = ? WHERE id = ?`,
    [
      f.kind,
      isBoundary(f.kind),
      f.occurredOn,
      f.severity,
      f.description,
      f.actions,
      f.followUp,
      f.followUpDue,
      now.toISOString(),
      id,
    ],
  );
}

export async function closeIncident(
  em: EntityManager,
  id: string,
  closedOn: string,
  closureNote: string,
  now: Date,
): Promise<void> {
  const state = await incidentState(em, id);
  if (state.closedOn) throw new CoreError('CONFLICT', 'This incident is already closed.');
  const [row] = (await em.query('SELECT occurred_on AS occurredOn FROM incident WHERE id = ?', [id])) as {
    occurredOn: string;
  }[];
  if (row && closedOn < row.occurredOn)
    throw new CoreError('VALIDATION', 'An incident cannot be closed before it happened.', {
      fieldErrors: { closedOn: 'The closing date cannot be before the incident happened.' },
    });
  await em.query('UPDATE incident SET closed_on = ?, closure_note = ?, updated_at = ? WHERE id = ?', [
    closedOn,
    closureNote,
    now.toISOString(),
    id,
  ]);
}

/**
 * A high-severity incident in a match needs the caseworker to follow it up: one open concern
 * follow-up per incident (a change to high raises one; it is not raised twice), due after the
 * programme's concern follow-up days.
 */
export async function raiseFollowUpIfHigh(
  em: EntityManager,
  incidentId: string,
  matchId: string | null,
  f: Fields,
  today: string,
  followUpDays: number,
  now: Date,
): Promise<void> {
  if (!matchId || f.severity !== 'high') return;
  const existing = (await em.query(
    `SELECT 1 FROM concern_follow_up WHERE source = 'incident' AND source_id = ?`,
    [incidentId],
  )) as unknown[];
  if (existing.length) return;
  const note = `High-severity incident: ${INCIDENT_KIND_LABELS[f.kind]}.${f.followUp ? ` ${f.followUp}` : ''}`;
  await em.query(
    `INSERT INTO concern_follow_up (id, match_id, source, source_id, raised_on, due_on, note, outcome, created_at)
     VALUES (?, ?, 'incident', ?, ?, ?, ?, '', ?)`,
    [randomUUID(), matchId, incidentId, today, addDays(today, followUpDays), note, now.toISOString()],
  );
}

/** Boundary incidents in a period by kind (standard 14): counts only, every kind listed. */
export async function boundaryCount(em: EntityManager, from: string, to: string): Promise<BoundaryCount> {
  const rows = (await em.query(
    `SELECT kind, count(*) AS n FROM incident WHERE is_boundary = 1 AND occurred_on BETWEEN ? AND ? GROUP BY kind`,
    [from, to],
  )) as { kind: IncidentKind; n: number }[];
  const byKind = INCIDENT_KINDS.filter((k) => BOUNDARY_INCIDENT_KINDS.includes(k)).map((kind) => ({
    kind,
    count: rows.find((r) => r.kind === kind)?.n ?? 0,
  }));
  return { from, to, total: byKind.reduce((n, k) => n + k.count, 0), byKind };
}
