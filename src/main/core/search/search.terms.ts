/**
 * Turning what someone typed into an FTS5 query, and the typo help. Pure functions: no database.
 */

/** Lower case without accents, as the index's `unicode61 remove_diacritics 2` tokenizer stores words. */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The words of a query: letters and digits only (so nothing typed can be FTS5 syntax). */
export const tokensOf = (query: string): string[] =>
  fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const quoted = (token: string) => `"${token}"`;

/**
 * Every word must match; each as a prefix, since the person is still typing. `last` replaces the
 * final word with a choice of exact words (the typo fallback's candidates).
 */
export function matchExpression(
  columns: string,
  tokens: readonly string[],
  last?: readonly string[],
): string {
  const head = (last ? tokens.slice(0, -1) : tokens).map((t) => `${quoted(t)}*`);
  const tail = last ? [`(${last.map(quoted).join(' OR ')})`] : [];
  return `{${columns}} : (${[...head, ...tail].join(' AND ')})`;
}

/** Damerau–Levenshtein distance (with adjacent swaps), stopping early once over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many slips a word may have: none under three letters, two from seven. */
export const allowedSlips = (token: string): number => (token.length < 3 ? 0 : token.length < 7 ? 1 : 2);

/**
 * The index's words that the typed word could be a slip for: close to the whole word, or to its
 * start (the person may not have finished typing). `terms` share the typed word's first letter.
 */
export function typoCandidates(token: string, terms: readonly string[], max = 12): string[] {
  const slips = allowedSlips(token);
  if (!slips) return [];
  const scored: { term: string; d: number }[] = [];
  for (const term of terms) {
    if (term === token) continue;
    const whole = editDistance(token, term, slips);
    const start =
      term.length > token.length ? editDistance(token, term.slice(0, token.length), slips) : whole;
    const d = Math.min(whole, start);
    if (d <= slips) scored.push({ term, d });
  }
  return scored
    .sort((x, y) => x.d - y.d || x.term.length - y.term.length)
    .slice(0, max)
    .map((s) => s.term);
}
