// `npm run bench`: three side-by-side measurements, each reported as min / median / max over
// rounds, with every ratio taken per round from the pair that ran together:
//   a. the page cipher (plaintext, aegis, chacha20, sqlcipher), phase by phase;
//   b. unlock at scale: the app's real unlock on a ~500 MiB database vs the bare minimum;
//   c. one call through the core's pipeline vs the same SQL on a raw handle.
// Further sections (mentors … service) measure each area's hot paths at full size.
// `npm run bench -- --quick` is a smoke run (small sizes, few rounds; its figures mean little).
// `--only=cipher,unlock,call` runs some sections. See BENCHMARKS.md for recorded figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { libraryVersions, PRODUCTION_PRAGMAS } from './bench/db';
import { cipherSection } from './bench/cipher-section';
import { FULL_WORKLOAD, QUICK_WORKLOAD } from './bench/workload';

const SECTIONS = [
  'cipher',
  'unlock',
  'call',
  'mentors',
  'mentees',
  'search',
  'workqueue',
  'suggestions',
  'documents',
  'service',
] as const;
type Section = (typeof SECTIONS)[number];

const MiB = 1024 * 1024;
const FULL = {
  cipher: { rounds: 7, size: FULL_WORKLOAD },
  unlock: { rounds: 11, targetBytes: 500 * MiB },
  call: { rounds: 9, reads: 2000, writes: 100 },
  mentors: { rounds: 7 },
  mentees: { rounds: 7 },
  search: { rounds: 7, people: 100_000 },
  workqueue: { rounds: 7 },
  suggestions: { rounds: 9 },
  documents: { rounds: 9 },
  service: { rounds: 7 },
};
const QUICK = {
  cipher: { rounds: 2, size: QUICK_WORKLOAD },
  unlock: { rounds: 2, targetBytes: 24 * MiB },
  call: { rounds: 3, reads: 200, writes: 10 },
  mentors: { rounds: 2 },
  mentees: { rounds: 2 },
  search: { rounds: 2, people: 10_000 },
  workqueue: { rounds: 2 },
  suggestions: { rounds: 3 },
  documents: { rounds: 2 },
  service: { rounds: 2 },
};

function parseArgs(argv: string[]): { quick: boolean; only: Set<Section> } {
  let quick = false;
  let only = new Set<Section>(SECTIONS);
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg.startsWith('--only=')) {
      const names = arg.slice('--only='.length).split(',');
      for (const n of names)
        if (!SECTIONS.includes(n as Section))
          throw new Error(`unknown section ${n} (${SECTIONS.join(', ')})`);
      only = new Set(names as Section[]);
    } else throw new Error(`unknown argument ${arg} (use --quick, --only=${SECTIONS.join(',')})`);
  }
  return { quick, only };
}

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

/** Which core was measured: the commit, and whether src/main/core had uncommitted changes. */
function coreRevision(): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src/main/core', 'src/shared') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in src/main/core or src/shared' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const plan = quick ? QUICK : FULL;
  const started = Date.now();
  const versions = libraryVersions();
  console.log(`# Waymark bench${quick ? ' (--quick: smoke run, figures not meaningful)' : ''}`);
  console.log(
    `machine: ${cpus().length} cores, ${cpuModel()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ` +
      `node ${process.version}, ${process.platform}`,
  );
  console.log(`library: ${versions.sqlite3mc}, SQLite ${versions.sqlite}`);
  console.log(`code: ${coreRevision()}`);
  // Other work on the machine is the main source of spread; the load shows how busy it was.
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`pragmas (every raw connection): ${PRODUCTION_PRAGMAS.join(', ')}; key as raw x'<64 hex>'`);
  console.log('every figure: min / median / max over rounds; ratios per round from the side-by-side pair');

  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    if (only.has('cipher') && !(await cipherSection({ dir, ...plan.cipher }))) process.exitCode = 1;
    // Loaded only when run: these import the core, and `--only=cipher` should work without it.
    if (only.has('unlock')) {
      const { unlockSection } = await import('./bench/unlock-section');
      await unlockSection({ dir, ...plan.unlock });
    }
    if (only.has('call')) {
      const { callSection } = await import('./bench/call-section');
      await callSection({ dir, ...plan.call });
    }
    if (only.has('mentors')) {
      const { mentorsSection } = await import('./bench/mentors-section');
      await mentorsSection({ dir, ...plan.mentors });
    }
    if (only.has('search')) {
      const { searchSection } = await import('./bench/search-section');
      await searchSection({ dir, ...plan.search });
    }
    if (only.has('mentees')) {
      const { menteesSection } = await import('./bench/mentees-section');
      await menteesSection({ dir, ...plan.mentees });
    }
    if (only.has('workqueue')) {
      const { workqueueSection } = await import('./bench/workqueue-section');
      await workqueueSection({ dir, ...plan.workqueue });
    }
    if (only.has('suggestions')) {
      const { suggestionsSection } = await import('./bench/suggestions-section');
      await suggestionsSection({ dir, ...plan.suggestions });
    }
    if (only.has('documents')) {
      const { documentsSection } = await import('./bench/documents-section');
      await documentsSection({ dir, ...plan.documents });
    }
    if (only.has('service')) {
      const { serviceSection } = await import('./bench/service-section');
      await serviceSection({ dir, ...plan.service });
    }
  } finally {
    cleanup();
  }
  console.log(
    `\nload average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`total bench time ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
