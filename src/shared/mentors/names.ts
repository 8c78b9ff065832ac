/**
 * Finding the same person typed another way: "Zoë  O'Brien" and "zoe o'brien" share one key, and
 * "Jon Smith" is close to "John Smith". Pure, so the core's duplicate check and its tests agree.
 */

/** Lower case, accents removed, runs of spaces made single, ends trimmed. */
export function nameKey(...parts: readonly string[]): string {
  return parts.join(' ').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Jaro–Winkler similarity from 0 (nothing alike) to 1 (the same); kind to typos near the end. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Names this close are offered as possibly the same person (tested on typical typos). */
export const SIMILAR_NAME_THRESHOLD = 0.92;

export const namesLookAlike = (a: string, b: string): boolean =>
  nameSimilarity(a, b) >= SIMILAR_NAME_THRESHOLD;
