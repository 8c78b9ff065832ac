// The standard workload: realistic contact rows inserted in transactions, then (after a reopen, so
// the page cache starts cold) indexed point reads, a full scan and an aggregate. Each phase is timed
// and reported on its own, so the insert phase (fsync-bound) cannot hide the read phases.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { elapsedMs as ms } from './report';
import { applyKey, checkKey, describeCipher, openDatabase, type Variant } from './db';

export interface WorkloadSize {
  rows: number;
  /** Rows per transaction; every commit is an fsync under synchronous=FULL. */
  batch: number;
  pointReads: number;
  /** Read phases are cheap and noisier (GC, page cache), so each run repeats them after a reopen. */
  readPasses: number;
}

export const FULL_WORKLOAD: WorkloadSize = { rows: 50_000, batch: 500, pointReads: 10_000, readPasses: 3 };
export const QUICK_WORKLOAD: WorkloadSize = { rows: 5_000, batch: 500, pointReads: 1_000, readPasses: 1 };
const CASES = 500;

/** Written into every row; must be findable in the plaintext files and absent from encrypted ones. */
export const MARKER = 'WAYMARK-BENCH-MARKER-q7Zt';

export const PHASES = ['insert', 'pointReads', 'fullScan', 'aggregate'] as const;
export type Phase = (typeof PHASES)[number];

export function phaseLabel(phase: Phase, size: WorkloadSize): string {
  const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
  switch (phase) {
    case 'insert':
      return `insert ${k(size.rows)} (tx of ${size.batch}) + checkpoint`;
    case 'pointReads':
      return `${k(size.pointReads)} indexed point reads`;
    case 'fullScan':
      return 'full scan (all rows to JS)';
    case 'aggregate':
      return 'aggregate (GROUP BY month, kind)';
  }
}

/** Milliseconds per sample: one insert sample per run, `readPasses` samples for the other phases. */
export type PhaseSamples = Record<Phase, number[]>;

export interface RunChecks {
  cipherReport: string;
  /** Marker found in the main file after close / in the WAL right after the inserts. */
  markerInDb: boolean;
  markerInWal: boolean;
  /** File starts with the plaintext "SQLite format 3" header. */
  plainHeader: boolean;
  /** Encrypted only: a wrong key is refused, and the same key spelt in upper-case hex opens it. */
  wrongKeyRefused: boolean | null;
  rawKeyAccepted: boolean | null;
  pointReadPlan: string;
  rowsScanned: number;
}

export interface RunResult {
  samples: PhaseSamples;
  checks: RunChecks;
}

interface CaseRow {
  id: string;
  reference: string;
  openedOn: string;
}

interface ContactRow {
  id: string;
  caseId: string;
  occurredAt: string;
  kind: string;
  channel: string;
  author: string;
  summary: string;
  notes: string;
}

export interface Dataset {
  cases: CaseRow[];
  contacts: ContactRow[];
  /** Ids to look up, in a shuffled order (the same for every variant). */
  lookups: string[];
}

