// Side-by-side measurement: every contender runs once per round, and the order rotates by one each
// round, so no contender always runs first (cold) or last (after the others warmed the machine).

export interface Contender<T> {
  name: string;
  run: () => T | Promise<T>;
}

/** The order of round `r`: contenders rotated left by `r`. */
export function rotation<T>(items: readonly T[], round: number): T[] {
  const n = items.length;
  return items.map((_, i) => items[(i + round) % n] as T);
}

/**
 * Run `rounds` rounds; returns each contender's results in round order, so index i of every list
 * belongs to the same round and can be paired.
 */
export async function interleave<T>(
  rounds: number,
  contenders: readonly Contender<T>[],
  onRound?: (round: number, seconds: Map<string, number>) => void,
): Promise<Map<string, T[]>> {
  const results = new Map<string, T[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    const seconds = new Map<string, number>();
    for (const c of rotation(contenders, r)) {
      const t = process.hrtime.bigint();
      results.get(c.name)?.push(await c.run());
      seconds.set(c.name, Number(process.hrtime.bigint() - t) / 1e9);
    }
    onRound?.(r, seconds);
  }
  return results;
}

/** "round 2/5: aegis 3.1 s  plaintext 2.9 s" — progress so a long run shows it is alive. */
export function progress(
  label: string,
  rounds: number,
): (round: number, seconds: Map<string, number>) => void {
  return (round, seconds) => {
    const parts = [...seconds].map(([name, s]) => `${name} ${s.toFixed(1)} s`);
    console.log(`  ${label} round ${round + 1}/${rounds}: ${parts.join('  ')}`);
  };
}
