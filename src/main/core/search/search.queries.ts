import type { EntityManager } from 'typeorm';
import type { SearchHit, SearchKind } from '../../../shared/contract/search';
import { MENTOR_STAGE_LABELS, type MentorStage } from '../../../shared/mentors/pipeline';
import { ROLE_LABELS, type Role } from '../../../shared/roles';
import type { ScopeSubject } from '../policy/scope';
import { menteeScope } from '../mentees/mentee.scope';
import { mentorScope } from '../mentors/mentor.scope';
import { staffScope } from './search.scope';
import { fold, matchExpression, tokensOf, typoCandidates } from './search.terms';

interface HitRow {
  kind: SearchKind;
  recordId: string;
  firstName: string;
  lastName: string;
  preferredName: string;
  detail: string;
  rank: number;
}

/** Names and references only: a prison number is matched separately (see `byPrisonNumber`). */
const NAME_COLUMNS = 'name reference';
/** How many words of the index's vocabulary the typo help looks through at most. */
const VOCABULARY_SCAN = 4000;

/**
 * One query over the index, joined to each kind's table with that kind's visibility condition,
 * best (lowest bm25) first. Hits the caller may not see never leave the database.
 */
function scopedSql(subject: ScopeSubject): { sql: string; params: unknown[] } {
  const mentee = menteeScope.visibleSql!(subject, 'me');
  const mentor = mentorScope.visibleSql!(subject, 'mo');
  const staff = staffScope.visibleSql!(subject, 'a');
  const sql = `
    WITH hits AS MATERIALIZED (
      SELECT kind, record_id, rank FROM person_search WHERE person_search MATCH ?
    )
    SELECT * FROM (
      SELECT 'mentee' AS kind, me.id AS recordId, me.first_name AS firstName, me.last_name AS lastName,
        me.preferred_name AS preferredName, me.reference AS detail, h.rank AS rank
      FROM hits h JOIN mentee me ON me.id = h.record_id
      WHERE h.kind = 'mentee' AND (${mentee.sql})
      UNION ALL
      SELECT 'mentor', mo.id, mo.first_name, mo.last_name, mo.preferred_name, mo.stage, h.rank
      FROM hits h JOIN mentor mo ON mo.id = h.record_id
      WHERE h.kind = 'mentor' AND (${mentor.sql})
      UNION ALL
      SELECT 'staff', a.id, a.display_name, '', '', a.roles, h.rank
      FROM hits h JOIN account a ON a.id = h.record_id
      WHERE h.kind = 'staff' AND (${staff.sql})
    ) ORDER BY rank LIMIT ?`;
  return { sql, params: [...mentee.params, ...mentor.params, ...staff.params] };
}

async function run(
  em: EntityManager,
  subject: ScopeSubject,
  match: string,
  limit: number,
): Promise<HitRow[]> {
  const { sql, params } = scopedSql(subject);
  return (await em.query(sql, [match, ...params, limit])) as HitRow[];
}

/**
 * A prison number finds a mentee only for someone who may see that mentee's full record: a
 * caseworker searching a number that belongs to someone else's mentee gets nothing, since even the
 * name coming back would tell them whose number it is.
 */
async function byPrisonNumber(
  em: EntityManager,
  subject: ScopeSubject,
  tokens: readonly string[],
  limit: number,
): Promise<HitRow[]> {
  if (tokens.length !== 1 || !/\d/.test(tokens[0]!)) return [];
  const rows = (await run(em, subject, matchExpression('prison_number', tokens), limit)).filter(
    (r) => r.kind === 'mentee',
  );
  if (!rows.length) return [];
  const views = await menteeScope.views(
    em,
    subject,
    rows.map((r) => r.recordId),
  );
  return rows.filter((r) => views.get(r.recordId) === 'full');
}

/** When nothing matches, the last word may be a slip: try the index's words close to it. */
async function withTypos(
  em: EntityManager,
  subject: ScopeSubject,
  tokens: readonly string[],
  limit: number,
): Promise<HitRow[]> {
  const last = tokens[tokens.length - 1]!;
  // Words sharing the typed word's first two letters (its first, for a short word): slips there
  // are rarer, and the vocabulary table counts each word's rows as it goes, so a narrow range
  // keeps this inside a keystroke's budget.
  const start = last.length >= 4 ? last.slice(0, 2) : last.slice(0, 1);
  const end = start.slice(0, -1) + String.fromCodePoint(start.codePointAt(start.length - 1)! + 1);
  const terms = (
    (await em.query(`SELECT term FROM person_search_terms WHERE term >= ? AND term < ? LIMIT ?`, [
      start,
      end,
      VOCABULARY_SCAN,
    ])) as { term: string }[]
  ).map((r) => r.term);
  const candidates = typoCandidates(last, [...new Set(terms)]);
  if (!candidates.length) return [];
  return run(em, subject, matchExpression(NAME_COLUMNS, tokens, candidates), limit);
}

const displayName = (r: HitRow): string => {
  if (r.kind === 'staff') return r.firstName;
  const known = r.preferredName.trim();
  const full = `${r.firstName} ${r.lastName}`.trim();
  return known && fold(known) !== fold(r.firstName) ? `${full} (known as ${known})` : full;
};

function detailOf(r: HitRow): string {
  if (r.kind === 'mentor') return MENTOR_STAGE_LABELS[r.detail as MentorStage] ?? r.detail;
  if (r.kind === 'staff')
    return (JSON.parse(r.detail) as Role[]).map((role) => ROLE_LABELS[role] ?? role).join(', ');
  return r.detail;
}

export async function searchPeople(
  em: EntityManager,
  subject: ScopeSubject,
  query: string,
  limit: number,
): Promise<{ items: SearchHit[] }> {
  const tokens = tokensOf(query);
  if (!tokens.length) return { items: [] };
  let rows = [
    ...(await byPrisonNumber(em, subject, tokens, limit)),
    ...(await run(em, subject, matchExpression(NAME_COLUMNS, tokens), limit)),
  ];
  if (!rows.length) rows = await withTypos(em, subject, tokens, limit);
  const seen = new Set<string>();
  const items: SearchHit[] = [];
  for (const r of rows) {
    const id = `${r.kind}:${r.recordId}`;
    if (seen.has(id) || items.length >= limit) continue;
    seen.add(id);
    items.push({ id, kind: r.kind, recordId: r.recordId, name: displayName(r), detail: detailOf(r) });
  }
  return { items };
}
