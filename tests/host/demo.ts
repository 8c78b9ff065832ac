import type { Core } from '../../src/main/core';
import { buildDemoEstablishments } from './demo-establishments';
import { buildDemoMentors } from './demo-mentors';
import { buildDemoMatches } from './demo-matches';
import { buildDemoMentees } from './demo-mentees';
import { buildDemoSupervision } from './demo-supervision';
import { buildDemoSupportGroups } from './demo-support-groups';
import { buildDemoPartners } from './demo-partners';
import { buildDemoExpenses } from './demo-expenses';
import { buildDemoBudgets } from './demo-budgets';
import { buildDemoPolicies } from './demo-policies';
import { buildDemoComplaints } from './demo-complaints';
import { buildDemoSafeguarding } from './demo-safeguarding';
import { buildDemoFeedback } from './demo-feedback';
import type { DemoContext } from './demo-context';
import type { Result } from '../../src/shared/errors';
import { ROLE_LABELS, type Role } from '../../src/shared/roles';

/**
 * A deterministic, obviously fictional data set for trying Waymark in the browser host. Every
 * name and passphrase here is made up for the demo and printed on purpose.
 */
export const DEMO_ORGANISATION = 'Demo Resettlement Mentoring (fictional)';
export const DEMO_IDLE_MINUTES = 15;

export interface DemoAccount {
  displayName: string;
  username: string;
  roles: Role[];
  passphrase: string;
  /** 'ready': signs in with `passphrase`; 'temporary': must change it at first sign-in; 'disabled'. */
  state: 'ready' | 'temporary' | 'disabled';
}

export const DEMO_ADMIN: DemoAccount = {
  displayName: 'Alex Example',
  username: 'demo.admin',
  roles: ['administrator', 'coordinator'],
  passphrase: 'harbour lantern quietly 41',
  state: 'ready',
};

export const DEMO_STAFF: DemoAccount[] = [
  {
    displayName: 'Harriet Sample',
    username: 'demo.coordinator',
    roles: ['coordinator'],
    passphrase: 'copper kettle meadow 52',
    state: 'ready',
  },
  {
    displayName: 'Callum Placeholder',
    username: 'demo.caseworker',
    roles: ['caseworker'],
    passphrase: 'violet tramline orbit 63',
    state: 'ready',
  },
  {
    displayName: 'Bronwen Fictitious',
    username: 'demo.leadmentor',
    roles: ['lead_mentor'],
    passphrase: 'gravel puffin saucepan 74',
    state: 'ready',
  },
  {
    displayName: 'Imran Testwell',
    username: 'demo.safeguarding',
    roles: ['safeguarding_lead', 'coordinator'],
    passphrase: 'marble cactus ferry 85',
    state: 'ready',
  },
  {
    displayName: 'Siobhan Mockford',
    username: 'demo.regional',
    roles: ['regional_manager'],
    passphrase: 'lemon anchor thistle 96',
    state: 'ready',
  },
  {
    displayName: 'Priya Madeup',
    username: 'demo.newstarter',
    roles: ['caseworker'],
    passphrase: 'tulip window canvas 17',
    state: 'temporary',
  },
  {
    displayName: 'Gareth Dummy',
    username: 'demo.former',
    roles: ['caseworker'],
    passphrase: 'pebble oyster lantern 28',
    state: 'disabled',
  },
];

