// Section e: the mentees area at full size (20,000 mentees with referrals, stage history, moves,
// risk assessment versions, induction, needs and 100,000 contact-log rows, on 40 caseloads). The
// query functions the handlers call run on a plaintext and an encrypted copy of the same rows,
// side by side, with their ratio; the core's own call (whole pipeline, encrypted) beside them.
//   caseload:    a caseworker's own caseload, first page of 50 (mentees.list { myCaseload });
//   filtered:    the co-ordinator's list: ready or matched, release within 6 months, a name search;
//   mentee page: mentees.get and readiness, then every tab's read (carers, meetings, risk
//                versions, induction, preferences, needs, contact log), one after another.
// Goals from issue 9: list < 50 ms, mentee page < 30 ms.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import type { Core } from '../../src/main/core';
import {
  getInduction,
  getPreferences,
  listCarers,
  listMeetings,
  listNeeds,
} from '../../src/main/core/assessment/assessment.queries';
import { listRiskAssessments } from '../../src/main/core/assessment/risk.queries';
import { listContacts } from '../../src/main/core/contacts/contacts.queries';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { listMentees } from '../../src/main/core/mentees/mentee.list.queries';
import { getMentee } from '../../src/main/core/mentees/mentee.queries';
import { menteeReadiness } from '../../src/main/core/mentees/mentee.stage.queries';
import { menteeListInput } from '../../src/shared/contract/mentees';
import { ukToday } from '../../src/shared/mentors/dates';
import { BENCH_ACCOUNT as ACCOUNT, benchCore, must, waitForIntegrityCheck } from './core-session';
import { applyProductionPragmas, openDatabase, toHex, variantFor, type Variant } from './db';
import { MENTEES, seedMentees } from './mentees-dataset';
import { seedMentors } from './mentors-dataset';
import { interleave, progress } from './rounds';
import { elapsedMs, fmtMs, fmtRatio, pairRatios, spread, spreadCells, table } from './report';
import { accountSlot, forget, unwrapDataKey } from './vault-key';
import { addBenchAccount, signInAs } from './section-databases';

const FAST_KDF = { kdf: { opslimit: 1, memlimit: 8192 }, allowWeakKdf: true } as const;
const GOALS = { list: 50, page: 30 } as const;
const CASEWORKER = {
  username: 'bench.caseworker',
  displayName: 'Bench Caseworker',
  temporary: 'Granite puffin 42 orchard lamp',
  passphrase: 'Thistle harbour 31 amber fox',
};

export interface MenteesOptions {
  dir: string;
  rounds: number;
}

/** As in the mentors section: the query functions only use `query(sql, params)`. */
function rawManager(db: Database.Database): EntityManager {
  const query = async (sql: string, params: unknown[] = []) => {
    const statement = db.prepare(sql);
    const bound = params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
    return statement.reader ? statement.all(...bound) : statement.run(...bound);
  };
  return { query } as unknown as EntityManager;
}

const today = () => ukToday(new Date());
const CASELOAD = menteeListInput.parse({ myCaseload: true, pageSize: 50 });
const FILTERED = menteeListInput.parse({
  stages: ['ready', 'matched'],
  releaseWithinMonths: 6,
  search: 'ab',
  pageSize: 50,
});
const TAB_CHANNELS = [
  'assessment.carers',
  'assessment.meetings',
  'assessment.riskAssessments',
  'assessment.induction',
  'assessment.preferences',
  'assessment.needs',
  'contacts.list',
] as const;

/** Everything the mentee page reads, in the order the screen asks. */
async function menteePage(em: EntityManager, id: string): Promise<void> {
  await getMentee(em, id, today());
  await menteeReadiness(em, id, today());
  await listCarers(em, id);
  await listMeetings(em, id);
  await listRiskAssessments(em, id);
  await getInduction(em, id);
  await getPreferences(em, id);
  await listNeeds(em, id);
  await listContacts(em, id);
}

async function menteePageThroughCore(core: Core, id: string): Promise<void> {
  await must(core, 'mentees.get', { id });
  await must(core, 'mentees.readiness', { id });
  for (const channel of TAB_CHANNELS) await must(core, channel, { menteeId: id });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return elapsedMs(t0);
}