/** Small deterministic PRNG (mulberry32), so every variant writes identical rows. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'mentor visited family housing benefits appointment school enrolment english class doctor ' +
  'registration council tenancy landlord repair interpreter job centre bank account phone call ' +
  'follow up referral form deadline children health clinic transport bus pass budget advice ' +
  'volunteer meeting community library welcome shopping local area support plan review goals'
).split(' ');
const KINDS = ['visit', 'call', 'message', 'meeting', 'referral', 'note'];
const CHANNELS = ['in person', 'phone', 'video', 'text', 'email'];
const AUTHORS = ['A. Khan', 'B. Osei', 'C. Novak', 'D. Haddad', 'E. Murphy', 'F. Tesfaye', 'G. Silva'];

export function makeDataset(size: WorkloadSize, seed = 20240601): Dataset {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const hex = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(rnd() * 16).toString(16);
    return s;
  };
  const uuid = (): string =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const sentence = (min: number): string => {
    const words: string[] = [];
    let len = 0;
    while (len < min) {
      const w = pick(WORDS);
      words.push(w);
      len += w.length + 1;
    }
    return words.join(' ');
  };
  const start = Date.UTC(2022, 0, 1);
  const span = 3 * 365 * 86_400_000;
  const isoDate = (): string => new Date(start + Math.floor(rnd() * span)).toISOString().slice(0, 10);

  const cases: CaseRow[] = [];
  for (let i = 0; i < CASES; i++)
    cases.push({ id: uuid(), reference: `WM-${String(i + 1).padStart(5, '0')}`, openedOn: isoDate() });
  const contacts: ContactRow[] = [];
  for (let i = 0; i < size.rows; i++) {
    contacts.push({
      id: uuid(),
      caseId: (cases[Math.floor(rnd() * CASES)] as CaseRow).id,
      occurredAt: isoDate(),
      kind: pick(KINDS),
      channel: pick(CHANNELS),
      author: pick(AUTHORS),
      summary: sentence(40),
      // ~300 bytes of free text, with the marker inside.
      notes: `${sentence(130)} ${MARKER} ${sentence(130)}`,
    });
  }
  const lookups: string[] = [];
  for (let i = 0; i < size.pointReads; i++)
    lookups.push((contacts[Math.floor(rnd() * size.rows)] as ContactRow).id);
  return { cases, contacts, lookups };
}

const SCHEMA = `
CREATE TABLE case_file (
  id TEXT PRIMARY KEY NOT NULL,
  reference TEXT NOT NULL UNIQUE,
  opened_on TEXT NOT NULL
);
CREATE TABLE contact (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES case_file(id),
  occurred_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  channel TEXT NOT NULL,
  author TEXT NOT NULL,
  summary TEXT NOT NULL,
  notes TEXT NOT NULL
);
CREATE INDEX contact_case_date ON contact (case_id, occurred_at);
`;

const POINT_READ_SQL = 'SELECT * FROM contact WHERE id = ?';
const AGGREGATE_SQL = `
SELECT substr(occurred_at, 1, 7) AS month, kind, count(*) AS n, sum(length(notes)) AS note_bytes
FROM contact GROUP BY month, kind ORDER BY month, kind`;

function fileHas(file: string, needle: Buffer): boolean {
  return existsSync(file) && readFileSync(file).includes(needle);
}

function hasPlainHeader(file: string): boolean {
  return readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000';
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** One full pass of the workload for one variant, on a fresh file. */
export function runWorkload(
  file: string,
  variant: Variant,
  keyHex: string,
  data: Dataset,
  size: WorkloadSize,
): RunResult {
  removeDb(file);
  const marker = Buffer.from(MARKER, 'utf8');

  // Create (untimed): the same open path as the app, then the schema.
  let db = openDatabase(file, variant, keyHex);
  const cipherReport = describeCipher(db, variant);
  db.exec(SCHEMA);

  // Insert: all rows in transactions of `batch` (each commit is an fsync under synchronous=FULL).
  const insertCase = db.prepare('INSERT INTO case_file (id, reference, opened_on) VALUES (?, ?, ?)');
  const insertContact = db.prepare(
    `INSERT INTO contact (id, case_id, occurred_at, kind, channel, author, summary, notes)
     VALUES (@id, @caseId, @occurredAt, @kind, @channel, @author, @summary, @notes)`,
  );
  const insertBatch = db.transaction((rows: ContactRow[]) => {
    for (const r of rows) insertContact.run(r);
  });
  let t = process.hrtime.bigint();
  db.transaction(() => {
    for (const c of data.cases) insertCase.run(c.id, c.reference, c.openedOn);
  })();
  for (let i = 0; i < data.contacts.length; i += size.batch)
    insertBatch(data.contacts.slice(i, i + size.batch));
  let insert = ms(t);
  // Untimed: the WAL holds the latest committed pages; they must be encrypted too.
  const markerInWal = fileHas(`${file}-wal`, marker);
  t = process.hrtime.bigint();
  db.pragma('wal_checkpoint(TRUNCATE)');
  insert += ms(t);
  db.close();

  const markerInDb = fileHas(file, marker);
  const plainHeader = hasPlainHeader(file);

  // Reads: `readPasses` times, each after an (untimed) reopen so the page cache starts cold, as after
  // an unlock. The open itself is measured in the unlock section, at realistic database sizes.
  const samples: PhaseSamples = { insert: [insert], pointReads: [], fullScan: [], aggregate: [] };
  let pointReadPlan = '';
  let rowsScanned = 0;
  for (let pass = 0; pass < size.readPasses; pass++) {
    db = openDatabase(file, variant, keyHex);

    const get = db.prepare(POINT_READ_SQL);
    pointReadPlan = (db.prepare(`EXPLAIN QUERY PLAN ${POINT_READ_SQL}`).all('x') as { detail: string }[])
      .map((r) => r.detail)
      .join('; ');
    t = process.hrtime.bigint();
    let found = 0;
    for (const id of data.lookups) if (get.get(id) !== undefined) found++;
    samples.pointReads.push(ms(t));
    if (found !== data.lookups.length) throw new Error(`point reads found ${found}/${data.lookups.length}`);

    t = process.hrtime.bigint();
    rowsScanned = 0;
    let noteBytes = 0;
    for (const row of db.prepare('SELECT * FROM contact').iterate() as IterableIterator<ContactRow>) {
      rowsScanned++;
      noteBytes += row.notes.length;
    }
    samples.fullScan.push(ms(t));
    if (rowsScanned !== data.contacts.length || noteBytes === 0)
      throw new Error(`full scan saw ${rowsScanned} rows`);

    t = process.hrtime.bigint();
    const groups = db.prepare(AGGREGATE_SQL).all() as { n: number }[];
    samples.aggregate.push(ms(t));
    const total = groups.reduce((s, g) => s + g.n, 0);
    if (total !== data.contacts.length) throw new Error(`aggregate counted ${total} rows`);
    db.close();
  }

  let wrongKeyRefused: boolean | null = null;
  let rawKeyAccepted: boolean | null = null;
  if (variant.cipher) {
    wrongKeyRefused = !opens(
      file,
      variant,
      keyHex.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    );
    rawKeyAccepted = opens(file, variant, keyHex.toUpperCase());
  }
  removeDb(file);

  return {
    samples,
    checks: {
      cipherReport,
      markerInDb,
      markerInWal,
      plainHeader,
      wrongKeyRefused,
      rawKeyAccepted,
      pointReadPlan,
      rowsScanned,
    },
  };
}

/** Whether `file` opens and passes the check with this key (read-only probe, no pragmas). */
function opens(file: string, variant: Variant, keyHex: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (variant.cipher) applyKey(db, variant.cipher, keyHex, variant.schemePragmas);
    checkKey(db);
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
