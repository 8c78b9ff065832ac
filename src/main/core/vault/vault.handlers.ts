import { contract, type SessionInfo } from '../../../shared/contract';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../../shared/settings';
import type { EntityManager } from 'typeorm';
import { defineHandlers } from '../ipc/handler.types';
import { readCaller } from '../session/caller';
import { accountTable } from '../accounts/accounts.tables';
import { insertAccount, isAdministrator, updateAccount } from '../accounts/accounts.service';
import { CoreError } from '../../../shared/errors';
import { readSettings, writeSetting } from '../settings/settings.service';
import type { KeySlot } from './header';
import { assertPassphraseRules } from '../policy/passphrase-policy';
import { backupsFor } from '../backup/backup.service';
import {
  clearRestoreNote,
  readRestoreNote,
  restoreAuditEntry,
  type RestoreNote,
} from '../backup/restore-note';
import type { PendingFailure } from './vault.service';
import {
  clearRecoveryNotice,
  forgetRecoveryKey,
  noteIssuedRecoveryKey,
  noteRecoveryKeyUsed,
  readRecoveryNotice,
} from './recovery-notice';

async function sessionInfo(em: EntityManager, accountId: string): Promise<SessionInfo> {
  const caller = await readCaller(em, accountId);
  if (!caller) throw new CoreError('NOT_FOUND', 'That account no longer exists.');
  const { username, displayName, roles, mustChangePassphrase } = caller;
  return { accountId, username, displayName, roles, mustChangePassphrase };
}

/** Failed sign-ins kept while locked, written to the audit log by the next successful one. */
const earlierFailures = (pending: PendingFailure[]) =>
  pending.map((p) => ({ at: p.at, action: 'vault.unlock', detail: p.reason, actor: p.username }));

