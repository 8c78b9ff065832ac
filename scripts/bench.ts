// `npm run bench`: encrypted vs plaintext SQLite on the standard workload, and unlock time.
// Variants run side by side in one process, interleaved in rotating order each round; the tables show
// the median per phase and the ratio to plaintext. See BENCHMARKS.md for recorded figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { libraryVersions, PRODUCTION_PRAGMAS, VARIANTS, type Variant } from './bench/db';
import {
  BATCH,
  makeDataset,
  READ_PASSES,
  PHASE_LABELS,
  PHASES,
  POINT_READS,
  ROWS,
  runWorkload,
  type Dataset,
  type RunResult,
} from './bench/workload';
import { benchUnlock, KDF } from './bench/unlock';
import { benchCoreUnlock } from './bench/core-unlock';
import { fmtMs, fmtRatio, geomean, median, table } from './bench/report';

const ROUNDS = 5;
const UNLOCK_ROUNDS = 5;
/** Goal from the issue: encrypted within 1.3× plaintext overall. */
const GOAL = 1.3;
/** Overall ratios closer than this are treated as a tie (run-to-run noise on a small VM). */
const NOISE = 0.05;

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

function sliceDataset(data: Dataset, rows: number): Dataset {
  const contacts = data.contacts.slice(0, rows);
  return { cases: data.cases, contacts, lookups: contacts.slice(0, rows / 5).map((c) => c.id) };
}

function yesNo(b: boolean | null): string {
  return b === null ? 'n/a' : b ? 'yes' : 'NO';
}

