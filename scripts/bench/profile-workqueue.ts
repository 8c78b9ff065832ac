// A developer's profile of the work queue's parts on one plaintext copy of the bench's full-size data
// (2,000 mentors, 20,000 mentees, 20,000 matches, 400,000 records of contact), kept between runs in
// $WAYMARK_PROFILE_DB (default /tmp/waymark-profile-workqueue.db). Not part of `npm run bench`:
//   npx tsx scripts/bench/profile-workqueue.ts [rounds]
// No ANALYZE, as in the app (the planner works from the schema alone). Prints the median of each part (wall and process CPU) for a co-ordinator and a caseworker.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { menteeDueItems } from '../../src/main/core/mentees/mentee.due.queries';
import { dueItems } from '../../src/main/core/mentors/mentor.due.queries';
import { suggestionsFor } from '../../src/main/core/matching/matching.suggest.queries';
import { matchDueItems } from '../../src/main/core/workqueue/match.due.queries';
import { workQueue, workQueueAnswer } from '../../src/main/core/workqueue/workqueue.queries';
import { ukToday } from '../../src/shared/mentors/dates';
import { DEFAULT_THRESHOLDS } from '../../src/shared/settings';
import { applyProductionPragmas } from './db';
import { seedMatches } from './matches-dataset';
import { seedMentees } from './mentees-dataset';
import { seedMentors } from './mentors-dataset';

const FILE = process.env.WAYMARK_PROFILE_DB ?? '/tmp/waymark-profile-workqueue.db';
const ROUNDS = Number(process.argv[2] ?? 15);
const ACCOUNT = '00000000-0000-4000-8000-000000000001';
const CASEWORKER = { id: '00000000-0000-4000-8000-000000000002', displayName: 'Profile Caseworker' };

function open(): Database.Database {
  const fresh = !existsSync(FILE);
  const db = new Database(FILE);
  applyProductionPragmas(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    for (const m of MIGRATIONS.filter((x) => x.version > version)) m.up(db);
    db.pragma(`user_version = ${MIGRATIONS[MIGRATIONS.length - 1]!.version}`);
  })();
  if (fresh) {
    const today = ukToday(new Date());
    const t0 = Date.now();
    seedMentors(db, ACCOUNT, today);
    seedMentees(db, today, CASEWORKER);
    seedMatches(db, today, CASEWORKER.id, ACCOUNT);
    console.log(`seeded ${FILE} in ${Date.now() - t0} ms`);
  }
  return db;
}

/** Time spent inside SQLite (prepare and step) since the last reset: the rest is JavaScript. */
let sqlMs = 0;

function rawManager(db: Database.Database): EntityManager {
  const query = async (sql: string, params: unknown[] = []) => {
    const t0 = process.hrtime.bigint();
    const statement = db.prepare(sql);
    const out = statement.reader ? statement.all(...params) : statement.run(...params);
    sqlMs += Number(process.hrtime.bigint() - t0) / 1e6;
    return out;
  };
  return { query } as unknown as EntityManager;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, work: () => Promise<unknown>): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  const inSql: number[] = [];
  let size = 0;
  for (let r = 0; r < ROUNDS; r++) {
    sqlMs = 0;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const out = await work();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    inSql.push(sqlMs);
    size = Array.isArray(out) ? out.length : size;
  }
  console.log(
    `${label.padEnd(44)} wall ${median(wall).toFixed(1).padStart(6)} ms  cpu ${median(cpu).toFixed(1).padStart(6)} ms  sql ${median(inSql).toFixed(1).padStart(6)} ms  (min ${Math.min(...wall).toFixed(1)})${size ? `  ${size} rows` : ''}`,
  );
}

async function main(): Promise<void> {
  const db = open();
  const em = rawManager(db);
  const today = ukToday(new Date());
  const t = DEFAULT_THRESHOLDS;
  const caseworkerId =
    (db
      .prepare('SELECT caseworker_account_id FROM mentee WHERE caseworker_account_id IS NOT NULL LIMIT 1')
      .pluck()
      .get() as string) ?? CASEWORKER.id;
  const coordinator = { accountId: ACCOUNT, roles: ['coordinator'] as const };
  const caseworker = { accountId: CASEWORKER.id ?? caseworkerId, roles: ['caseworker'] as const };
  await measure('mentors: dueItems', () => dueItems(em, today, t));
  await measure('mentees: menteeDueItems (co-ordinator)', () => menteeDueItems(em, today, t, coordinator));
  await measure('mentees: menteeDueItems (caseworker)', () => menteeDueItems(em, today, t, caseworker));
  await measure('matches: matchDueItems (all)', () => matchDueItems(em, today, t, null));
  await measure('matches: matchDueItems (caseload)', () => matchDueItems(em, today, t, caseworker.accountId));
  await measure('workQueue (co-ordinator)', () => workQueue(em, today, t, coordinator));
  await measure(
    'workQueue + answer (co-ordinator)',
    async () => workQueueAnswer(await workQueue(em, today, t, coordinator), today).items,
  );
  await measure(
    'workQueue + answer (caseworker)',
    async () => workQueueAnswer(await workQueue(em, today, t, caseworker), today).items,
  );
  // Suggestions for one ready mentee with all 20,000 matches in place (the suggestions section of
  // the bench has 400): each mentor's load is counted over every match.
  const ready = db
    .prepare(`SELECT id FROM mentee WHERE stage = 'ready' ORDER BY id LIMIT 1`)
    .pluck()
    .get() as string;
  await measure('suggestions for one mentee (20,000 matches)', () => suggestionsFor(em, ready, t, today));
  db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
