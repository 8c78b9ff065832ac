import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  SupportCluster,
  SupportMeeting,
  SupportSummary,
  supportMeetingFields,
} from '../../../shared/contract/support-groups';
import { CoreError } from '../../../shared/errors';
import type { AttendanceStatus } from '../../../shared/support-groups/support-groups';
import { nextMeetingDue } from '../../../shared/support-groups/support-groups';
import { DISPLAY_NAME_SQL } from '../mentors/mentor.queries';
import type { ScopeSubject } from '../policy/scope';
import { supportClusterScope } from './support-group.scope';

type Fields = z.output<typeof supportMeetingFields>;
const ACTIVE = "m.stage NOT IN ('left', 'not_selected')";

/** Each cluster in view with its lead mentors, last meeting and meeting count: three small queries. */
export async function listClusters(
  em: EntityManager,
  subject: ScopeSubject,
  weeks: number,
  today: string,
): Promise<SupportCluster[]> {
  const visible = supportClusterScope.visibleSql!(subject, 'c');
  const rows = (await em.query(
    `SELECT c.id, c.name,
            (SELECT max(g.held_on) FROM support_group_meeting g WHERE g.cluster_id = c.id) AS lastMetOn,
            (SELECT count(*) FROM support_group_meeting g WHERE g.cluster_id = c.id) AS meetings
       FROM cluster c WHERE ${visible.sql}
      ORDER BY c.name COLLATE NOCASE, c.id`,
    visible.params,
  )) as { id: string; name: string; lastMetOn: string | null; meetings: number }[];
  const leads = await leadMentorsByCluster(
    em,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const nextDueOn = nextMeetingDue(r.lastMetOn, weeks, today);
    return { ...r, leadMentors: leads.get(r.id) ?? [], nextDueOn, overdue: nextDueOn < today };
  });
}

export async function leadMentorsByCluster(em: EntityManager, clusterIds: readonly string[]) {
  const rows = (await em.query(
    `SELECT m.cluster_id AS clusterId, ${DISPLAY_NAME_SQL('m')} AS name FROM mentor m
      WHERE m.is_lead_mentor = 1 AND ${ACTIVE} AND m.cluster_id IN (SELECT value FROM json_each(?))
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE`,
    [JSON.stringify(clusterIds)],
  )) as { clusterId: string; name: string }[];
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(r.clusterId, [...(by.get(r.clusterId) ?? []), r.name]);
  return by;
}

