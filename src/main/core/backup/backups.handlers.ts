import { contract, type BackupInfo } from '../../../shared/contract';
import { defineHandlers } from '../ipc/handler.types';
import { loadSodium } from '../crypto/sodium';
import type { Vault } from '../vault/vault.service';
import { listBackups } from './backup-folder';
import { backupsFor } from './backup.service';
import { readBackupsToKeep, writeBackupsToKeep } from './keep-setting';
import { restoreBackup } from './restore';

/** What the list shows: dates, sizes, verification. Read from manifests only, so it works locked. */
function listed(vault: Vault): BackupInfo[] {
  return listBackups(vault.paths.backups).map((b) => ({
    id: b.id,
    createdAt: b.manifest?.createdAt ?? null,
    sizeBytes: b.sizeBytes,
    verified: !!b.manifest && b.manifest.sizeBytes === b.sizeBytes,
  }));
}

export const backupsHandlers = defineHandlers(contract.backups, {
  list: {
    async run({ vault, em }) {
      const backups = backupsFor(vault);
      return {
        backups: listed(vault),
        activity: backups?.activity() ?? 'idle',
        lastResult: backups?.lastResult() ?? null,
        keep: vault.state() === 'unlocked' ? await readBackupsToKeep(em) : null,
      };
    },
  },

  create: {
    run: async () => ({ started: true }),
    // Started once the audit row is committed; the list shows "Backing up…" until it ends.
    after: async ({ vault }) => backupsFor(vault)?.requestNow(),
    audit: () => ({ detail: 'backup requested' }),
  },

  setKeep: {
    async run({ em, caller, now }, input) {
      await writeBackupsToKeep(em, input.backupsToKeep, caller!.accountId, now);
      return { backupsToKeep: input.backupsToKeep };
    },
    after: async ({ vault }, output) => backupsFor(vault)?.prune(output.backupsToKeep),
    audit: (input) => ({ detail: `keep ${input.backupsToKeep}` }),
  },

  restore: {
    // Slow (Argon2id, quick_check, chain) and it swaps files: all before the (locked) run.
    async prepare({ vault, now, lock }, input) {
      const credentials =
        'passphrase' in input
          ? { kind: 'passphrase' as const, username: input.username, passphrase: input.passphrase }
          : { kind: 'recovery' as const, recoveryKey: input.recoveryKey };
      return restoreBackup(
        await loadSodium(),
        vault,
        { backupId: input.backupId, username: input.username, credentials },
        now,
        async () => {
          // A deliberate administrator act: an open session is locked before the files change.
          backupsFor(vault)?.cancel();
          if (vault.state() === 'unlocked') await lock('user');
          await backupsFor(vault)?.settled();
        },
      );
    },
    run: async (_ctx, _input, prepared: { restoredFrom: string; createdAt: string }) => prepared,
    audit: (input) => ({ detail: `backup ${input.backupId}` }),
  },
});
