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
 * One pass over the index's hits, each joined by integer key to its own kind's row under that
 * kind's visibility condition: hits the caller may not see never leave the database. The index's
 * rowid is the source row's rowid times four plus the kind (migration 010). A kind the caller
 * cannot see at all is not joined. Ranked queries are best (lowest bm25) first; a one- to
 * three-letter word is answered unranked, in index order, so the scan stops at the first `limit`
 * visible people instead of ranking thousands (ranking by so little says nothing anyway).
 */
function scopedSql(subject: ScopeSubject, ranked: boolean): { sql: string; params: unknown[] } {
  const kinds = [
    {
      kind: 'mentee',
      alias: 'me',
      scope: menteeScope,
      name: ['me.first_name', 'me.last_name', 'me.preferred_name'],
      detail: 'me.reference',
    },
    {
      kind: 'mentor',
      alias: 'mo',
      scope: mentorScope,
      name: ['mo.first_name', 'mo.last_name', 'mo.preferred_name'],
      detail: 'mo.stage',
    },
    { kind: 'staff', alias: 'a', scope: staffScope, name: ['a.display_name', "''", "''"], detail: 'a.roles' },
  ] as const;
  const table = { mentee: 'mentee', mentor: 'mentor', staff: 'account' } as const;
  const joins: string[] = [];
  const params: unknown[] = [];
  const seen: (typeof kinds)[number][] = [];
  for (const k of kinds) {
    const visible = k.scope.visibleSql!(subject, k.alias);
    if (visible.sql === '0 = 1') continue;
    joins.push(
      `LEFT JOIN ${table[k.kind]} ${k.alias} ON h.kind = '${k.kind}' AND ${k.alias}.rowid = h.rowid >> 2 AND (${visible.sql})`,
    );
    params.push(...visible.params);
    seen.push(k);
  }
  if (!seen.length) return { sql: '', params };
  const pick = (exprs: string[]) => (exprs.length === 1 ? exprs[0]! : `coalesce(${exprs.join(', ')})`);
  const sql = `
    SELECT h.kind AS kind, ${pick(seen.map((k) => `${k.alias}.id`))} AS recordId,
      ${pick(seen.map((k) => k.name[0]))} AS firstName, ${pick(seen.map((k) => k.name[1]))} AS lastName,
      ${pick(seen.map((k) => k.name[2]))} AS preferredName, ${pick(seen.map((k) => k.detail))} AS detail,
      ${ranked ? 'h.rank' : '0'} AS rank
    FROM person_search h
    ${joins.join('\n    ')}
    WHERE person_search MATCH ? AND ${pick(seen.map((k) => `${k.alias}.id`))} IS NOT NULL
    ${ranked ? 'ORDER BY h.rank' : ''} LIMIT ?`;
  return { sql, params };
}

async function run(
  em: EntityManager,
  subject: ScopeSubject,
  match: string,
  limit: number,
  ranked = true,
): Promise<HitRow[]> {
  const { sql, params } = scopedSql(subject, ranked);
  if (!sql) return [];
  return (await em.query(sql, [...params, match, limit])) as HitRow[];
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

/** A single word of at most three letters: answered from the prefix index, unranked. */
const isShort = (tokens: readonly string[]) => tokens.length === 1 && tokens[0]!.length <= 3;

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
    ...(await run(em, subject, matchExpression(NAME_COLUMNS, tokens), limit, !isShort(tokens))),
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
