import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type sodiumModule from 'libsodium-wrappers-sumo';
import Database from 'better-sqlite3-multiple-ciphers';
import { CoreError } from '../../../shared/errors';
import { applyKey } from '../db/cipher';
import { parseHeader, readHeader, verifyHeaderMac, type VaultHeader } from '../vault/header';
import { dataKeyFromHeader, type HeaderCredentials } from '../vault/header-key';
import { assertNotThrottled, retryAfterSeconds, type ThrottleStore } from '../vault/throttle';
import type { Vault } from '../vault/vault.service';
import { BACKUP_DB, BACKUP_VAULT, listBackups } from './backup-folder';
import { checkDatabase, verifyCopy } from './backup-job';
import { swapInRestore } from './restore-swap';

type Sodium = typeof sodiumModule;

export interface RestoreRequest {
  backupId: string;
  username: string;
  credentials: HeaderCredentials;
}

const refused = (message: string) => new CoreError('DAMAGED', message);

/**
 * Put a backup back: only while locked, only for an enabled administrator of the backup, only a
 * backup that verifies now (vault MAC, quick_check, audit chain). The live files are moved aside
 * (never deleted), the backup's database and vault file of the same moment take their place, and a
 * note asks the next sign-in to record the restore as its first audit row.
 */
export async function restoreBackup(
  sodium: Sodium,
  vault: Vault,
  request: RestoreRequest,
  now: Date,
  /** Lock (if signed in) and stop background work; runs once the backup is known to be good. */
  beforeSwap: () => Promise<void>,
): Promise<{ restoredFrom: string; createdAt: string }> {
  const throttle = vault.throttle;
  assertNotThrottled(throttle.read(now), now);
  const listed = listBackups(vault.paths.backups).find((b) => b.id === request.backupId);
  if (!listed?.manifest)
    throw new CoreError('NOT_FOUND', 'That backup is not in the backups folder, or is incomplete.');
  const folder = join(vault.paths.backups, request.backupId);
  let header: VaultHeader;
  try {
    header = parseHeader(readFileSync(join(folder, BACKUP_VAULT), 'utf8'));
  } catch {
    throw refused('That backup’s vault file is damaged, so it cannot be restored. Choose an earlier backup.');
  }

  const opened = dataKeyFromHeader(sodium, header, request.credentials);
  if (!opened) throw badCredentials(throttle, now, request, vault.state() !== 'unlocked');
  const key = opened.key;
  try {
    if (!verifyHeaderMac(key, header))
      throw refused('That backup’s vault file has been altered, so it is not trusted.');
    const verified = verifyCopy(join(folder, BACKUP_DB), header, key);
    if (!verified.ok)
      throw refused('That backup is damaged or has been altered, so it cannot be restored. Choose another.');
    if (!isEnabledAdministrator(join(folder, BACKUP_DB), header, key, request.username, opened.accountId)) {
      throw badCredentials(throttle, now, request, vault.state() !== 'unlocked');
    }
    await beforeSwap();
    if (vault.state() === 'unlocked') throw new CoreError('CONFLICT', 'Lock Waymark before restoring.');
    const healthy = liveIsHealthy(vault, key);
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    swapInRestore(vault.paths, folder, {
      aside: join(vault.paths.dir, healthy ? 'replaced' : 'damaged', stamp),
      note: { at: now.toISOString(), backupId: request.backupId, username: request.username.toLowerCase() },
    });
    return { restoredFrom: request.backupId, createdAt: listed.manifest.createdAt };
  } finally {
    sodium.memzero(key);
  }
}

/** `locked`: the failure waits for the next sign-in's audit rows; unlocked, the call's own row records it. */
function badCredentials(
  throttle: ThrottleStore,
  now: Date,
  request: RestoreRequest,
  locked: boolean,
): CoreError {
  const state = throttle.recordFailure(now, 'restore-refused', request.username.toLowerCase(), locked);
  const wait = retryAfterSeconds(state, now);
  const message =
    'Those details do not open that backup as an administrator. Use the username and passphrase (or recovery key) as they were when the backup was taken.';
  return wait > 0
    ? new CoreError('THROTTLED', `${message} Too many unsuccessful attempts: wait ${wait} seconds.`, {
        retryAfterSeconds: wait,
      })
    : new CoreError('BAD_CREDENTIALS', message);
}

/** The account must be in the backup, enabled, an administrator, and (for a passphrase) its own slot. */
function isEnabledAdministrator(
  path: string,
  header: VaultHeader,
  key: Uint8Array,
  username: string,
  slotAccountId: string | null,
): boolean {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, header.cipher, key);
    const row = db
      .prepare('SELECT id, roles, disabled FROM account WHERE username = ?')
      .get(username.toLowerCase()) as { id: string; roles: string; disabled: number } | undefined;
    if (!row || row.disabled) return false;
    if (slotAccountId && row.id !== slotAccountId) return false;
    const roles = JSON.parse(row.roles) as unknown;
    return Array.isArray(roles) && roles.includes('administrator');
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** Was the live database sound (same key, quick_check)? Only decides the folder name it is moved to. */
function liveIsHealthy(vault: Vault, key: Uint8Array): boolean {
  try {
    const live = readHeader(vault.paths.header);
    if (!live || !verifyHeaderMac(key, live) || !existsSync(vault.paths.database)) return false;
    return checkDatabase(vault.paths.database, live.cipher, key) === 'ok';
  } catch {
    return false;
  }
}
