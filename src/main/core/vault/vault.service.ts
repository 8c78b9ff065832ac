import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type sodiumModule from 'libsodium-wrappers-sumo';
import { CoreError } from '../../../shared/errors';
import type { KdfParams } from '../core.types';
import {
  readHeader,
  verifyHeaderMac,
  writeHeader,
  type KeySlot,
  type UnsignedHeader,
  type VaultHeader,
} from './header';
import { wrapSlot, unwrapSlot } from './slots';
import { assertKdfAllowed, deriveKek, newSlotKdf } from './kdf';
import { generateRecoveryKey, normaliseRecoveryKey } from './recovery-key';
import { clearedThrottle, readThrottle, recordFailure, retryAfterSeconds, writeThrottle } from './throttle';
import { subKey } from './keys';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import { DEFAULT_CIPHER } from '../db/cipher';
import { migrate } from '../db/migrate';
import { AccountEntity } from '../db/entities';
import { GENESIS_HASH } from '../audit/audit-chain';

type Sodium = typeof sodiumModule;

export interface VaultPaths {
  dir: string;
  header: string;
  throttle: string;
  database: string;
  backups: string;
}

export const vaultPaths = (dir: string): VaultPaths => ({
  dir,
  header: join(dir, 'vault.json'),
  throttle: join(dir, 'throttle.json'),
  database: join(dir, 'waymark.db'),
  backups: join(dir, 'backups'),
});

export interface VaultOptions {
  kdf: KdfParams;
  allowWeakKdf: boolean;
  now: () => Date;
}

/** A failed sign-in kept in the throttle file until the next unlock writes it to the audit log. */
export interface PendingFailure {
  at: string;
  reason: string;
}

const badCredentials = () =>
  new CoreError('BAD_CREDENTIALS', 'That username and passphrase do not match. Check them and try again.');

/**
 * The vault: key slots, unlock and lock, and the open database while unlocked. It never decides
 * who may do what (the policy does) and never writes audit rows (the dispatcher does).
 */
export class Vault {
  private dataKey: Uint8Array | null = null;
  private header: VaultHeader | null = null;
  private opened: OpenedDatabase | null = null;
  private signedIn: { accountId: string; username: string } | null = null;

  constructor(
    private readonly sodium: Sodium,
    readonly paths: VaultPaths,
    private readonly options: VaultOptions,
  ) {
    assertKdfAllowed(options.kdf, options.allowWeakKdf);
  }

  state(): 'uninitialised' | 'locked' | 'unlocked' {
    if (this.opened && this.signedIn) return 'unlocked';
    return existsSync(this.paths.header) ? 'locked' : 'uninitialised';
  }

  organisationName(): string | null {
    return (this.header ?? readHeader(this.paths.header))?.organisationName ?? null;
  }

  retryAfterSeconds(): number {
    return retryAfterSeconds(readThrottle(this.paths.throttle), this.options.now());
  }

  get session(): { accountId: string; username: string } | null {
    return this.signedIn;
  }

  get database(): OpenedDatabase {
    if (!this.opened || !this.signedIn)
      throw new CoreError('LOCKED', 'Waymark is locked. Sign in to continue.');
    return this.opened;
  }

  auditKey(): Buffer {
    if (!this.dataKey) throw new CoreError('LOCKED', 'Waymark is locked. Sign in to continue.');
    return subKey(this.dataKey, 'audit-chain');
  }

  /** First run: data key, header with the first account's slot and the recovery slot, new database. */
  async setup(input: { organisationName: string; username: string; passphrase: string }): Promise<{
    recoveryKey: string;
    accountId: string;
    opened: OpenedDatabase;
  }> {
    if (existsSync(this.paths.header))
      throw new CoreError('ALREADY_SET_UP', 'Waymark is already set up on this computer.');
    if (existsSync(this.paths.database)) {
      throw new CoreError(
        'CONFLICT',
        'The data folder already holds a database without its vault file. Restore vault.json from a backup, or choose an empty data folder.',
      );
    }
    mkdirSync(this.paths.dir, { recursive: true, mode: 0o700 });
    const dataKey = new Uint8Array(randomBytes(32));
    const vaultId = randomUUID();
    const accountId = randomUUID();
    const recoveryKey = generateRecoveryKey();
    const slots: KeySlot[] = [
      wrapSlot(this.sodium, vaultId, dataKey, input.passphrase, this.options.kdf, {
        kind: 'account',
        accountId,
        username: input.username,
      }),
      wrapSlot(this.sodium, vaultId, dataKey, recoveryKey, this.options.kdf, {
        kind: 'recovery',
        accountId: null,
        username: null,
      }),
    ];
    const opened = await openDatabase(this.paths.database, DEFAULT_CIPHER, dataKey, { create: true });
    migrate(opened.raw, this.paths.backups, this.options.now());
    const unsigned: UnsignedHeader = {
      format: 'waymark-vault',
      version: 1,
      vaultId,
      organisationName: input.organisationName,
      cipher: DEFAULT_CIPHER,
      createdAt: this.options.now().toISOString(),
      slots,
      anchor: { counter: 0, auditHead: GENESIS_HASH },
    };
    this.header = writeHeader(this.paths.header, dataKey, unsigned);
    writeThrottle(this.paths.throttle, clearedThrottle());
    this.dataKey = dataKey;
    this.opened = opened;
    this.signedIn = { accountId, username: input.username.toLowerCase() };
    return { recoveryKey, accountId, opened };
  }

