import { randomUUID } from 'node:crypto';
import { contract } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import type { KeySlot } from '../vault/header';
import { assertPassphraseRules } from '../policy/passphrase-policy';
import { CoreError } from '../../../shared/errors';
import { accountTable, formerAccountTable } from './accounts.tables';

const AccountEntity = accountTable.entity;
const FormerAccountEntity = formerAccountTable.entity;
import {
  assertNotSelf,
  assertOtherAdministrator,
  isAdministrator,
  getAccount,
  insertAccount,
  listAccounts,
  toSummary,
  updateAccount,
} from './accounts.service';

const accountTarget = (id: string | undefined, detail?: string) => ({
  recordType: 'account',
  recordId: id ?? null,
  detail: detail ?? null,
});

/**
 * Summaries returned by a write that changed nothing (roles or name saved as they were). The
 * audit hook sees the same object, so it can tell the dispatcher to write no row.
 */
const unchanged = new WeakSet<object>();
const asUnchanged = <T extends object>(value: T): T => {
  unchanged.add(value);
  return value;
};
const isUnchanged = (output: object | null) => output !== null && unchanged.has(output);

export const accountsHandlers = defineHandlers(contract.accounts, {
  list: { run: ({ em }) => listAccounts(em) },

  create: {
    // Argon2id for the new slot is slow, so it runs before the transaction opens.
    prepare({ vault }, input): KeySlot {
      const context = { ...input, organisationName: vault.organisationName() ?? '' };
      assertPassphraseRules(input.temporaryPassphrase, context, 'temporaryPassphrase');
      return vault.wrapFor(randomUUID(), input.username, input.temporaryPassphrase);
    },
    async run({ em, vault, now }, input, slot: KeySlot) {
      const row = await insertAccount(
        em,
        {
          id: slot.accountId!,
          username: input.username,
          displayName: input.displayName,
          roles: input.roles,
          mustChangePassphrase: true,
        },
        now,
      );
      // Written inside the transaction: if the header cannot be saved, the account is not created.
      vault.commitSlot(slot);
      return toSummary(row);
    },
    audit: (input, output) => accountTarget(output?.id, `roles=${input.roles.join(',')}`),
  },

  setRoles: {
    async run({ em, now }, input) {
      const current = await getAccount(em, input.id);
      // Roles arrive in ROLES order (the schema sorts them), as toSummary gives them back.
      if (toSummary(current).roles.join(',') === input.roles.join(','))
        return asUnchanged(toSummary(current));
      // Holds for your own account too: the last enabled administrator cannot stop being one.
      if (isAdministrator(current) && !input.roles.includes('administrator'))
        await assertOtherAdministrator(em, input.id);
      return toSummary(await updateAccount(em, input.id, { roles: JSON.stringify(input.roles) }, now));
    },
    audit: (input, output) => ({
      ...accountTarget(input.id, `roles=${input.roles.join(',')}`),
      skip: isUnchanged(output),
    }),
  },

  rename: {
    async run({ em, now }, input) {
      const current = await getAccount(em, input.id);
      if (current.displayName === input.displayName) return asUnchanged(toSummary(current));
      return toSummary(await updateAccount(em, input.id, { displayName: input.displayName }, now));
    },
    // The name itself stays out of the audit row (rows are never personal); the account is named.
    audit: (input, output) => ({ ...accountTarget(input.id, 'name corrected'), skip: isUnchanged(output) }),
  },

  disable: {
    // For cause, the data key is replaced before the transaction (slow: the database is rekeyed on a
    // copy and swapped in); the person's slot leaves the vault in the same write that seals the new key.
    async prepare({ vault, caller }, input) {
      if (!input.forCause) return;
      assertNotSelf(caller!.accountId, input.id, 'disable');
      await vault.database.dataSource.transaction(async (em) => {
        const current = await getAccount(em, input.id);
        if (isAdministrator(current)) await assertOtherAdministrator(em, input.id);
      });
      await vault.rotateDataKey(input.id);
    },
    async run({ em, vault, caller, now }, input) {
      assertNotSelf(caller!.accountId, input.id, 'disable');
      const current = await getAccount(em, input.id);
      if (isAdministrator(current)) await assertOtherAdministrator(em, input.id);
      const row = await updateAccount(em, input.id, { disabled: true }, now);
      // Destroy the key slot: a disabled person's passphrase no longer opens anything.
      vault.removeSlot(input.id);
      return toSummary(row);
    },
    audit: (input) =>
      accountTarget(input.id, input.forCause ? 'for cause: database key replaced' : undefined),
  },

  resetPassphrase: {
    async prepare({ vault, caller }, input): Promise<KeySlot> {
      assertNotSelf(caller!.accountId, input.id, 'reset the passphrase of');
      const row = await vault.database.dataSource
        .getRepository(AccountEntity)
        .findOne({ where: { id: input.id } });
      if (!row) throw new CoreError('NOT_FOUND', 'That account no longer exists.');
      const context = {
        username: row.username,
        displayName: row.displayName,
        organisationName: vault.organisationName() ?? '',
      };
      assertPassphraseRules(input.temporaryPassphrase, context, 'temporaryPassphrase');
      return vault.wrapFor(row.id, row.username, input.temporaryPassphrase);
    },
    async run({ em, vault, now }, input, slot: KeySlot) {
      await getAccount(em, input.id);
      const row = await updateAccount(em, input.id, { mustChangePassphrase: true, disabled: false }, now);
      vault.commitSlot(slot);
      return toSummary(row);
    },
    audit: (input) => accountTarget(input.id),
  },

  remove: {
    async run({ em, vault, caller, now }, input) {
      assertNotSelf(caller!.accountId, input.id, 'remove');
      const current = await getAccount(em, input.id);
      if (isAdministrator(current)) await assertOtherAdministrator(em, input.id);
      // Keep who they were, so their audit rows still name them.
      await em.getRepository(FormerAccountEntity).save({
        id: current.id,
        username: current.username,
        displayName: current.displayName,
        removedAt: now.toISOString(),
      });
      await em.getRepository(AccountEntity).delete({ id: input.id });
      vault.removeSlot(input.id);
      return { removed: true as const };
    },
    audit: (input) => accountTarget(input.id),
  },
});