export const vaultHandlers = defineHandlers(contract.vault, {
  status: {
    async run({ vault, em }) {
      const state = vault.state();
      const unlocked = state === 'unlocked';
      const session = unlocked ? await sessionInfo(em, vault.session!.accountId) : null;
      if (!unlocked) forgetRecoveryKey(vault);
      // Only administrators can act on a recovery key notice, so only they are told about it.
      if (session)
        session.recoveryKeyNotice = session.roles.includes('administrator')
          ? await readRecoveryNotice(em, vault)
          : null;
      return {
        state,
        organisationName: vault.organisationName(),
        retryAfterSeconds: state === 'locked' ? vault.retryAfterSeconds() : 0,
        session,
        idleLockMinutes: unlocked ? (await readSettings(em)).idleLockMinutes : null,
        integrity: unlocked ? (backupsFor(vault)?.integrity() ?? null) : null,
      };
    },
  },

  setup: {
    prepare: async ({ vault }, input) => (await vault.setup(input)).recoveryKey,
    async run({ em, vault, now }, input, recoveryKey: string) {
      const accountId = vault.session!.accountId;
      await insertAccount(
        em,
        {
          id: accountId,
          username: input.username,
          displayName: input.displayName,
          roles: ['administrator', 'coordinator'],
          mustChangePassphrase: false,
        },
        now,
      );
      await writeSetting(em, 'idleLockMinutes', DEFAULT_IDLE_LOCK_MINUTES, accountId, now);
      await updateAccount(em, accountId, { lastSignInAt: now.toISOString() }, now);
      await noteIssuedRecoveryKey(em, vault, recoveryKey, accountId, now);
      return { recoveryKey, session: await sessionInfo(em, accountId) };
    },
    // If the first account cannot be written, remove the half-made vault so set-up can run again.
    abort: ({ vault }) => vault.discardIncompleteSetup(),
    audit: (_input, output) => ({
      actorAccountId: output?.session.accountId,
      recordType: 'account',
      recordId: output?.session.accountId ?? null,
      detail: 'vault created',
    }),
  },

  unlock: {
    // A restore done while locked left a note: its audit row comes first, then this sign-in's.
    prepare: async ({ vault }, input) => ({
      ...(await vault.unlock(input.username, input.passphrase)),
      restored: readRestoreNote(vault.paths.dir),
    }),
    async run({ em, now }, _input, prepared: { accountId: string }) {
      await updateAccount(em, prepared.accountId, { lastSignInAt: now.toISOString() }, now);
      return sessionInfo(em, prepared.accountId);
    },
    after: async ({ vault }) => clearRestoreNote(vault.paths.dir),
    abort: ({ lock }) => lock('user'),
    audit: (
      _input,
      _output,
      prepared: { accountId: string; pending: PendingFailure[]; restored: RestoreNote | null } | null,
    ) => ({
      actorAccountId: prepared?.accountId,
      earlier: [
        ...restoreAuditEntry(prepared?.restored ?? null),
        ...earlierFailures(prepared?.pending ?? []),
      ],
    }),
  },

  recover: {
    async prepare({ vault }, input) {
      const opened = await vault.recover(input.username, input.recoveryKey);
      try {
        const row = await vault.database.dataSource
          .getRepository(accountTable.entity)
          .findOneOrFail({ where: { id: opened.accountId } });
        if (!isAdministrator(row)) {
          throw new CoreError('FORBIDDEN', 'The recovery key can only be used to sign in an administrator.');
        }
        assertPassphraseRules(
          input.newPassphrase,
          {
            username: row.username,
            displayName: row.displayName,
            organisationName: vault.organisationName() ?? '',
          },
          'newPassphrase',
        );
        return { ...opened, slot: vault.wrapFor(row.id, row.username, input.newPassphrase) };
      } catch (err) {
        // Not an administrator, or a refused passphrase: nothing was changed; close what the key opened.
        await vault.lock();
        throw err;
      }
    },
    async run({ em, vault, now }, _input, prepared: { accountId: string; slot: KeySlot }) {
      await updateAccount(
        em,
        prepared.accountId,
        { lastSignInAt: now.toISOString(), mustChangePassphrase: false },
        now,
      );
      vault.commitSlot(prepared.slot);
      await noteRecoveryKeyUsed(em, vault, prepared.accountId, now);
      return sessionInfo(em, prepared.accountId);
    },
    abort: ({ lock }) => lock('user'),
    audit: (_input, _output, prepared: { accountId: string; pending: PendingFailure[] } | null) => ({
      actorAccountId: prepared?.accountId,
      detail: 'recovery key used',
      earlier: earlierFailures(prepared?.pending ?? []),
    }),
  },

  lock: {
    run: async () => ({ locked: true as const }),
    // The audit row is committed first; only then is the database closed.
    after: ({ lock }, _output, input) => lock(input.reason ?? 'user'),
    audit: (input) => ({ detail: input.reason ?? 'user' }),
  },

  changePassphrase: {
    prepare({ vault, caller }, input): KeySlot {
      const me = caller!;
      const context = {
        username: me.username,
        displayName: me.displayName,
        organisationName: vault.organisationName() ?? '',
      };
      assertPassphraseRules(input.newPassphrase, context, 'newPassphrase');
      return vault.prepareNewPassphrase(input.currentPassphrase, input.newPassphrase);
    },
    async run({ em, vault, caller, now }, _input, slot: KeySlot) {
      await updateAccount(em, caller!.accountId, { mustChangePassphrase: false }, now);
      vault.commitSlot(slot);
      return sessionInfo(em, caller!.accountId);
    },
    audit: (_input, _output, _slot) => ({ recordType: 'account', detail: null }),
  },

  newRecoveryKey: {
    // Argon2id twice (check the passphrase, wrap the new key): outside the transaction.
    prepare: ({ vault }, input) => vault.prepareNewRecoveryKey(input.currentPassphrase),
    async run({ em, vault, caller, now }, _input, prepared: { recoveryKey: string; slot: KeySlot }) {
      vault.commitSlot(prepared.slot);
      await noteIssuedRecoveryKey(em, vault, prepared.recoveryKey, caller!.accountId, now);
      return { recoveryKey: prepared.recoveryKey };
    },
    audit: () => ({ detail: 'recovery key replaced' }),
  },

  // The core's idle watch counts the call itself (see session/idle-watch.ts); nothing else to do.
  activity: { run: async () => ({ ok: true as const }) },

  acknowledgeRecoveryKey: {
    async run({ em, vault }) {
      return { cleared: await clearRecoveryNotice(em, vault) };
    },
    // Nothing to acknowledge (a second click, another window): no row.
    audit: (_input, output) => ({
      detail: 'recovery key notice dealt with',
      skip: output?.cleared === false,
    }),
  },
});
