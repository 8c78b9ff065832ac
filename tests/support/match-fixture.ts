import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, expect } from 'vitest';
import type { AppError } from '../../src/shared/errors';
import {
  ADMIN,
  CHOSEN_PASSPHRASE,
  TEMPORARY_PASSPHRASE,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from './core-fixture';
import { openRaw } from './raw-db';

/**
 * The staff the matching and relationship core tests (issue 10) sign in as, set up once per test:
 * each account is made by the administrator, who signs back in after each, so the order of the
 * list never matters. A username with its roles.
 */
export type StaffList = readonly (readonly [username: string, roles: readonly string[]])[];

/** Two caseworkers (to test caseload scope), a lead mentor and a co-ordinator. */
export const MATCH_STAFF = [
  ['cas.one', ['caseworker']],
  ['cas.two', ['caseworker']],
  ['lee.lead', ['lead_mentor']],
  ['cora.c', ['coordinator']],
] as const satisfies StaffList;

/** The same, with a safeguarding lead (who reads casework but writes none). */
export const MATCH_STAFF_AND_SAFEGUARDING = [
  ...MATCH_STAFF,
  ['saf.lead', ['safeguarding_lead']],
] as const satisfies StaffList;

export interface StaffCore extends TestCore {
  /** Account ids by username. */
  ids: Record<string, string>;
  /** Lock and sign in as one of the staff (or the administrator). */
  as(username: string): Promise<void>;
  /** The database opened behind the core's back, to seed and inspect; closed by `cleanup`. */
  db: Database.Database;
}

export async function setUpStaff(o: {
  /** The core's fixed clock. */
  now: Date;
  staff?: StaffList;
  /** Who is signed in when set-up is done. */
  signedIn?: string;
  displayName?: (username: string) => string;
}): Promise<StaffCore> {
  const s = await makeSetUpCore({ now: () => o.now });
  const ids: Record<string, string> = {};
  const as = (username: string) => signInAs(s, username);
  for (const [username, roles] of o.staff ?? MATCH_STAFF) {
    ids[username] = await becomeNewAccount(s, username, [...roles], o.displayName?.(username));
    await as(ADMIN.username);
  }
  await as(o.signedIn ?? 'cora.c');
  const db = await openRaw(s.dir, ADMIN.username, ADMIN.passphrase);
  const cleanup = s.cleanup;
  return Object.assign(s, {
    ids,
    as,
    db,
    async cleanup() {
      db.close();
      await cleanup();
    },
  });
}

/** Lock, then sign in as one of the test accounts (they chose CHOSEN_PASSPHRASE) or the administrator. */
export async function signInAs(s: TestCore, username: string): Promise<void> {
  await s.ok('vault.lock');
  await s.ok('vault.unlock', {
    username,
    passphrase: username === ADMIN.username ? ADMIN.passphrase : CHOSEN_PASSPHRASE,
  });
}

/**
 * Add an account and stay signed in as who made it (`becomeNewAccount` does this and signs in as
 * them at once); `firstSignIn` signs them in later. Returns the new account's id.
 */
export async function addAccount(s: TestCore, username: string, roles: string[], displayName: string) {
  const { id } = await s.ok<{ id: string }>('accounts.create', {
    username,
    displayName,
    roles,
    temporaryPassphrase: TEMPORARY_PASSPHRASE,
  });
  return id;
}

/** Sign in for the first time with the temporary passphrase and choose CHOSEN_PASSPHRASE. */
export async function firstSignIn(s: TestCore, username: string): Promise<void> {
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username, passphrase: TEMPORARY_PASSPHRASE });
  await s.ok('vault.changePassphrase', {
    currentPassphrase: TEMPORARY_PASSPHRASE,
    newPassphrase: CHOSEN_PASSPHRASE,
  });
}

/** The error a call gives, failing the test when it succeeds. */
export async function errorOf(s: TestCore, channel: string, input: unknown): Promise<AppError> {
  const r = await s.call(channel, input);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}

/** The call is refused as bad input, with a plain-English message on `field`. */
export async function expectFieldError(s: TestCore, channel: string, input: unknown, field: string) {
  const r = await s.call(channel, input);
  expect(r, `${channel} ${field}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  if (!r.ok) expect(Object.keys(r.error.fieldErrors ?? {}), JSON.stringify(input)).toContain(field);
}

/**
 * At the top of a test file: after each test, clean up the core the returned function was last
 * handed (a test that fails half-way still leaves no folder or open handle behind).
 */
export function cleanUpAfterEach(): <T extends TestCore>(core: T) => T {
  let current: TestCore | undefined;
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return (core) => {
    current = core;
    return core;
  };
}