export async function clusterName(em: EntityManager, clusterId: string): Promise<string> {
  const rows = (await em.query(`SELECT name FROM cluster WHERE id = ?`, [clusterId])) as { name: string }[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That cluster is no longer on record.');
  return rows[0].name;
}

/** The cluster's mentors still with the programme: the attendance list for a new meeting. */
export async function clusterMembers(em: EntityManager, clusterId: string) {
  return (await em.query(
    `SELECT m.id AS mentorId, ${DISPLAY_NAME_SQL('m')} AS mentorName FROM mentor m
      WHERE m.cluster_id = ? AND ${ACTIVE}
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    [clusterId],
  )) as { mentorId: string; mentorName: string }[];
}

interface MeetingDbRow {
  id: string;
  clusterId: string;
  heldOn: string;
  venue: string;
  themes: string;
  notes: string;
  concernsSummary: string;
  recordedAt: string;
}
const MEETING_COLUMNS = `g.id, g.cluster_id AS clusterId, g.held_on AS heldOn, g.venue, g.themes, g.notes,
  g.concerns_summary AS concernsSummary, g.recorded_at AS recordedAt`;

async function withAttendance(em: EntityManager, rows: MeetingDbRow[]): Promise<SupportMeeting[]> {
  if (!rows.length) return [];
  const attendance = (await em.query(
    `SELECT a.meeting_id AS meetingId, a.mentor_id AS mentorId, ${DISPLAY_NAME_SQL('m')} AS mentorName, a.status
       FROM support_group_attendance a JOIN mentor m ON m.id = a.mentor_id
      WHERE a.meeting_id IN (SELECT value FROM json_each(?))
      ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id`,
    [JSON.stringify(rows.map((r) => r.id))],
  )) as { meetingId: string; mentorId: string; mentorName: string; status: AttendanceStatus }[];
  const by = new Map<string, SupportMeeting['attendance']>();
  for (const { meetingId, ...a } of attendance) by.set(meetingId, [...(by.get(meetingId) ?? []), a]);
  return rows.map((r) => {
    const list = by.get(r.id) ?? [];
    return {
      ...r,
      themes: JSON.parse(r.themes) as string[],
      attendance: list,
      attended: list.filter((a) => a.status === 'attended').length,
    };
  });
}

export async function clusterMeetings(em: EntityManager, clusterId: string): Promise<SupportMeeting[]> {
  const rows = (await em.query(
    `SELECT ${MEETING_COLUMNS} FROM support_group_meeting g WHERE g.cluster_id = ?
      ORDER BY g.held_on DESC, g.recorded_at DESC`,
    [clusterId],
  )) as MeetingDbRow[];
  return withAttendance(em, rows);
}

export async function getMeeting(em: EntityManager, id: string): Promise<SupportMeeting> {
  const rows = (await em.query(`SELECT ${MEETING_COLUMNS} FROM support_group_meeting g WHERE g.id = ?`, [
    id,
  ])) as MeetingDbRow[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That meeting is no longer on record.');
  return (await withAttendance(em, rows))[0]!;
}

export async function meetingCluster(em: EntityManager, id: string): Promise<string> {
  const rows = (await em.query(`SELECT cluster_id AS clusterId FROM support_group_meeting WHERE id = ?`, [
    id,
  ])) as { clusterId: string }[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That meeting is no longer on record.');
  return rows[0].clusterId;
}

const invalid = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/**
 * The checks that need the database: not in the future, everyone on the attendance list belongs
 * to the cluster, and the summary for the regional manager names none of the cluster's mentors
 * (their full names, as a guard against the easy slip; the screen asks for no names at all).
 */
export async function assertMeetingFits(em: EntityManager, clusterId: string, f: Fields, today: string) {
  if (f.heldOn > today) throw invalid('heldOn', 'A meeting cannot be recorded before it happens.');
  const people = (await em.query(
    `SELECT m.id, lower(m.first_name || ' ' || m.last_name) AS fullName,
            lower(coalesce(nullif(m.preferred_name, ''), m.first_name) || ' ' || m.last_name) AS knownAs
       FROM mentor m WHERE m.cluster_id = ?`,
    [clusterId],
  )) as { id: string; fullName: string; knownAs: string }[];
  const inCluster = new Set(people.map((p) => p.id));
  if (f.attendance.some((a) => !inCluster.has(a.mentorId)))
    throw invalid('attendance', 'Everyone on the attendance list must be one of this cluster’s mentors.');
  const summary = f.concernsSummary.toLowerCase().replace(/\s+/g, ' ');
  if (people.some((p) => summary.includes(p.fullName) || summary.includes(p.knownAs)))
    throw invalid(
      'concernsSummary',
      'The summary names one of the cluster’s mentors. Describe the concern without naming anyone.',
    );
}

export async function insertMeeting(
  em: EntityManager,
  clusterId: string,
  f: Fields,
  by: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO support_group_meeting (id, cluster_id, held_on, venue, themes, notes, concerns_summary,
       recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, clusterId, f.heldOn, f.venue, JSON.stringify(f.themes), f.notes, f.concernsSummary, by, at, at],
  );
  await writeAttendance(em, id, f.attendance);
  return id;
}

export async function updateMeeting(em: EntityManager, id: string, f: Fields, now: Date): Promise<void> {
  await em.query(
    `UPDATE support_group_meeting SET held_on = ?, venue = ?, themes = ?, notes = ?, concerns_summary = ?,
       updated_at = ? WHERE id = ?`,
    [f.heldOn, f.venue, JSON.stringify(f.themes), f.notes, f.concernsSummary, now.toISOString(), id],
  );
  await em.query(`DELETE FROM support_group_attendance WHERE meeting_id = ?`, [id]);
  await writeAttendance(em, id, f.attendance);
}

async function writeAttendance(em: EntityManager, meetingId: string, list: Fields['attendance']) {
  for (const a of list)
    await em.query(
      `INSERT INTO support_group_attendance (id, meeting_id, mentor_id, status) VALUES (?, ?, ?, ?)`,
      [randomUUID(), meetingId, a.mentorId, a.status],
    );
}

/** The regional manager's view: cluster name, date and summary of meetings that passed concerns on. */
export async function listSummaries(
  em: EntityManager,
  page: number,
  pageSize: number,
): Promise<{ total: number; page: number; pageSize: number; items: SupportSummary[] }> {
  const where = `g.concerns_summary <> ''`;
  const [{ total }] = (await em.query(
    `SELECT count(*) AS total FROM support_group_meeting g WHERE ${where}`,
  )) as [{ total: number }];
  const items = (await em.query(
    `SELECT c.name AS clusterName, g.held_on AS heldOn, g.concerns_summary AS concernsSummary
       FROM support_group_meeting g JOIN cluster c ON c.id = g.cluster_id
      WHERE ${where} ORDER BY g.held_on DESC, c.name COLLATE NOCASE LIMIT ? OFFSET ?`,
    [pageSize, (page - 1) * pageSize],
  )) as SupportSummary[];
  return { total, page, pageSize, items };
}
