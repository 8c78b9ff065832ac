import type { EntityManager } from 'typeorm';
import { deleteSetting, readSettingValue, writeSettingValue } from '../db/setting-rows';
import type { RecoveryKeyNotice } from '../../../shared/contract/vault';
import type { Vault } from './vault.service';

/**
 * A just-issued recovery key, kept until an administrator confirms they stored it, so a reload
 * does not lose it. A data-protection choice: the key is NEVER written to disk. It lives here, in
 * the core's memory, tied to the session that opened the database: once that session locks (or
 * the app restarts) nothing can reach it, and the administrator is told it was never confirmed
 * and offered a new one. The database holds only the flag `recoveryKeyNotice` saying why.
 */
const held = new WeakMap<Vault, { session: object; recoveryKey: string }>();

const NOTICE_KEY = 'recoveryKeyNotice';

/** A key was issued: remember it for this session and flag it as not yet confirmed. */
export async function noteIssuedRecoveryKey(
  em: EntityManager,
  vault: Vault,
  recoveryKey: string,
  accountId: string,
  now: Date,
): Promise<void> {
  held.set(vault, { session: vault.database, recoveryKey });
  await saveFlag(em, 'unconfirmed', accountId, now);
}

/** Someone signed in with the recovery key: ask administrators to replace it. */
export async function noteRecoveryKeyUsed(
  em: EntityManager,
  vault: Vault,
  accountId: string,
  now: Date,
): Promise<void> {
  held.delete(vault);
  await saveFlag(em, 'used', accountId, now);
}

/** Dealt with: forget the key and clear the flag. Returns false when there was nothing to clear. */
export async function clearRecoveryNotice(em: EntityManager, vault: Vault): Promise<boolean> {
  held.delete(vault);
  return deleteSetting(em, NOTICE_KEY);
}

/** Called whenever the vault is seen locked, so the key never outlives its session. */
export function forgetRecoveryKey(vault: Vault): void {
  held.delete(vault);
}

export async function readRecoveryNotice(em: EntityManager, vault: Vault): Promise<RecoveryKeyNotice | null> {
  const reason = await readSettingValue(em, NOTICE_KEY);
  if (reason !== 'unconfirmed' && reason !== 'used') return null;
  const mine = held.get(vault);
  const recoveryKey = reason === 'unconfirmed' && mine?.session === vault.database ? mine.recoveryKey : null;
  return { reason, recoveryKey };
}

async function saveFlag(
  em: EntityManager,
  reason: RecoveryKeyNotice['reason'],
  accountId: string,
  now: Date,
): Promise<void> {
  await writeSettingValue(em, NOTICE_KEY, reason, accountId, now);
}
