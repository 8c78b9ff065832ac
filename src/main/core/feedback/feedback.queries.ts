import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type {
  Feedback,
  FeedbackSummary,
  feedbackFields,
  feedbackListInput,
  LinkOption,
} from '../../../shared/contract/feedback';
import { CoreError } from '../../../shared/errors';
import { FEEDBACK_FROM, FEEDBACK_THEMES, type FeedbackTheme } from '../../../shared/feedback/feedback';
import { DISPLAY_NAME_SQL as NAME_SQL } from '../mentors/mentor.queries';

/**
 * Feedback: recording, correcting, listing and counting. Raw SQL with explicit columns; the theme
 * filter and the quarter's counts read `feedback_theme` by its (theme, received_on) index.
 */
type Fields = z.output<typeof feedbackFields>;
type ListInput = z.output<typeof feedbackListInput>;

const fieldError = (field: string, message: string) =>
  new CoreError('VALIDATION', message, { fieldErrors: { [field]: message } });

/** Partners are another area's table (migration 015); feedback links to one only when it exists. */
export async function hasPartnerTable(em: EntityManager): Promise<boolean> {
  const rows = (await em.query(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'partner'",
  )) as unknown[];
  return rows.length > 0;
}

export function assertNotFuture(field: string, day: string | null, today: string, what: string): void {
  if (day && day > today) throw fieldError(field, `${what} cannot be in the future.`);
}

/** Each linked record must exist; a match must be between the linked mentee and mentor, if named. */
async function assertLinks(em: EntityManager, f: Fields): Promise<void> {
  const exists = async (table: string, id: string | null, field: string, message: string) => {
    if (!id) return;
    const rows = (await em.query(`SELECT 1 FROM ${table} WHERE id = ?`, [id])) as unknown[];
    if (!rows.length) throw fieldError(field, message);
  };
  await exists('mentee', f.menteeId, 'menteeId', 'Choose a mentee from the list.');
  await exists('mentor', f.mentorId, 'mentorId', 'Choose a mentor from the list.');
  await exists('match', f.matchId, 'matchId', 'Choose a match from the list.');
  if (f.partnerId) {
    if (!(await hasPartnerTable(em))) throw fieldError('partnerId', 'Partner agencies are not set up yet.');
    await exists('partner', f.partnerId, 'partnerId', 'Choose a partner agency from the list.');
  }
}

type Row = Omit<Feedback, 'anonymous' | 'themes' | 'partnerName'> & {
  anonymous: number;
  themes: string;
  partnerName?: string | null;
};

async function selectSql(em: EntityManager): Promise<string> {
  const partner = (await hasPartnerTable(em))
    ? { col: 'p.name', join: 'LEFT JOIN partner p ON p.id = f.partner_id' }
    : { col: 'NULL', join: '' };
  return `SELECT f.id, f.received_on AS receivedOn, f.from_kind AS fromKind, f.method, f.anonymous, f.rating,
                 f.went_well AS wentWell, f.could_be_better AS couldBeBetter, f.comments, f.themes,
                 f.mentee_id AS menteeId, ${NAME_SQL('e')} AS menteeName,
                 f.mentor_id AS mentorId, ${NAME_SQL('r')} AS mentorName,
                 f.match_id AS matchId, x.reference AS matchReference,
                 f.partner_id AS partnerId, ${partner.col} AS partnerName,
                 (SELECT count(*) FROM feedback_action_link l WHERE l.feedback_id = f.id) AS actions,
                 f.recorded_at AS recordedAt
            FROM feedback f
            LEFT JOIN mentee e ON e.id = f.mentee_id
            LEFT JOIN mentor r ON r.id = f.mentor_id
            LEFT JOIN match x ON x.id = f.match_id
            ${partner.join}`;
}

const toFeedback = (r: Row): Feedback => ({
  ...r,
  anonymous: !!r.anonymous,
  themes: JSON.parse(r.themes) as FeedbackTheme[],
  partnerName: r.partnerName ?? null,
});

export async function getFeedback(em: EntityManager, id: string): Promise<Feedback> {
  const rows = (await em.query(`${await selectSql(em)} WHERE f.id = ?`, [id])) as Row[];
  if (!rows[0]) throw new CoreError('NOT_FOUND', 'That feedback no longer exists.');
  return toFeedback(rows[0]);
}

