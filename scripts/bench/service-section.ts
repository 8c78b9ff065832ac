// Section s: issue 11's service areas at full size (the matches' dataset plus service-dataset.ts:
// a year of group supervision, 12,000 individual supervisions, 20,000 expense claims with 60,000
// lines and 2,000 receipts, budgets, policies, partners, complaints, safeguarding, feedback). The
// query functions the handlers call run on a plaintext and an encrypted copy of the same rows,
// side by side, with their ratio; the core's own call (whole pipeline, encrypted) beside them.
//   work queue:     a co-ordinator's whole queue, every source (mentors, mentees, matches and the
//                   eight issue-11 sources), and the safeguarding lead's;
//   lists:          supervision.due, the claims approval queue (expenses.list, submitted, oldest
//                   first), budgets.summary for this financial year, safeguarding.list for the lead;
//   receipt:        expenses.readReceipt (one ~7 KiB receipt, audited on every opening);
//   save a claim:   expenses.create with 3 lines (checks, mileage priced, lines, event, the claim read back).
// Goals: reads < 100 ms, writes < 20 ms.
import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityManager } from 'typeorm';
import { budgetSummary } from '../../src/main/core/budgets/budget.queries';
import { getClaim, listClaims, mileageRates } from '../../src/main/core/expenses/claim.queries';
import { checkClaim, insertClaim, readReceipt } from '../../src/main/core/expenses/claim.writes';
import { listConcerns } from '../../src/main/core/safeguarding/safeguarding.queries';
import { dueForSupervision } from '../../src/main/core/supervision/supervision.queries';
import { workQueue, workQueueAnswer } from '../../src/main/core/workqueue/workqueue.queries';
import { financialYearOf } from '../../src/shared/expenses/expenses';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import { DEFAULT_THRESHOLDS } from '../../src/shared/settings';
import { BENCH_ACCOUNT as ACCOUNT, must } from './core-session';
import { seedMatches } from './matches-dataset';
import { seedMentees } from './mentees-dataset';
import { seedMentors } from './mentors-dataset';
import { interleave, progress } from './rounds';
import { elapsedMs, fmtMs, fmtRatio, pairRatios, spread, spreadCells, table } from './report';
import { SERVICE, seedService } from './service-dataset';
import {
  encryptedCopy,
  addBenchAccount,
  newVault,
  openVaultDatabase,
  plaintextTwin,
  rawManager,
  reopenCore,
  signInAs,
  timedWithCpu,
} from './section-databases';

const GOALS = { read: 100, write: 20 } as const;
const LEAD = {
  username: 'bench.safeguarding',
  displayName: 'Bench Safeguarding Lead',
  temporary: 'Granite puffin 42 orchard lamp',
  passphrase: 'Thistle harbour 31 amber fox',
};
const CASEWORKER_STUB = { id: '', displayName: 'Bench Caseworker' };

export interface ServiceOptions {
  dir: string;
  rounds: number;
}

const today = () => ukToday(new Date());

/** A mentor's claim as the form sends it: a journey, parking and public transport (3 lines). */
const CLAIM = (mentorId: string) => ({
  mentorId,
  receivedOn: today(),
  declarationAccepted: true,
  declarationSignedOn: today(),
  notes: '',
  lines: [
    {
      kind: 'mileage',
      spentOn: addDays(today(), -3),
      description: 'Home to the prison and back',
      miles: 24.5,
    },
    { kind: 'parking', spentOn: addDays(today(), -3), description: 'Visitors’ car park', amountPence: 350 },
    {
      kind: 'public_transport',
      spentOn: addDays(today(), -2),
      description: 'Bus to the café',
      amountPence: 420,
    },
  ],
});

