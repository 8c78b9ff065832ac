import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';

/** Argon2id at the library minimum: tests sign in hundreds of times. Production refuses it. */
export const FAST_KDF = { kdf: { opslimit: 1, memlimit: 8192 }, allowWeakKdf: true } as const;

export const ADMIN = {
  organisationName: 'Fictional Resettlement Trust',
  displayName: 'Alex Example',
  username: 'alex.admin',
  passphrase: 'Harbour lantern 7 violet kettle',
};

export interface TestCore {
  core: Core;
  dir: string;
  options: CoreOptions;
  /** Call a channel and return its value, failing the test when it does not succeed. */
  ok<T = unknown>(channel: string, input?: unknown): Promise<T>;
  call(channel: string, input?: unknown): Promise<Result<unknown>>;
  /** Close and open a new core over the same folder, as a restart would. */
  restart(extra?: Partial<CoreOptions>): Promise<void>;
  cleanup(): Promise<void>;
}

export async function makeCore(extra: Partial<CoreOptions> = {}, existingDir?: string): Promise<TestCore> {
  const dir = existingDir ?? mkdtempSync(join(tmpdir(), 'waymark-test-'));
  const options: CoreOptions = { dataDir: dir, ...FAST_KDF, automaticBackups: false, ...extra };
  const t: TestCore = {
    core: await createCore(options),
    dir,
    options,
    call: (channel, input = {}) => t.core.call(channel, input),
    async ok<T>(channel: string, input: unknown = {}) {
      const r = await t.core.call(channel, input);
      if (!r.ok)
        throw new Error(
          `${channel} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fieldErrors ?? {})}`,
        );
      return r.value as T;
    },
    async restart(more = {}) {
      await t.core.close();
      t.options = { ...t.options, ...more };
      t.core = await createCore(t.options);
    },
    async cleanup() {
      await t.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** A core with the first administrator set up and signed in. */
export async function makeSetUpCore(
  extra: Partial<CoreOptions> = {},
): Promise<TestCore & { recoveryKey: string; adminId: string }> {
  const t = await makeCore(extra);
  const out = await t.ok<{ recoveryKey: string; session: { accountId: string } }>('vault.setup', ADMIN);
  return Object.assign(t, { recoveryKey: out.recoveryKey, adminId: out.session.accountId });
}

/** The temporary passphrase tests give new accounts, and the one those people then choose. */
export const TEMPORARY_PASSPHRASE = 'Granite puffin 42 orchard lamp';
export const CHOSEN_PASSPHRASE = 'Thistle harbour 31 amber fox';

/**
 * As the signed-in administrator, add an account; then lock, sign in as that person and choose
 * their own passphrase, so the core's caller is now them. Returns the new account's id.
 */
export async function becomeNewAccount(
  t: TestCore,
  username: string,
  roles: string[],
  displayName: string = username,
): Promise<string> {
  const { id } = await t.ok<{ id: string }>('accounts.create', {
    username,
    displayName,
    roles,
    temporaryPassphrase: TEMPORARY_PASSPHRASE,
  });
  await t.ok('vault.lock');
  await t.ok('vault.unlock', { username, passphrase: TEMPORARY_PASSPHRASE });
  await t.ok('vault.changePassphrase', {
    currentPassphrase: TEMPORARY_PASSPHRASE,
    newPassphrase: CHOSEN_PASSPHRASE,
  });
  return id;
}