  /** Unwrap the data key with an account's passphrase, check the header and open the database. */
  async unlock(
    username: string,
    passphrase: string,
  ): Promise<{ accountId: string; pending: PendingFailure[] }> {
    const header = this.requireHeader();
    this.checkThrottle();
    const slot = header.slots.find((s) => s.kind === 'account' && s.username === username.toLowerCase());
    if (!slot) {
      // Spend the same effort as a real attempt so timing does not reveal which usernames exist.
      deriveKek(this.sodium, passphrase, newSlotKdf(this.sodium, this.options.kdf));
      throw this.failure('unknown-username');
    }
    const key = unwrapSlot(this.sodium, header.vaultId, slot, passphrase);
    if (!key) throw this.failure('wrong-passphrase');
    return this.openWith(header, key, slot);
  }

  /**
   * Unlock with the recovery key for the named account. The caller checks they are an
   * administrator (locking again if not) and gives them a new passphrase (`wrapFor` +
   * `commitSlot`) inside the sign-in transaction.
   */
  async recover(
    username: string,
    recoveryKey: string,
  ): Promise<{ accountId: string; pending: PendingFailure[] }> {
    const header = this.requireHeader();
    this.checkThrottle();
    const slot = header.slots.find((s) => s.kind === 'recovery');
    const normalised = normaliseRecoveryKey(recoveryKey);
    const key = slot && normalised ? unwrapSlot(this.sodium, header.vaultId, slot, normalised) : null;
    if (!key) {
      throw this.failure(
        'wrong-recovery-key',
        'That recovery key is not right. Check each group of characters.',
      );
    }
    return this.openWith(header, key, null, username);
  }

  /** Does this passphrase open the signed-in account's slot? (Slow: Argon2id.) */
  private opensOwnSlot(passphrase: string): KeySlot {
    const header = this.requireUnlockedHeader();
    const session = this.signedIn!;
    const slot = header.slots.find((s) => s.kind === 'account' && s.accountId === session.accountId);
    if (!slot || !unwrapSlot(this.sodium, header.vaultId, slot, passphrase)) {
      throw new CoreError('BAD_CREDENTIALS', 'Your current passphrase is not right.', {
        fieldErrors: { currentPassphrase: 'Your current passphrase is not right.' },
      });
    }
    return slot;
  }

  /** Check the current passphrase, then make a new recovery key and its slot. Store with `commitSlot`. */
  prepareNewRecoveryKey(currentPassphrase: string): { recoveryKey: string; slot: KeySlot } {
    this.opensOwnSlot(currentPassphrase);
    const header = this.requireUnlockedHeader();
    const recoveryKey = generateRecoveryKey();
    const slot = wrapSlot(this.sodium, header.vaultId, this.dataKey!, recoveryKey, this.options.kdf, {
      kind: 'recovery',
      accountId: null,
      username: null,
    });
    return { recoveryKey, slot };
  }

  /** Check the current passphrase, then rewrap this account's slot. The database is not touched. */
  prepareNewPassphrase(currentPassphrase: string, newPassphrase: string): KeySlot {
    const slot = this.opensOwnSlot(currentPassphrase);
    return this.wrapFor(this.signedIn!.accountId, this.signedIn!.username, newPassphrase, slot.id);
  }

  /** Wrap the data key for an account (slow: Argon2id). Store it with `commitSlot`. */
  wrapFor(accountId: string, username: string, passphrase: string, slotId?: string): KeySlot {
    const header = this.requireUnlockedHeader();
    return wrapSlot(this.sodium, header.vaultId, this.dataKey!, passphrase, this.options.kdf, {
      kind: 'account',
      accountId,
      username,
      ...(slotId ? { id: slotId } : {}),
    });
  }

  /**
   * Put a slot in the header and re-sign it. It replaces the account's old slot and any stale slot
   * left with the same username (from a change whose transaction then failed).
   */
  commitSlot(slot: KeySlot): void {
    const header = this.requireUnlockedHeader();
    const replaced = (s: KeySlot) =>
      slot.kind === 'recovery'
        ? s.kind === 'recovery'
        : s.kind === 'account' && (s.accountId === slot.accountId || s.username === slot.username);
    const slots = header.slots.filter((s) => !replaced(s));
    this.saveHeader({ ...header, slots: [...slots, slot] });
  }

  removeSlot(accountId: string): void {
    const header = this.requireUnlockedHeader();
    this.saveHeader({ ...header, slots: header.slots.filter((s) => s.accountId !== accountId) });
  }

