// Section s: find anyone fast, with 100,000 searchable people (20,000 mentees, 200 staff, the rest
// mentors), each keystroke of a name typed into the header box timed on a plaintext and an
// encrypted copy of the same rows, side by side, and through the core (the whole pipeline).
//   keystroke: "sa", "sam", … "sampleford", one query each, as the box asks (the app's search);
//   typo:      "samplefrod", which finds nothing exactly and falls back to the index's vocabulary;
//   prison no: a prison number's first characters (a co-ordinator sees every mentee in full).
// The tokenizer choice: the same rows in an FTS5 `trigram` table beside the app's `unicode61
// remove_diacritics 2` + `prefix='2 3'` index, the bare MATCH timed for both, and their sizes.
// Goal from issue 9: under 20 ms per keystroke.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import type { Core } from '../../src/main/core';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { searchPeople } from '../../src/main/core/search/search.queries';
import { BENCH_ACCOUNT as ACCOUNT, benchCore, must, waitForIntegrityCheck } from './core-session';
import { applyProductionPragmas, openDatabase, toHex, variantFor, type Variant } from './db';
import { interleave, progress } from './rounds';
import { elapsedMs, fmtMs, fmtRatio, pairRatios, spread, spreadCells, table } from './report';
import { accountSlot, forget, unwrapDataKey } from './vault-key';
import { prng } from './workload';

const FAST_KDF = { kdf: { opslimit: 1, memlimit: 8192 }, allowWeakKdf: true } as const;
const GOAL_MS = 20;
const TYPED = 'sampleford';
const KEYSTROKES = Array.from({ length: TYPED.length - 1 }, (_, i) => TYPED.slice(0, i + 2));
const TYPO = 'samplefrod';
const PRISON_PREFIX = 'A1234';

export interface SearchOptions {
  dir: string;
  rounds: number;
  people: number;
}

/** As in the mentors section: the query functions use only `em.query`, a prepared statement here. */
function rawManager(db: Database.Database): EntityManager {
  const query = async (sql: string, params: unknown[] = []) => {
    const statement = db.prepare(sql);
    return statement.reader ? statement.all(...params) : statement.run(...params);
  };
  return { query } as unknown as EntityManager;
}

// Made-up names from syllables: tens of thousands of distinct surnames, some with accents.
const STARTS = [
  'Ab',
  'Bel',
  'Cor',
  'Dun',
  'El',
  'Far',
  'Gil',
  'Har',
  'Ish',
  'Jen',
  'Kel',
  'Lor',
  'Mar',
  'Nor',
  'Os',
  'Pen',
  'Quin',
  'Ros',
  'Sam',
  'Tal',
  'Ul',
  'Ven',
  'Wes',
  'Yar',
  'Zo',
];
const MIDDLES = [
  'ble',
  'ca',
  'di',
  'fen',
  'ga',
  'hol',
  'ing',
  'ker',
  'lan',
  'mo',
  'nes',
  'pe',
  'ri',
  'so',
  'tor',
  'vi',
  'wy',
  'é',
  'ë',
];
const ENDS = [
  'by',
  'don',
  'field',
  'ford',
  'ham',
  'ley',
  'more',
  'son',
  'ston',
  'ton',
  'well',
  'worth',
  'ers',
  'in',
];
const FIRSTS = [
  'Ada',
  'Bilal',
  'Carys',
  'Dev',
  'Elin',
  'Femi',
  'Gwen',
  'Hamza',
  'Isla',
  'Jonah',
  'Kemi',
  'Liam',
  'Maya',
  'Niamh',
  'Omar',
  'Priya',
  'Rhys',
  'Siân',
  'Tomasz',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zoë',
  'José',
  'Chloé',
  'Aled',
  'Bronwen',
  'Callum',
  'Dafydd',
];

