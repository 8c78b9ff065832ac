import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { actionFields, FeedbackAction, PublishedAction } from '../../../shared/contract/feedback';
import { CoreError } from '../../../shared/errors';
import type { ActionStatus, FeedbackFrom } from '../../../shared/feedback/feedback';

/** "You said, we did" actions and the feedback each answers. */
type Fields = z.output<typeof actionFields>;

const notFound = () => new CoreError('NOT_FOUND', 'That “you said, we did” action no longer exists.');

interface ActionRow {
  id: string;
  youSaid: string;
  weDid: string;
  owner: string;
  targetOn: string | null;
  status: ActionStatus;
  doneOn: string | null;
  published: number;
  updatedAt: string;
}

/** A few words of a piece of feedback, to recognise it by in a list of links. */
const GIST_SQL = `substr(coalesce(nullif(f.could_be_better, ''), nullif(f.went_well, ''), nullif(f.comments, ''),
  CASE WHEN f.rating IS NULL THEN '' ELSE 'Rated ' || f.rating || ' out of 5' END), 1, 80)`;

async function withFeedback(em: EntityManager, rows: ActionRow[]): Promise<FeedbackAction[]> {
  if (!rows.length) return [];
  const links = (await em.query(
    `SELECT l.action_id AS actionId, f.id, f.received_on AS receivedOn, f.from_kind AS fromKind, ${GIST_SQL} AS gist
       FROM feedback_action_link l JOIN feedback f ON f.id = l.feedback_id
      WHERE l.action_id IN (SELECT value FROM json_each(?))
      ORDER BY f.received_on DESC, f.id`,
    [JSON.stringify(rows.map((r) => r.id))],
  )) as { actionId: string; id: string; receivedOn: string; fromKind: FeedbackFrom; gist: string }[];
  return rows.map((r) => ({
    ...r,
    published: !!r.published,
    feedback: links
      .filter((l) => l.actionId === r.id)
      .map(({ id, receivedOn, fromKind, gist }) => ({ id, receivedOn, fromKind, gist })),
  }));
}

const SELECT = `SELECT a.id, a.you_said AS youSaid, a.we_did AS weDid, a.owner, a.target_on AS targetOn, a.status,
                       a.done_on AS doneOn, a.published, a.updated_at AS updatedAt
                  FROM feedback_action a`;

export async function getAction(em: EntityManager, id: string): Promise<FeedbackAction> {
  const [found] = await withFeedback(em, (await em.query(`${SELECT} WHERE a.id = ?`, [id])) as ActionRow[]);
  if (!found) throw notFound();
  return found;
}

/** Open actions first (earliest target first, none last), then done ones newest first. */
export async function listActions(
  em: EntityManager,
  input: { status?: ActionStatus; feedbackId?: string; id?: string; page: number; pageSize: number },
): Promise<{ total: number; items: FeedbackAction[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const filters: [string, unknown][] = [
    ['a.status = ?', input.status],
    ['a.id = ?', input.id],
    ['a.id IN (SELECT l.action_id FROM feedback_action_link l WHERE l.feedback_id = ?)', input.feedbackId],
  ];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    where.push(sql);
    params.push(value);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = (await em.query(
    `SELECT count(*) AS total FROM feedback_action a ${clause}`,
    params,
  )) as [{ total: number }];
  const rows = (await em.query(
    `${SELECT} ${clause}
      ORDER BY a.status = 'done', CASE WHEN a.status = 'done' THEN '' ELSE coalesce(a.target_on, '9999') END,
               a.done_on DESC, a.updated_at DESC, a.id
      LIMIT ? OFFSET ?`,
    [...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as ActionRow[];
  return { total, items: await withFeedback(em, rows) };
}

export async function saveAction(
  em: EntityManager,
  input: Fields,
  accountId: string,
  now: Date,
): Promise<string> {
  if (input.feedbackIds.length) {
    const found = (await em.query('SELECT id FROM feedback WHERE id IN (SELECT value FROM json_each(?))', [
      JSON.stringify(input.feedbackIds),
    ])) as unknown[];
    if (found.length !== input.feedbackIds.length) {
      const message = 'Choose feedback from the list: one of these no longer exists.';
      throw new CoreError('VALIDATION', message, { fieldErrors: { feedbackIds: message } });
    }
  }
  const at = now.toISOString();
  const values = [
    input.youSaid,
    input.weDid,
    input.owner,
    input.targetOn,
    input.status,
    input.doneOn,
    input.published ? 1 : 0,
  ];
  let id = input.id;
  if (id) {
    const done = (await em.query(
      `UPDATE feedback_action SET you_said = ?, we_did = ?, owner = ?, target_on = ?, status = ?, done_on = ?,
              published = ?, updated_at = ? WHERE id = ? RETURNING id`,
      [...values, at, id],
    )) as unknown[];
    if (!done.length) throw notFound();
    await em.query('DELETE FROM feedback_action_link WHERE action_id = ?', [id]);
  } else {
    id = randomUUID();
    await em.query(
      `INSERT INTO feedback_action (id, you_said, we_did, owner, target_on, status, done_on, published,
         recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, ...values, accountId, at, at],
    );
  }
  for (const feedbackId of input.feedbackIds) {
    await em.query('INSERT INTO feedback_action_link (action_id, feedback_id) VALUES (?, ?)', [
      id,
      feedbackId,
    ]);
  }
  return id;
}

/** What the newsletter or noticeboard shows: done and published actions, newest first. */
export async function publishedActions(em: EntityManager): Promise<PublishedAction[]> {
  return (await em.query(
    `SELECT id, you_said AS youSaid, we_did AS weDid, done_on AS doneOn FROM feedback_action
      WHERE published = 1 AND status = 'done' ORDER BY done_on DESC, id`,
  )) as PublishedAction[];
}
