// Section a: plaintext vs aegis vs chacha20 vs sqlcipher on the standard workload. Every phase is
// reported on its own as min / median / max over rounds, with the ratio to plaintext taken per
// round from the side-by-side pair. There is no summed "overall" (the fsync-bound inserts would
// dominate it); the one summary figure is the geometric mean of the four phase ratios.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { VARIANTS } from './db';
import { interleave, progress } from './rounds';
import { fmtMs, fmtRatio, geomean, median, pairRatios, spread, spreadCells, table } from './report';
import {
  makeDataset,
  phaseLabel,
  PHASES,
  runWorkload,
  type Phase,
  type RunResult,
  type WorkloadSize,
} from './workload';

/** Goal from the issue: encrypted within 1.3× plaintext. */
export const CIPHER_GOAL = 1.3;

export interface CipherOptions {
  dir: string;
  rounds: number;
  size: WorkloadSize;
}

function yesNo(b: boolean | null): string {
  return b === null ? 'n/a' : b ? 'yes' : 'NO';
}

/** Returns false when a check failed (marker leaked, wrong key accepted, ...). */
export async function cipherSection({ dir, rounds, size }: CipherOptions): Promise<boolean> {
  const file = join(dir, 'workload.db');
  const keyHex = randomBytes(32).toString('hex');
  const data = makeDataset(size);
  console.log(
    `\n## a. Cipher: ${size.rows} inserts in tx of ${size.batch}, ${size.pointReads} point reads, full scan, ` +
      `aggregate; ${rounds} rounds, order rotated each round; read phases ${size.readPasses}× per run ` +
      '(median per run)\n',
  );

  // Warm-up (untimed, small): JIT, the native module and every cipher's code path.
  const warmSize: WorkloadSize = {
    ...size,
    rows: Math.min(size.rows, 2_000),
    pointReads: 200,
    readPasses: 1,
  };
  const warmData = makeDataset(warmSize);
  for (const v of VARIANTS) runWorkload(file, v, keyHex, warmData, warmSize);

  const runs = await interleave<RunResult>(
    rounds,
    VARIANTS.map((v) => ({ name: v.name, run: () => runWorkload(file, v, keyHex, data, size) })),
    progress('cipher', rounds),
  );

  /** One figure per round for this variant and phase (the median of that run's passes). */
  const perRound = (name: string, phase: Phase): number[] =>
    (runs.get(name) ?? []).map((r) => median(r.samples[phase]));
  const ratiosOf = (name: string, phase: Phase): number[] =>
    pairRatios(perRound(name, phase), perRound('plaintext', phase));
  const encrypted = VARIANTS.filter((v) => v.cipher);

  const rows: string[][] = [];
  for (const p of PHASES) {
    for (const v of VARIANTS) {
      const time = spreadCells(spread(perRound(v.name, p)), fmtMs);
      const ratio = v.cipher ? spreadCells(spread(ratiosOf(v.name, p)), fmtRatio) : ['', '1.00×', ''];
      rows.push([v === VARIANTS[0] ? phaseLabel(p, size) : '', v.name, ...time, ...ratio]);
    }
  }
  const geo = new Map(
    encrypted.map((v) => {
      const perRoundGeo = (runs.get(v.name) ?? []).map((_, r) =>
        geomean(PHASES.map((p) => ratiosOf(v.name, p)[r] as number)),
      );
      return [v.name, spread(perRoundGeo)] as const;
    }),
  );
  for (const v of encrypted) {
    rows.push([
      v === encrypted[0] ? 'geometric mean of the 4 phase ratios' : '',
      v.name,
      '',
      '',
      '',
      ...spreadCells(geo.get(v.name)!, fmtRatio),
    ]);
  }
  console.log(
    table(['phase', 'variant', 'min', 'median', 'max', 'ratio min', 'ratio median', 'ratio max'], rows, 2),
  );
  console.log('\nRatios are variant ÷ plaintext within the same round, then min / median / max over rounds.');

  console.log(`\nAgainst the goal (≤ ${CIPHER_GOAL}× plaintext), by median ratio per phase:`);
  for (const v of encrypted) {
    const misses = PHASES.filter((p) => median(ratiosOf(v.name, p)) > CIPHER_GOAL);
    const maxMisses = PHASES.filter((p) => Math.max(...ratiosOf(v.name, p)) > CIPHER_GOAL);
    const verdict = misses.length ? `misses on ${misses.join(', ')}` : 'meets it on every phase';
    const edge =
      maxMisses.length && !misses.length ? ` (but some rounds went over on ${maxMisses.join(', ')})` : '';
    console.log(
      `  ${v.name.padEnd(9)} ${verdict}${edge}; geometric mean ${fmtRatio(geo.get(v.name)!.median)}`,
    );
  }

  console.log('\nChecks (every round):');
  let allOk = true;
  for (const v of VARIANTS) {
    const rs = runs.get(v.name) ?? [];
    const c = rs[0]?.checks;
    if (!c) continue;
    const all = (f: (x: RunResult) => boolean | null): boolean | null =>
      rs.every((x) => f(x) === null) ? null : rs.every((x) => f(x) === true);
    const markerSeen = rs.some((x) => x.checks.markerInDb || x.checks.markerInWal);
    const header = rs.some((x) => x.checks.plainHeader);
    const ok = v.cipher
      ? !markerSeen &&
        !header &&
        all((x) => x.checks.wrongKeyRefused) === true &&
        all((x) => x.checks.rawKeyAccepted) === true
      : markerSeen && header;
    console.log(
      `  ${ok ? 'PASS' : 'FAIL'} ${v.name.padEnd(9)} ${c.cipherReport}; marker in db/WAL: ${markerSeen ? 'found' : 'absent'}` +
        `; plaintext header: ${header ? 'yes' : 'no'}; wrong key refused: ${yesNo(all((x) => x.checks.wrongKeyRefused))}` +
        `; raw key (upper-case hex opens): ${yesNo(all((x) => x.checks.rawKeyAccepted))}`,
    );
    allOk &&= ok;
  }
  console.log(`  point-read plan: ${runs.get('plaintext')?.[0]?.checks.pointReadPlan ?? '?'}`);
  return allOk;
}