function seedPeople(
  db: Database.Database,
  people: number,
): { mentees: number; mentors: number; staff: number } {
  const random = prng(9);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const surname = () => pick(STARTS) + pick(MIDDLES) + pick(ENDS);
  const mentees = Math.round(people * 0.2);
  const staff = Math.max(10, Math.round(people * 0.002));
  const mentors = people - mentees - staff;
  const now = '2026-01-01T00:00:00.000Z';
  const mentee = db.prepare(
    `INSERT INTO mentee (id, first_name, last_name, preferred_name, name_key, reference, stage, stage_since, gender,
       address_on_release, home_area, employment_status, family_background, prison_number, custody_status,
       case_manager_name, case_manager_contact, interests, adaptations, notes, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, 'referred', '2026-01-01', '', '', '', 'not_known', '', ?, 'sentenced', '', '', '[]', '', '', ?, ?)`,
  );
  const mentor = db.prepare(
    `INSERT INTO mentor (id, first_name, last_name, preferred_name, name_key, stage, stage_since, email, phone,
       address_line1, address_line2, town, postcode, enquiry_date, heard_via, motivation, hopes, employment_status,
       interests, skills, languages, availability, availability_notes, travel_area, hard_to_work_with, notes,
       created_at, updated_at)
     VALUES (?, ?, ?, '', ?, 'ready', '2026-01-01', '', '', '', '', '', '', '2026-01-01', 'Leaflet', '', '', 'not_known',
       '[]', '[]', '[]', '[]', '', '', '', '', ?, ?)`,
  );
  const account = db.prepare(
    `INSERT INTO account (id, username, display_name, roles, disabled, must_change_passphrase, created_at, updated_at)
     VALUES (?, ?, ?, '["caseworker"]', 0, 0, ?, ?)`,
  );
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  db.transaction(() => {
    for (let i = 0; i < mentees; i++) {
      const [first, last] = [pick(FIRSTS), surname()];
      const number = `${String.fromCharCode(65 + (i % 26))}${String(1000 + (i % 9000))}${String.fromCharCode(65 + ((i >> 3) % 26))}${String.fromCharCode(65 + ((i >> 5) % 26))}`;
      mentee.run(
        `00000000-0000-4000-8000-${hex(i)}`,
        first,
        last,
        `${first} ${last}`.toLowerCase(),
        `M-2026-${String(i).padStart(5, '0')}`,
        number,
        now,
        now,
      );
    }
    for (let i = 0; i < mentors; i++) {
      const [first, last] = [pick(FIRSTS), surname()];
      mentor.run(
        `00000000-0000-4000-9000-${hex(i)}`,
        first,
        last,
        `${first} ${last}`.toLowerCase(),
        now,
        now,
      );
    }
    for (let i = 0; i < staff; i++)
      account.run(`00000000-0000-4000-a000-${hex(i)}`, `staff${i}`, `${pick(FIRSTS)} ${surname()}`, now, now);
    // The person typed in the keystroke rows, so the last keystrokes still find someone.
    mentee.run(
      '00000000-0000-4000-b000-000000000001',
      'Nia',
      'Sampleford',
      'nia sampleford',
      'M-2026-X0001',
      'A1234XY',
      now,
      now,
    );
  })();
  return { mentees: mentees + 1, mentors, staff };
}

