// Section m: the mentors area at full size (2,000 mentors with their references, checks, sessions
// and clearances). The same query functions the handlers call run on a plaintext and an encrypted
// copy of the same rows, side by side, so each figure comes with its plaintext-vs-encrypted ratio;
// the core's own call (the whole pipeline, encrypted) is timed beside them.
//   board:     the pipeline board (counts per stage, 12 longest-waiting per column);
//   list:      the filtered list as the screen asks (ready or matched, a name search, first 50);
//   readiness: the readiness of every mentor (the gate's facts in grouped queries);
//   import:    1,000 spreadsheet rows added in one transaction (core: read job + preview + commit).
// Goals from issue 8: board and list < 50 ms, readiness < 100 ms, import < 3 s.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import type { Core } from '../../src/main/core';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { listMentors, pipelineBoard } from '../../src/main/core/mentors/mentor.list.queries';
import { readinessAll } from '../../src/main/core/mentors/mentor.readiness';
import { insertImportedMentors } from '../../src/main/core/mentor-import/import.queries';
import {
  buildImportFixtureCsv,
  importCsvThroughCore,
} from '../../src/main/core/mentor-import/import-fixture';
import { mentorFields, mentorListInput } from '../../src/shared/contract/mentors';
import { DEFAULT_THRESHOLDS } from '../../src/shared/settings';
import { BENCH_ACCOUNT as ACCOUNT, benchCore, must, waitForIntegrityCheck } from './core-session';
import { applyProductionPragmas, openDatabase, toHex, variantFor, type Variant } from './db';
import { MENTORS, seedMentors } from './mentors-dataset';
import { interleave, progress } from './rounds';
import { elapsedMs, fmtMs, fmtRatio, pairRatios, spread, spreadCells, table } from './report';
import { accountSlot, forget, unwrapDataKey } from './vault-key';

const FAST_KDF = { kdf: { opslimit: 1, memlimit: 8192 }, allowWeakKdf: true } as const;
const GOALS = { board: 50, list: 50, readiness: 100, import: 3000 } as const;
const IMPORT_ROWS = 1000;

export interface MentorsOptions {
  dir: string;
  rounds: number;
}

/**
 * The query functions take TypeORM's EntityManager but use only `query(sql, params)`; on a raw
 * handle that is a prepared statement, which is what TypeORM's driver does underneath too.
 */
function rawManager(db: Database.Database): EntityManager {
  const query = async (sql: string, params: unknown[] = []) => {
    const statement = db.prepare(sql);
    const bound = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
    return statement.reader ? statement.all(...bound) : statement.run(...bound);
  };
  return { query } as unknown as EntityManager;
}

const today = () => new Date().toISOString().slice(0, 10);
const subject = (accountId: string) => ({ accountId, roles: ['coordinator'] as const });
const LIST = mentorListInput.parse({ stages: ['ready', 'matched'], search: 'a', pageSize: 50 });

/** The list handler's work: readiness (for the unmet counts), then the page. */
async function listAsHandled(em: EntityManager, accountId: string) {
  const readiness = await readinessAll(em, today(), DEFAULT_THRESHOLDS);
  return listMentors(
    em,
    LIST,
    subject(accountId),
    today(),
    null,
    (id) => readiness.get(id)?.unmet.length ?? null,
  );
}