export async function menteesSection({ dir, rounds }: MenteesOptions): Promise<void> {
  console.log(
    `\n## e. Mentees at full size: ${MENTEES} mentees; plaintext vs encrypted vs the core, ${rounds} rounds\n`,
  );
  const dataDir = mkdtempSync(join(dir, 'mentees-vault-'));
  let core: Core = await benchCore(dataDir, FAST_KDF);
  await must(core, 'vault.setup', ACCOUNT);
  await waitForIntegrityCheck(core);
  // A caseworker who can sign in: the first of the dataset's 40 caseloads is theirs.
  const caseworkerId = await addBenchAccount(core, CASEWORKER, ['caseworker']);
  await core.close();

  const v = await accountSlot(dataDir, ACCOUNT.username);
  const key = unwrapDataKey(v, ACCOUNT.passphrase);
  const keyHex = toHex(key);
  forget(v, key);
  const variant: Variant = variantFor(v.cipher);
  const live = openDatabase(v.databaseFile, variant, keyHex);
  const accountId = live
    .prepare('SELECT id FROM account WHERE username = ?')
    .pluck()
    .get(ACCOUNT.username) as string;
  const first = { id: caseworkerId, displayName: CASEWORKER.displayName };
  const seedT0 = process.hrtime.bigint();
  seedMentors(live, accountId, today());
  const { sampleMenteeId } = seedMentees(live, today(), first);
  console.log(
    `  seeded ${MENTEES} mentees (referrals, moves, risk versions, induction, needs, contact log) in ${fmtMs(elapsedMs(seedT0))}`,
  );
  live.close();
  const encryptedFile = join(mkdtempSync(join(dir, 'mentees-enc-')), 'enc.db');
  copyFileSync(v.databaseFile, encryptedFile);
  const encrypted = openDatabase(encryptedFile, variant, keyHex);

  const plainFile = join(mkdtempSync(join(dir, 'mentees-plain-')), 'plain.db');
  const plain = new Database(plainFile);
  applyProductionPragmas(plain);
  plain.transaction(() => {
    for (const m of MIGRATIONS) m.up(plain);
  })();
  seedMentors(plain, accountId, today());
  seedMentees(plain, today(), first);

  core = await benchCore(dataDir, FAST_KDF);
  await must(core, 'vault.unlock', { username: ACCOUNT.username, passphrase: ACCOUNT.passphrase });
  await waitForIntegrityCheck(core);

  const ems = { plaintext: rawManager(plain), [variant.name]: rawManager(encrypted) } as Record<
    string,
    EntityManager
  >;
  const names = ['plaintext', variant.name];
  const coordinator = { accountId, roles: ['administrator', 'coordinator'] as const };
  const caseworker = { accountId: caseworkerId, roles: ['caseworker'] as const };
  type Work = {
    label: string;
    goal: number;
    /** Who the core is signed in as for this row. */
    as: 'coordinator' | 'caseworker';
    raw: (em: EntityManager) => Promise<unknown>;
    core: () => Promise<unknown>;
  };
  const work: Work[] = [
    {
      label: 'co-ordinator list (ready/matched, release ≤ 6 months, search, 50)',
      goal: GOALS.list,
      as: 'coordinator',
      raw: (em) => listMentees(em, FILTERED, coordinator, today()),
      core: () => must(core, 'mentees.list', FILTERED),
    },
    {
      label: 'caseworker caseload (first 50 of 500)',
      goal: GOALS.list,
      as: 'caseworker',
      raw: (em) => listMentees(em, CASELOAD, caseworker, today()),
      core: () => must(core, 'mentees.list', CASELOAD),
    },
    {
      label: 'mentee page (get + readiness + 7 tab reads)',
      goal: GOALS.page,
      as: 'caseworker',
      raw: (em) => menteePage(em, sampleMenteeId),
      core: () => menteePageThroughCore(core, sampleMenteeId),
    },
  ];
  const rows: string[][] = [];
  let signedIn: Work['as'] = 'coordinator';
  try {
    for (const w of work) {
      if (w.as !== signedIn) {
        if (w.as === 'caseworker') await signInAs(core, CASEWORKER.username, CASEWORKER.passphrase);
        else await signInAs(core, ACCOUNT.username, ACCOUNT.passphrase);
        signedIn = w.as;
      }
      const runs = await interleave(
        rounds,
        [
          ...names.map((name) => ({ name, run: () => timed(() => w.raw(ems[name]!)) })),
          { name: 'core', run: () => timed(() => w.core()) },
        ],
        progress(`mentees (${w.label})`, rounds),
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
      '\n  the mentee page through the core is nine calls in a row (as the screen makes them), as the' +
        '\n  caseworker whose caseload holds the mentee; its reads of risk and offence data are audited.',
    );
  } finally {
    plain.close();
    encrypted.close();
    await core.close();
  }
}