/** The same rows under the other tokenizer, for the comparison (never in the app's database). */
function addTrigramCopy(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE bench_trigram USING fts5(kind UNINDEXED, record_id UNINDEXED, name, reference,
    prison_number, tokenize = 'trigram remove_diacritics 1');
    INSERT INTO bench_trigram (rowid, kind, record_id, name, reference, prison_number)
      SELECT rowid, kind, record_id, name, reference, prison_number FROM person_search;`);
}

/** The bare index lookups, 8 best: word prefixes vs trigrams (which cannot use the index below 3). */
function bareMatch(db: Database.Database, tokenizer: 'unicode61' | 'trigram', q: string): unknown[] {
  if (tokenizer === 'unicode61')
    return db
      .prepare(`SELECT record_id FROM person_search WHERE person_search MATCH ? ORDER BY rank LIMIT 8`)
      .all(`{name reference} : "${q}"*`);
  if (q.length < 3)
    return db.prepare(`SELECT record_id FROM bench_trigram WHERE name LIKE ? LIMIT 8`).all(`%${q}%`);
  return db
    .prepare(`SELECT record_id FROM bench_trigram WHERE bench_trigram MATCH ? ORDER BY rank LIMIT 8`)
    .all(`{name reference} : "${q}"`);
}

/** The index's size in bytes (its shadow tables), where the SQLite build has the dbstat table. */
function indexBytes(db: Database.Database, name: string): number | null {
  try {
    return db
      .prepare(`SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? || '\\_%' ESCAPE '\\'`)
      .pluck()
      .get(name) as number;
  } catch {
    return null;
  }
}

async function timed(work: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return elapsedMs(t0);
}

/** Every keystroke once; the result is each keystroke's time, so a round gives several samples. */
async function typing(work: (q: string) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const q of KEYSTROKES) times.push(await timed(() => work(q)));
  return times;
}

export async function searchSection({ dir, rounds, people }: SearchOptions): Promise<void> {
  console.log(
    `\n## s. Find anyone: ${people.toLocaleString('en-GB')} people; plaintext vs encrypted vs the core, ${rounds} rounds\n`,
  );
  const dataDir = mkdtempSync(join(dir, 'search-vault-'));
  let core: Core = await benchCore(dataDir, FAST_KDF);
  await must(core, 'vault.setup', ACCOUNT);
  await waitForIntegrityCheck(core);
  await core.close();

  const v = await accountSlot(dataDir, ACCOUNT.username);
  const key = unwrapDataKey(v, ACCOUNT.passphrase);
  const keyHex = toHex(key);
  forget(v, key);
  const variant: Variant = variantFor(v.cipher);
  const live = openDatabase(v.databaseFile, variant, keyHex);
  const accountId = live.prepare('SELECT id FROM account LIMIT 1').pluck().get() as string;
  const seedT0 = process.hrtime.bigint();
  const counts = seedPeople(live, people);
  console.log(
    `  seeded ${counts.mentees} mentees, ${counts.mentors} mentors and ${counts.staff} staff (indexed by the triggers) in ${fmtMs(elapsedMs(seedT0))}`,
  );
  live.close();
  const encryptedFile = join(mkdtempSync(join(dir, 'search-enc-')), 'enc.db');
  copyFileSync(v.databaseFile, encryptedFile);
  const encrypted = openDatabase(encryptedFile, variant, keyHex);
  const plain = new Database(join(mkdtempSync(join(dir, 'search-plain-')), 'plain.db'));
  applyProductionPragmas(plain);
  plain.transaction(() => {
    for (const m of MIGRATIONS) m.up(plain);
  })();
  seedPeople(plain, people);
  for (const db of [plain, encrypted]) addTrigramCopy(db);

  core = await benchCore(dataDir, FAST_KDF);
  await must(core, 'vault.unlock', { username: ACCOUNT.username, passphrase: ACCOUNT.passphrase });
  await waitForIntegrityCheck(core);

  const dbs: Record<string, Database.Database> = { plaintext: plain, [variant.name]: encrypted };
  const names = ['plaintext', variant.name];
  // The set-up account is an administrator and co-ordinator: every mentee in full, and staff.
  const subject = { accountId, roles: ['administrator', 'coordinator'] as const };
  const app = (db: Database.Database) => (q: string) => searchPeople(rawManager(db), subject, q, 8);
  type Work = {
    label: string;
    raw: (db: Database.Database) => Promise<number[]>;
    core: () => Promise<number[]>;
  };
  const viaCore = (q: string) => must(core, 'search.people', { query: q, limit: 8 });
  const once = (q: string) => async (work: (q: string) => unknown) => [await timed(() => work(q))];
  const work: Work[] = [
    { label: 'keystroke (app search)', raw: (db) => typing(app(db)), core: () => typing(viaCore) },
    { label: 'typo fallback', raw: (db) => once(TYPO)(app(db)), core: () => once(TYPO)(viaCore) },
    {
      label: 'prison number prefix',
      raw: (db) => once(PRISON_PREFIX)(app(db)),
      core: () => once(PRISON_PREFIX)(viaCore),
    },
    {
      label: 'bare MATCH, unicode61 + prefix',
      raw: (db) => typing((q) => bareMatch(db, 'unicode61', q)),
      core: () => Promise.resolve([]),
    },
    {
      label: 'bare MATCH, trigram',
      raw: (db) => typing((q) => bareMatch(db, 'trigram', q)),
      core: () => Promise.resolve([]),
    },
  ];
  const rows: string[][] = [];
  try {
    for (const w of work) {
      const runs = await interleave(
        rounds,
        [
          ...names.map((name) => ({ name, run: () => w.raw(dbs[name]!) })),
          { name: 'core', run: () => w.core() },
        ],
        progress(`search (${w.label})`, rounds),
      );
      const p = runs.get('plaintext')!.flat();
      const e = runs.get(variant.name)!.flat();
      const c = runs.get('core')!.flat();
      const ms = (xs: number[]) => spreadCells(spread(xs), fmtMs);
      rows.push(
        [`${w.label}: plaintext`, ...ms(p)],
        [`${w.label}: ${variant.name}`, ...ms(e)],
        [`${w.label}: ratio ${variant.name} ÷ plaintext`, ...spreadCells(spread(pairRatios(e, p)), fmtRatio)],
      );
      if (c.length) rows.push([`${w.label}: core.call (goal < ${fmtMs(GOAL_MS)})`, ...ms(c)]);
    }
    console.log('');
    console.log(table(['per keystroke / query', 'min', 'median', 'max'], rows));
    const size = (db: Database.Database, name: string) => {
      const bytes = indexBytes(db, name);
      return bytes === null ? 'n/a (no dbstat)' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    };
    console.log(
      `\n  index size (plaintext): unicode61 + prefix ${size(plain, 'person_search')}, trigram ${size(plain, 'bench_trigram')}` +
        `\n  keystrokes typed: ${KEYSTROKES.join(', ')}; trigram answers two letters with LIKE (its index needs three).`,
    );
  } finally {
    plain.close();
    encrypted.close();
    await core.close();
  }
}