/** 1,000 import rows as the commit receives them (already checked). */
function importRecords(round: number) {
  const csv = buildImportFixtureCsv(IMPORT_ROWS).split('\n');
  return csv.slice(1, IMPORT_ROWS + 1).map((line, i) => {
    const [first, last] = line.split(',');
    return mentorFields.parse({
      firstName: `${first}${round}`,
      lastName: `${last}${i}`,
      enquiryDate: today(),
      heardVia: 'Word of mouth',
    });
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return elapsedMs(t0);
}

export async function mentorsSection({ dir, rounds }: MentorsOptions): Promise<void> {
  console.log(
    `\n## m. Mentors at full size: ${MENTORS} mentors; plaintext vs encrypted vs the core, ${rounds} rounds\n`,
  );
  const dataDir = mkdtempSync(join(dir, 'mentors-vault-'));
  let core: Core = await benchCore(dataDir, FAST_KDF);
  await must(core, 'vault.setup', ACCOUNT);
  await waitForIntegrityCheck(core);
  await core.close();

  // Seed the encrypted database directly (the core is closed), then copy it for the raw side.
  const v = await accountSlot(dataDir, ACCOUNT.username);
  const key = unwrapDataKey(v, ACCOUNT.passphrase);
  const keyHex = toHex(key);
  forget(v, key);
  const variant: Variant = variantFor(v.cipher);
  const live = openDatabase(v.databaseFile, variant, keyHex);
  const accountId = live.prepare('SELECT id FROM account LIMIT 1').pluck().get() as string;
  const seedT0 = process.hrtime.bigint();
  seedMentors(live, accountId, today());
  console.log(
    `  seeded ${MENTORS} mentors and their screening, training and clearances in ${fmtMs(elapsedMs(seedT0))}`,
  );
  live.close();
  const encryptedFile = join(mkdtempSync(join(dir, 'mentors-enc-')), 'enc.db');
  copyFileSync(v.databaseFile, encryptedFile);
  const encrypted = openDatabase(encryptedFile, variant, keyHex);

  const plainFile = join(mkdtempSync(join(dir, 'mentors-plain-')), 'plain.db');
  const plain = new Database(plainFile);
  applyProductionPragmas(plain);
  plain.transaction(() => {
    for (const m of MIGRATIONS) m.up(plain);
  })();
  seedMentors(plain, accountId, today());

  core = await benchCore(dataDir, FAST_KDF);
  await must(core, 'vault.unlock', { username: ACCOUNT.username, passphrase: ACCOUNT.passphrase });
  await waitForIntegrityCheck(core);

  const ems = { plaintext: rawManager(plain), [variant.name]: rawManager(encrypted) } as Record<
    string,
    EntityManager
  >;
  const names = ['plaintext', variant.name];
  type Work = {
    label: string;
    goal: number;
    raw: (em: EntityManager, round: number) => Promise<unknown>;
    core: (round: number) => Promise<unknown>;
  };
  const work: Work[] = [
    {
      label: 'board (counts + 12 cards a stage)',
      goal: GOALS.board,
      raw: (em) => pipelineBoard(em, { perStage: 12 }, subject(accountId), today()),
      core: () => must(core, 'mentors.board', { perStage: 12 }),
    },
    {
      label: 'list (ready or matched, search, 50)',
      goal: GOALS.list,
      raw: (em) => listAsHandled(em, accountId),
      core: () => must(core, 'mentors.list', LIST),
    },
    {
      label: `readiness of all ${MENTORS}`,
      goal: GOALS.readiness,
      raw: (em) => readinessAll(em, today(), DEFAULT_THRESHOLDS),
      core: () => must(core, 'mentors.list', { missingBeforeReady: true, pageSize: 1 }),
    },
    {
      label: `import ${IMPORT_ROWS} rows, one transaction`,
      goal: GOALS.import,
      raw: async (em, round) => {
        const records = importRecords(round);
        const db = em === ems.plaintext ? plain : encrypted;
        db.exec('BEGIN');
        await insertImportedMentors(em, records, new Date(), accountId);
        db.exec('COMMIT');
      },
      core: async () => {
        const done = await importCsvThroughCore(core, buildImportFixtureCsv(IMPORT_ROWS));
        // Later rounds repeat the same names: the duplicates are warnings, never skipped rows.
        if (done.imported !== IMPORT_ROWS) throw new Error(`imported ${done.imported} of ${IMPORT_ROWS}`);
      },
    },
  ];
  const rows: string[][] = [];
  try {
    for (const w of work) {
      let round = 0;
      const runs = await interleave(
        rounds,
        [
          ...names.map((name) => ({ name, run: () => timed(() => w.raw(ems[name]!, round)) })),
          { name: 'core', run: () => timed(() => w.core(round++)) },
        ],
        progress(`mentors (${w.label})`, rounds),
      );
      const p = runs.get('plaintext')!;
      const e = runs.get(variant.name)!;
      const c = runs.get('core')!;
      const ms = (xs: number[]) => spreadCells(spread(xs), fmtMs);
      const x = (xs: number[]) => spreadCells(spread(xs), fmtRatio);
      rows.push(
        [`${w.label}: plaintext`, ...ms(p)],
        [`${w.label}: ${variant.name}`, ...ms(e)],
        [`${w.label}: ratio ${variant.name} ÷ plaintext`, ...x(pairRatios(e, p))],
        [`${w.label}: core.call (goal < ${fmtMs(w.goal)})`, ...ms(c)],
      );
    }
    console.log('');
    console.log(table(['per operation', 'min', 'median', 'max'], rows));
    console.log(
      '\n  "core" for readiness is mentors.list filtered to mentors with unmet conditions (the readiness of all, then one row);' +
        '\n  for import it is the whole path the screen takes: read job (parse + check + preview) and the commit.',
    );
  } finally {
    plain.close();
    encrypted.close();
    await core.close();
  }
}