/** The create handler's work on a raw handle, in one transaction (the commit's fsync included). */
async function saveClaimRaw(db: Database.Database, em: EntityManager, mentorId: string, accountId: string) {
  const now = new Date();
  db.exec('BEGIN IMMEDIATE');
  try {
    const input = CLAIM(mentorId) as unknown as Parameters<typeof checkClaim>[1];
    await checkClaim(em, input, today());
    const id = await insertClaim(em, input, await mileageRates(em), accountId, now);
    const claim = await getClaim(em, id, today(), DEFAULT_THRESHOLDS.claimPaymentDays);
    db.exec('COMMIT');
    return claim;
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}

export async function serviceSection({ dir, rounds }: ServiceOptions): Promise<void> {
  console.log(
    `\n## s. Service areas (issue 11): ${SERVICE.claims} claims, ${SERVICE.supervisionRecords} supervisions, ${SERVICE.feedback} feedback over 2,000 mentors and 20,000 matches; plaintext vs encrypted vs the core, ${rounds} rounds\n`,
  );
  let leadId = '';
  const dataDir = await newVault(dir, 'service', async (core) => {
    leadId = await addBenchAccount(core, LEAD, ['safeguarding_lead']);
  });

  const vault = await openVaultDatabase(dataDir);
  const { live, variant } = vault;
  const accountId = live
    .prepare('SELECT id FROM account WHERE username = ?')
    .pluck()
    .get(ACCOUNT.username) as string;
  const seed = (db: Database.Database) => {
    seedMentors(db, accountId, today());
    seedMentees(db, today(), { ...CASEWORKER_STUB, id: accountId });
    seedMatches(db, today(), accountId, accountId);
    return seedService(db, today(), accountId);
  };
  const seedT0 = process.hrtime.bigint();
  const { sampleMentorId, sampleReceiptId } = seed(live);
  console.log(`  seeded mentors, mentees, matches and the service slice in ${fmtMs(elapsedMs(seedT0))}`);
  live.close();
  const encrypted = encryptedCopy(vault, dir, 'service');
  const plain = plaintextTwin(dir, 'service');
  seed(plain);
  const core = await reopenCore(dataDir);

  const dbs = { plaintext: plain, [variant.name]: encrypted } as Record<string, Database.Database>;
  const ems = Object.fromEntries(Object.entries(dbs).map(([n, db]) => [n, rawManager(db)])) as Record<
    string,
    EntityManager
  >;
  const names = ['plaintext', variant.name];
  const coordinator = { accountId, roles: ['administrator', 'coordinator'] as const };
  const lead = { accountId: leadId, roles: ['safeguarding_lead'] as const };
  const t = DEFAULT_THRESHOLDS;
  const year = financialYearOf(today());
  const sizes = {
    coordinator: (await workQueue(ems.plaintext!, today(), t, coordinator)).length,
    lead: (await workQueue(ems.plaintext!, today(), t, lead)).length,
  };
  const claimsQueue = {
    status: 'submitted',
    sort: 'oldest',
    from: null,
    to: null,
    lateOnly: false,
    page: 1,
    pageSize: 50,
  } as const;
  type Work = {
    label: string;
    goal: number;
    as: 'coordinator' | 'lead';
    raw: (name: string) => Promise<unknown>;
    core: () => Promise<unknown>;
  };
  const work: Work[] = [
    {
      label: `work queue, co-ordinator, every source (${sizes.coordinator} items)`,
      goal: GOALS.read,
      as: 'coordinator',
      raw: async (n) => workQueueAnswer(await workQueue(ems[n]!, today(), t, coordinator), today()),
      core: () => must(core, 'workqueue.items', {}),
    },
    {
      label: 'supervision.due (due for supervision and standard 23)',
      goal: GOALS.read,
      as: 'coordinator',
      raw: (n) => dueForSupervision(ems[n]!, t.supervisionWeeks, t.missedInARowFlag, today()),
      core: () => must(core, 'supervision.due', {}),
    },
    {
      label: 'expenses.list, approval queue (submitted, oldest first)',
      goal: GOALS.read,
      as: 'coordinator',
      raw: (n) => listClaims(ems[n]!, claimsQueue, today(), t.claimPaymentDays),
      core: () => must(core, 'expenses.list', { status: 'submitted', sort: 'oldest' }),
    },
    {
      label: `budgets.summary, spend vs budget for ${year}`,
      goal: GOALS.read,
      as: 'coordinator',
      raw: (n) => budgetSummary(ems[n]!, year),
      core: () => must(core, 'budgets.summary', { year }),
    },
    {
      label: 'expenses.readReceipt (one receipt, audited)',
      goal: GOALS.read,
      as: 'coordinator',
      raw: (n) => readReceipt(ems[n]!, sampleReceiptId),
      core: () => must(core, 'expenses.readReceipt', { receiptId: sampleReceiptId }),
    },
    {
      label: 'expenses.create, a claim with 3 lines (one transaction)',
      goal: GOALS.write,
      as: 'coordinator',
      raw: (n) => saveClaimRaw(dbs[n]!, ems[n]!, sampleMentorId, accountId),
      core: () => must(core, 'expenses.create', CLAIM(sampleMentorId)),
    },
    {
      label: `work queue, safeguarding lead (${sizes.lead} items)`,
      goal: GOALS.read,
      as: 'lead',
      raw: async (n) => workQueueAnswer(await workQueue(ems[n]!, today(), t, lead), today()),
      core: () => must(core, 'workqueue.items', {}),
    },
    {
      label: 'safeguarding.list, the lead (open concerns)',
      goal: GOALS.read,
      as: 'lead',
      raw: (n) => listConcerns(ems[n]!, { status: 'open', page: 1, pageSize: 50 }),
      core: () => must(core, 'safeguarding.list', {}),
    },
  ];
  const rows: string[][] = [];
  let signedIn: Work['as'] = 'coordinator';
  try {
    for (const w of work) {
      if (w.as !== signedIn) {
        if (w.as === 'lead') await signInAs(core, LEAD.username, LEAD.passphrase);
        else await signInAs(core, ACCOUNT.username, ACCOUNT.passphrase);
        signedIn = w.as;
      }
      const cpu = new Map<string, number[]>([...names, 'core'].map((n) => [n, []]));
      const runs = await interleave(
        rounds,
        [
          ...names.map((name) => ({ name, run: () => timedWithCpu(() => w.raw(name), cpu.get(name)!) })),
          { name: 'core', run: () => timedWithCpu(w.core, cpu.get('core')!) },
        ],
        progress(`service (${w.label})`, rounds),
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
        [`${w.label}: core.call, CPU time`, ...ms(cpu.get('core')!)],
      );
    }
    console.log('');
    console.log(table(['per operation', 'min', 'median', 'max'], rows));
    console.log(
      '\n  the raw rows run the handlers’ own query functions on a plaintext and an encrypted copy of the same' +
        '\n  rows; core.call is the whole pipeline (validation, access, scope, audit) on the encrypted vault.' +
        '\n  Saving a claim adds a claim each run (the queue grows by one per run). CPU time is the process’s' +
        '\n  own (user + system): on a shared machine wall time also counts waiting for a core.',
    );
  } finally {
    plain.close();
    encrypted.close();
    await core.close();
  }
}