export async function listFeedback(
  em: EntityManager,
  input: ListInput,
): Promise<{ total: number; page: number; pageSize: number; items: Feedback[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const filters: [string, unknown][] = [
    ['f.from_kind = ?', input.fromKind],
    ['f.received_on >= ?', input.from ?? undefined],
    ['f.received_on <= ?', input.to ?? undefined],
    ['f.id IN (SELECT t.feedback_id FROM feedback_theme t WHERE t.theme = ?)', input.theme],
  ];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    where.push(sql);
    params.push(value);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = (await em.query(`SELECT count(*) AS total FROM feedback f ${clause}`, params)) as [
    { total: number },
  ];
  const rows = (await em.query(
    `${await selectSql(em)} ${clause} ORDER BY f.received_on DESC, f.recorded_at DESC, f.id LIMIT ? OFFSET ?`,
    [...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as Row[];
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map(toFeedback) };
}

const COLUMNS = [
  'received_on',
  'from_kind',
  'method',
  'anonymous',
  'rating',
  'went_well',
  'could_be_better',
  'comments',
  'themes',
  'mentee_id',
  'mentor_id',
  'match_id',
  'partner_id',
] as const;
const values = (f: Fields) => [
  f.receivedOn,
  f.fromKind,
  f.method,
  f.anonymous ? 1 : 0,
  f.rating,
  f.wentWell,
  f.couldBeBetter,
  f.comments,
  JSON.stringify(f.themes),
  f.menteeId,
  f.mentorId,
  f.matchId,
  f.partnerId,
];

async function writeThemes(em: EntityManager, id: string, f: Fields): Promise<void> {
  await em.query('DELETE FROM feedback_theme WHERE feedback_id = ?', [id]);
  for (const theme of f.themes) {
    await em.query('INSERT INTO feedback_theme (feedback_id, theme, received_on) VALUES (?, ?, ?)', [
      id,
      theme,
      f.receivedOn,
    ]);
  }
}

export async function insertFeedback(
  em: EntityManager,
  f: Fields,
  accountId: string,
  now: Date,
): Promise<string> {
  await assertLinks(em, f);
  const id = randomUUID();
  const at = now.toISOString();
  await em.query(
    `INSERT INTO feedback (id, ${COLUMNS.join(', ')}, recorded_by, recorded_at, updated_at)
     VALUES (?, ${COLUMNS.map(() => '?').join(', ')}, ?, ?, ?)`,
    [id, ...values(f), accountId, at, at],
  );
  await writeThemes(em, id, f);
  return id;
}

export async function updateFeedback(em: EntityManager, id: string, f: Fields, now: Date): Promise<void> {
  await assertLinks(em, f);
  const done = (await em.query(
    `UPDATE feedback SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ? RETURNING id`,
    [...values(f), now.toISOString(), id],
  )) as unknown[];
  if (!done.length) throw new CoreError('NOT_FOUND', 'That feedback no longer exists.');
  await writeThemes(em, id, f);
}

/** Under this, a count is hidden from those who read figures only. */
const SMALL = 5;
const cell = (n: number) => ({ shown: n < SMALL && n > 0 ? null : n, exact: n });
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** A period's feedback by who gave it and by theme, with average ratings (standard 26). */
export async function feedbackSummary(em: EntityManager, from: string, to: string): Promise<FeedbackSummary> {
  const byFrom = (await em.query(
    `SELECT from_kind AS fromKind, count(*) AS n, avg(rating) AS average, count(rating) AS rated
       FROM feedback WHERE received_on BETWEEN ? AND ? GROUP BY from_kind`,
    [from, to],
  )) as { fromKind: string; n: number; average: number | null; rated: number }[];
  const byTheme = (await em.query(
    'SELECT theme, count(*) AS n FROM feedback_theme WHERE received_on BETWEEN ? AND ? GROUP BY theme',
    [from, to],
  )) as { theme: string; n: number }[];
  const total = byFrom.reduce((sum, r) => sum + r.n, 0);
  const rated = byFrom.reduce((sum, r) => sum + r.rated, 0);
  const ratingSum = byFrom.reduce((sum, r) => sum + (r.average ?? 0) * r.rated, 0);
  return {
    from,
    to,
    total,
    rated,
    averageRating: rated ? round1(ratingSum / rated) : null,
    byFrom: FEEDBACK_FROM.map((fromKind) => {
      const r = byFrom.find((x) => x.fromKind === fromKind);
      return { fromKind, ...cell(r?.n ?? 0), averageRating: round1(r?.average ?? null) };
    }),
    byTheme: FEEDBACK_THEMES.map((theme) => ({
      theme,
      ...cell(byTheme.find((x) => x.theme === theme)?.n ?? 0),
    })),
  };
}

const likeTerm = (search: string) => `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Mentees, mentors or partners to link to, by name (or a mentee's reference): the first 30. */
export async function linkOptions(
  em: EntityManager,
  kind: 'mentee' | 'mentor' | 'partner',
  search: string,
): Promise<LinkOption[]> {
  const term = likeTerm(search);
  if (kind === 'mentee')
    return (await em.query(
      `SELECT e.id, ${NAME_SQL('e')} || ' (' || e.reference || ')' AS label FROM mentee e
        WHERE lower(${NAME_SQL('e')}) LIKE ? ESCAPE '\\' OR lower(e.reference) LIKE ? ESCAPE '\\'
        ORDER BY e.last_name COLLATE NOCASE, e.first_name COLLATE NOCASE LIMIT 30`,
      [term, term],
    )) as LinkOption[];
  if (kind === 'mentor')
    return (await em.query(
      `SELECT r.id, ${NAME_SQL('r')} AS label FROM mentor r WHERE lower(${NAME_SQL('r')}) LIKE ? ESCAPE '\\'
        ORDER BY r.last_name COLLATE NOCASE, r.first_name COLLATE NOCASE LIMIT 30`,
      [term],
    )) as LinkOption[];
  if (!(await hasPartnerTable(em))) return [];
  return (await em.query(
    `SELECT p.id, p.name AS label FROM partner p WHERE p.archived = 0 AND lower(p.name) LIKE ? ESCAPE '\\'
      ORDER BY p.name COLLATE NOCASE LIMIT 30`,
    [term],
  )) as LinkOption[];
}