async function must<T>(what: string, pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok)
    throw new Error(`Demo data: ${what} failed with ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const call = <T>(core: Core, channel: string, input: unknown) =>
  core.call(channel, input) as Promise<Result<T>>;

/**
 * Fill a fresh vault with the demo data and leave it locked. Returns the recovery key (fictional
 * data, so printing it is fine). Refuses a vault that is already set up. With the data folder,
 * matches are added too (their history is dated in the past, written partly behind the core).
 */
export async function buildDemo(core: Core, dataDir?: string): Promise<{ recoveryKey: string }> {
  const status = await must<{ state: string }>('status', call(core, 'vault.status', {}));
  if (status.state !== 'uninitialised') throw new Error('Demo data needs a fresh data folder.');

  const { recoveryKey } = await must<{ recoveryKey: string }>(
    'set-up',
    call(core, 'vault.setup', {
      organisationName: DEMO_ORGANISATION,
      displayName: DEMO_ADMIN.displayName,
      username: DEMO_ADMIN.username,
      passphrase: DEMO_ADMIN.passphrase,
    }),
  );
  await must('idle lock', call(core, 'settings.setIdleLock', { idleLockMinutes: DEMO_IDLE_MINUTES }));
  await buildDemoEstablishments(core);

  const created: { account: DemoAccount; id: string }[] = [];
  for (const account of DEMO_STAFF) {
    // Ready accounts get a throw-away temporary passphrase, then sign in once and choose their own.
    const temporary = account.state === 'temporary' ? account.passphrase : `${account.passphrase} first`;
    const summary = await must<{ id: string }>(
      `create ${account.username}`,
      call(core, 'accounts.create', {
        displayName: account.displayName,
        username: account.username,
        roles: account.roles,
        temporaryPassphrase: temporary,
      }),
    );
    created.push({ account, id: summary.id });
  }
  const leadMentor = created.find((c) => c.account.roles.includes('lead_mentor'))!;
  await buildDemoMentors(core, leadMentor.id);
  const caseworkerAccountId = created.find((c) => c.account.username === 'demo.caseworker')!.id;
  await buildDemoMentees(core, caseworkerAccountId);
  if (dataDir) {
    await buildDemoMatches(core, {
      dataDir,
      username: DEMO_ADMIN.username,
      passphrase: DEMO_ADMIN.passphrase,
      caseworkerAccountId,
    });
    const context: DemoContext = {
      dataDir,
      username: DEMO_ADMIN.username,
      passphrase: DEMO_ADMIN.passphrase,
      caseworkerAccountId,
      leadMentorAccountId: leadMentor.id,
      safeguardingLeadAccountId: created.find((c) => c.account.roles.includes('safeguarding_lead'))!.id,
    };
    await buildDemoSupervision(core, context);
    await buildDemoSupportGroups(core, context);
    await buildDemoPartners(core, context);
    await buildDemoExpenses(core, context);
    await buildDemoBudgets(core, context);
    await buildDemoPolicies(core, context);
    await buildDemoComplaints(core, context);
    await buildDemoSafeguarding(core, context);
    await buildDemoFeedback(core, context);
  }
  for (const { account, id } of created) {
    if (account.state === 'disabled')
      await must(`disable ${account.username}`, call(core, 'accounts.disable', { id }));
  }
  await must('lock', call(core, 'vault.lock', {}));

  for (const { account } of created.filter((c) => c.account.state === 'ready')) {
    await must(
      `first sign-in ${account.username}`,
      call(core, 'vault.unlock', { username: account.username, passphrase: `${account.passphrase} first` }),
    );
    await must(
      `choose passphrase ${account.username}`,
      call(core, 'vault.changePassphrase', {
        currentPassphrase: `${account.passphrase} first`,
        newPassphrase: account.passphrase,
      }),
    );
    await must('lock', call(core, 'vault.lock', {}));
  }
  return { recoveryKey };
}

/** The sign-in sheet printed by dev:browser --demo; roles in the words the app's screens use. */
export function demoSignInSheet(recoveryKey?: string): string {
  const rows = [DEMO_ADMIN, ...DEMO_STAFF].map((a) => {
    const note =
      a.state === 'temporary' ? ' (temporary: must change)' : a.state === 'disabled' ? ' (disabled)' : '';
    return `  ${a.username.padEnd(19)} ${a.passphrase.padEnd(28)} ${a.displayName} – ${a.roles.map((r) => ROLE_LABELS[r]).join(', ')}${note}`;
  });
  return [
    `Demo data (all fictional): ${DEMO_ORGANISATION}`,
    `  ${'username'.padEnd(19)} ${'passphrase'.padEnd(28)} who`,
    ...rows,
    recoveryKey ? `  recovery key: ${recoveryKey}` : '',
    `  idle lock: ${DEMO_IDLE_MINUTES} minutes`,
  ]
    .filter(Boolean)
    .join('\n');
}
