import { SMALL_NUMBER_THRESHOLD } from '../../../shared/mentors/equality';

/**
 * Small-number suppression for aggregate figures about people (standard 9; the regional rule of
 * "counts under 5 are hidden"): a count from 1 to threshold − 1 could point at one person, so it is
 * withheld (null, shown as "fewer than 5"). Zero is kept: it says nobody, which points at nobody.
 */
export function suppressSmall(count: number, threshold: number = SMALL_NUMBER_THRESHOLD): number | null {
  return count > 0 && count < threshold ? null : count;
}

/** A whole percentage of `part` in `whole`, or null when the part itself is withheld or there is no whole. */
export function suppressedPercent(
  part: number,
  whole: number,
  threshold: number = SMALL_NUMBER_THRESHOLD,
): number | null {
  if (whole === 0) return null;
  // A share is withheld with its count; "everyone but fewer than 5" would give the small count away too.
  if (suppressSmall(part, threshold) === null || suppressSmall(whole - part, threshold) === null) return null;
  return Math.round((part / whole) * 100);
}

/** The exact percentage (co-ordinators' view). */
export const exactPercent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 100);

/** Why a cell of a breakdown is not shown: its own small number, or to protect another's. */
export type HiddenReason = 'small' | 'secondary';

/**
 * Suppress a breakdown whose total is shown. Hiding one small cell alone is not enough: the total
 * minus the visible cells gives it back. So when exactly one cell is hidden, the smallest other
 * non-zero cell is hidden with it (secondary suppression), and says so rather than "fewer than 5".
 */
export function suppressBreakdown(
  counts: readonly number[],
  threshold: number = SMALL_NUMBER_THRESHOLD,
): { count: number | null; hidden: HiddenReason | null }[] {
  const out = counts.map((c) => {
    const count = suppressSmall(c, threshold);
    return { count, hidden: count === null ? ('small' as HiddenReason) : null };
  });
  if (out.filter((c) => c.hidden).length !== 1) return out;
  let partner = -1;
  counts.forEach((c, i) => {
    if (!out[i]!.hidden && c > 0 && (partner === -1 || c < counts[partner]!)) partner = i;
  });
  if (partner !== -1) out[partner] = { count: null, hidden: 'secondary' };
  return out;
}