async function main(): Promise<void> {
  const started = Date.now();
  const versions = libraryVersions();
  console.log('Waymark bench: encrypted vs plaintext SQLite, and unlock time');
  console.log(`machine: ${cpus().length} cores, ${cpuModel()}, node ${process.version}, ${process.platform}`);
  console.log(`library: ${versions.sqlite3mc}, SQLite ${versions.sqlite}`);
  console.log(`pragmas (all variants): ${PRODUCTION_PRAGMAS.join(', ')}; key as raw x'<64 hex>'`);
  console.log(
    `workload: ${ROWS} inserts in tx of ${BATCH}, ${POINT_READS} indexed point reads, full scan, aggregate; ` +
      `${ROUNDS} rounds, order rotated each round, read phases ${READ_PASSES}× per round after a reopen; ` +
      'median per phase',
  );

  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    const data = makeDataset();
    const keyHex = randomBytes(32).toString('hex');
    const file = join(dir, 'workload.db');

    // Warm-up (untimed, small): JIT, the native module and the cipher code paths of every variant.
    const warm = sliceDataset(data, 5_000);
    for (const v of VARIANTS) runWorkload(file, v, keyHex, warm);

    const runs = new Map<string, RunResult[]>(VARIANTS.map((v) => [v.name, []]));
    for (let r = 0; r < ROUNDS; r++) {
      const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length] as Variant);
      process.stdout.write(`round ${r + 1}/${ROUNDS}: `);
      for (const v of order) {
        const t = Date.now();
        runs.get(v.name)?.push(runWorkload(file, v, keyHex, data));
        process.stdout.write(`${v.name} ${((Date.now() - t) / 1000).toFixed(1)} s  `);
      }
      process.stdout.write('\n');
    }

    // Medians per phase; "overall" is the sum of the phase medians.
    const med = new Map<string, Record<string, number>>();
    for (const v of VARIANTS) {
      const rs = runs.get(v.name) ?? [];
      const m: Record<string, number> = {};
      for (const p of PHASES) m[p] = median(rs.flatMap((x) => x.samples[p]));
      m.overall = PHASES.reduce((s, p) => s + (m[p] ?? 0), 0);
      med.set(v.name, m);
    }
    const base = med.get('plaintext') ?? {};
    const ratio = (name: string, key: string): number => (med.get(name)?.[key] ?? NaN) / (base[key] ?? NaN);
    const encrypted = VARIANTS.filter((v) => v.cipher);

    console.log('\nWorkload: median time per phase (ratio to plaintext)\n');
    const rows = PHASES.map((p) => [
      PHASE_LABELS[p],
      ...VARIANTS.map((v) =>
        v.cipher
          ? `${fmtMs(med.get(v.name)?.[p] ?? NaN)} (${fmtRatio(ratio(v.name, p))})`
          : fmtMs(base[p] ?? NaN),
      ),
    ]);
    rows.push([
      '**overall** (sum of phase medians)',
      ...VARIANTS.map((v) =>
        v.cipher
          ? `**${fmtMs(med.get(v.name)?.overall ?? NaN)} (${fmtRatio(ratio(v.name, 'overall'))})**`
          : `**${fmtMs(base.overall ?? NaN)}**`,
      ),
    ]);
    rows.push([
      'geometric mean of phase ratios',
      ...VARIANTS.map((v) => (v.cipher ? fmtRatio(geomean(PHASES.map((p) => ratio(v.name, p)))) : '1.00×')),
    ]);
    rows.push([
      'overall per round, min – max',
      ...VARIANTS.map((v) => {
        const totals = (runs.get(v.name) ?? []).map((x) =>
          PHASES.reduce((s, p) => s + median(x.samples[p]), 0),
        );
        return `${fmtMs(Math.min(...totals))} – ${fmtMs(Math.max(...totals))}`;
      }),
    ]);
    console.log(table(['phase', ...VARIANTS.map((v) => v.name)], rows));

    console.log('\nChecks (every round):');
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
          all((x) => x.checks.wrongKeyRefused) &&
          all((x) => x.checks.rawKeyAccepted)
        : markerSeen && header;
      console.log(
        `  ${ok ? 'PASS' : 'FAIL'} ${v.name.padEnd(9)} ${c.cipherReport}; marker in db/WAL: ${markerSeen ? 'found' : 'absent'}` +
          `; plaintext header: ${header ? 'yes' : 'no'}; wrong key refused: ${yesNo(all((x) => x.checks.wrongKeyRefused))}` +
          `; raw key (upper-case hex opens): ${yesNo(all((x) => x.checks.rawKeyAccepted))}`,
      );
      if (!ok) process.exitCode = 1;
    }
    const plan = runs.get('plaintext')?.[0]?.checks.pointReadPlan ?? '?';
    console.log(`  point-read plan: ${plan}`);

    // Unlock.
    console.log(
      `\nUnlock: Argon2id (opslimit ${KDF.opslimit}, memlimit ${KDF.memlimit / 1024 / 1024} MiB) + XChaCha20-Poly1305 ` +
        `unwrap + open/key/check/pragmas; median of ${UNLOCK_ROUNDS}\n`,
    );
    const unlock = await benchUnlock(dir, encrypted, UNLOCK_ROUNDS);
    const urows = encrypted.map((v) => {
      const rs = unlock.get(v.name) ?? [];
      const kdf = median(rs.map((x) => x.kdf));
      const open = median(rs.map((x) => x.open));
      return [
        v.name,
        fmtMs(kdf),
        fmtMs(median(rs.map((x) => x.unwrap))),
        fmtMs(open),
        fmtMs(median(rs.map((x) => x.total))),
        `${(kdf / open).toFixed(0)} : 1`,
      ];
    });
    console.log(table(['scheme', 'KDF', 'unwrap', 'open + key + check', 'total', 'KDF : open'], urows));

    // The same unlock through the real core, against the bare steps above (aegis).
    const bare = median((unlock.get('aegis') ?? []).map((x) => x.total));
    const core = await benchCoreUnlock(dir, UNLOCK_ROUNDS, 2000);
    console.log(
      `\nUnlock through the real core (vault.unlock via the dispatcher; median of ${UNLOCK_ROUNDS})\n`,
    );
    console.log(
      table(
        ['vault', 'database size', 'unlock', 'vs bare steps'],
        core.map((c) => [
          c.label,
          `${(c.dbBytes / 1024).toFixed(0)} KiB`,
          fmtMs(median(c.times)),
          fmtRatio(median(c.times) / bare),
        ]),
      ),
    );

    // Verdict.
    console.log('\nVerdict (goal: ≤ 1.3× plaintext overall):');
    const meeting = encrypted.filter((v) => ratio(v.name, 'overall') <= GOAL);
    for (const v of encrypted) {
      const r = ratio(v.name, 'overall');
      console.log(`  ${v.name.padEnd(9)} ${fmtRatio(r)} ${r <= GOAL ? 'meets the goal' : 'misses the goal'}`);
    }
    const ranked = [...meeting].sort((a, b) => ratio(a.name, 'overall') - ratio(b.name, 'overall'));
    const best = ranked[0];
    if (best) {
      const next = ranked[1];
      const tie =
        next && ratio(next.name, 'overall') - ratio(best.name, 'overall') < NOISE
          ? ` (${next.name} is within ${NOISE * 100}%: treat as a tie, decide on the read phases)`
          : '';
      console.log(`  chosen by these figures: ${best.name}${tie}`);
    } else {
      console.log('  no scheme meets the goal on this run');
      process.exitCode = 1;
    }
    console.log(`\ntotal bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