  /** Record the latest audit head so an older copy of the database is refused at the next unlock. */
  recordAnchor(counter: number, auditHead: string): void {
    const header = this.requireUnlockedHeader();
    if (header.anchor.counter === counter && header.anchor.auditHead === auditHead) return;
    this.saveHeader({ ...header, anchor: { counter, auditHead } });
  }

  /**
   * Undo a first-run set-up whose first account could not be written: without it nobody could
   * ever sign in, so the half-made vault is removed and set-up can be run again.
   */
  async discardIncompleteSetup(): Promise<void> {
    await this.lock();
    for (const path of [this.paths.header, this.paths.throttle, this.paths.database]) {
      for (const suffix of path === this.paths.database ? ['', '-wal', '-shm'] : [''])
        rmSync(`${path}${suffix}`, { force: true });
    }
  }

  async lock(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    this.signedIn = null;
    if (this.dataKey) this.sodium.memzero(this.dataKey);
    this.dataKey = null;
    this.header = null;
    if (opened?.dataSource.isInitialized) await opened.dataSource.destroy();
  }

  private saveHeader(header: VaultHeader): void {
    const { mac: _mac, ...unsigned } = header;
    this.header = writeHeader(this.paths.header, this.dataKey!, unsigned);
  }

  private requireHeader(): VaultHeader {
    // Signing in over an open session would leave two connections and two sessions; lock first.
    if (this.opened) throw new CoreError('CONFLICT', 'Someone is already signed in. Lock Waymark first.');
    const header = readHeader(this.paths.header);
    if (!header) throw new CoreError('NOT_SET_UP', 'Waymark has not been set up on this computer yet.');
    return header;
  }

  private requireUnlockedHeader(): VaultHeader {
    if (!this.header || !this.dataKey)
      throw new CoreError('LOCKED', 'Waymark is locked. Sign in to continue.');
    return this.header;
  }

  private checkThrottle(): void {
    const wait = this.retryAfterSeconds();
    if (wait > 0) {
      throw new CoreError(
        'THROTTLED',
        `Too many unsuccessful attempts. Wait ${wait} seconds before trying again.`,
        { retryAfterSeconds: wait },
      );
    }
  }

  private failure(reason: string, message?: string): CoreError {
    const state = recordFailure(readThrottle(this.paths.throttle), this.options.now(), reason);
    writeThrottle(this.paths.throttle, state);
    const wait = retryAfterSeconds(state, this.options.now());
    const err = message ? new CoreError('BAD_CREDENTIALS', message) : badCredentials();
    if (wait > 0) {
      return new CoreError(
        'THROTTLED',
        `${err.message} Too many unsuccessful attempts: wait ${wait} seconds before trying again.`,
        { retryAfterSeconds: wait },
      );
    }
    return err;
  }

  /**
   * With a candidate key: check the header MAC, open and migrate the database, refuse an older
   * copy, and check the account is present and enabled. Any failure closes everything again.
   */
  private async openWith(
    header: VaultHeader,
    key: Uint8Array,
    slot: KeySlot | null,
    recoveryUsername?: string,
  ): Promise<{ accountId: string; pending: PendingFailure[] }> {
    if (!verifyHeaderMac(key, header)) {
      this.sodium.memzero(key);
      throw new CoreError(
        'TAMPERED',
        'The vault file has been changed outside Waymark, so it is not trusted. Restore it from a backup or contact IT.',
      );
    }
    const opened = await openDatabase(this.paths.database, header.cipher, key, { create: false });
    try {
      migrate(opened.raw, this.paths.backups, this.options.now());
      checkAnchor(opened, header);
      const wanted = slot ? { id: slot.accountId! } : { username: recoveryUsername!.toLowerCase() };
      const account = await opened.dataSource.getRepository(AccountEntity).findOne({ where: wanted });
      if (!account || account.disabled || (slot && account.username !== slot.username)) {
        throw this.failure(slot ? 'account-unavailable' : 'recovery-unknown-account');
      }
      const pending = readThrottle(this.paths.throttle).pending;
      writeThrottle(this.paths.throttle, clearedThrottle());
      this.dataKey = key;
      this.header = header;
      this.opened = opened;
      this.signedIn = { accountId: account.id, username: account.username };
      return { accountId: account.id, pending };
    } catch (err) {
      await opened.dataSource.destroy().catch(() => undefined);
      this.sodium.memzero(key);
      throw err;
    }
  }
}

/** The database's audit chain must reach at least as far as the header's anchor, through it. */
function checkAnchor(opened: OpenedDatabase, header: VaultHeader): void {
  const { counter, auditHead } = header.anchor;
  if (counter === 0) return;
  const row = opened.raw.prepare('SELECT hash FROM audit_event WHERE seq = ?').get(counter) as
    { hash: string } | undefined;
  if (!row || row.hash !== auditHead) {
    throw new CoreError(
      'ROLLBACK',
      'This database is older than the last one Waymark saved here, so it has been refused. A backup can only be put back deliberately by an administrator.',
    );
  }
}
