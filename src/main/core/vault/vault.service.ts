import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import type sodiumModule from 'libsodium-wrappers-sumo';
import type { EntitySchema } from 'typeorm';
import { CoreError } from '../../../shared/errors';
import type { KdfParams } from '../crypto/kdf';
import {
  headerText,
  readHeader,
  signHeader,
  verifyHeaderMac,
  writeHeader,
  type KeySlot,
  type UnsignedHeader,
  type VaultHeader,
} from './header';
import { openSlot, wrapSlot } from './slots';
import { assertKdfAllowed, deriveKek, newSlotKdf } from '../crypto/kdf';
import { generateRecoveryKey, normaliseRecoveryKey } from './recovery-key';
import {
  assertNotThrottled,
  refusalAfterFailure,
  retryAfterSeconds,
  ThrottleStore,
  type PendingFailure,
} from './throttle';
import { keyId, signingKeyObject, wipeSecrets, type SlotSecrets } from '../crypto/account-keys';
import { unwrapUnder, wrapUnder } from '../crypto/key-wrap';
import { AnchorFile, type Anchor } from './anchor-file';
import { registrationFor, type KeyRegistration, type VaultRecords } from './key-registration';
import { readFacts, refuseUnusable } from './open-checks';
import { rotateDatabaseKey, settleRotation, type RotationHooks } from './rotation';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import { withReadOnlyDatabase } from '../db/probe-database';
import { isDamageError, damagedError } from '../db/sqlite-errors';
import { DEFAULT_CIPHER } from '../db/cipher';
import { migrate } from '../db/migrate';
import { AuditLog, type AuditSigner } from '../audit/audit.service';
import { GENESIS_HASH } from '../audit/audit-chain';

type Sodium = typeof sodiumModule;
export type { PendingFailure } from './throttle';

import type { VaultPaths } from './paths';
export { vaultPaths, type VaultPaths } from './paths';

export interface VaultOptions {
  kdf: KdfParams;
  allowWeakKdf: boolean;
  now: () => Date;
  /** A second copy of the throttle count outside the data folder (see throttle.ts); null for none. */
  throttleMirror: string | null;
  /** Tests only: called at each step of a data-key rotation (crash tests kill the process there). */
  rotationHooks?: RotationHooks;
  /** The TypeORM entities of every module's tables (see modules.ts). */
  entities: EntitySchema[];
}

/** The vault file takes the latest anchor at least this often while in use (and at every lock). */
const ANCHOR_TO_VAULT_MS = 60_000;

const badCredentials = () =>
  new CoreError('BAD_CREDENTIALS', 'That username and passphrase do not match. Check them and try again.');
const lockedError = () => new CoreError('LOCKED', 'Waymark is locked. Sign in to continue.');

const sameKdf = (slot: KeySlot, kdf: KdfParams) =>
  slot.kdf.opslimit === kdf.opslimit && slot.kdf.memlimit === kdf.memlimit;

const signerOf = (secrets: SlotSecrets, slot: KeySlot): AuditSigner => ({
  keyId: keyId(slot.signPublicKey),
  key: signingKeyObject(secrets.signSeed),
});

/** What a successful unlock or recovery hands the sign-in handler. */
export interface Opened {
  accountId: string;
  pending: PendingFailure[];
}

/**
 * The vault: key slots, unlock and lock, the signed-in person's keys, and the open database while
 * unlocked. It never decides who may do what (the policy does) and never writes audit rows itself
 * (the dispatcher does, with `auditLog()`).
 */
export class Vault {
  private dataKey: Uint8Array | null = null;
  private chainKey: Buffer | null = null;
  private header: VaultHeader | null = null;
  private opened: OpenedDatabase | null = null;
  private signedIn: { accountId: string; username: string } | null = null;
  /** The signed-in slot's private keys (for a passphrase change) and signing key. */
  private secrets: SlotSecrets | null = null;
  private signer: AuditSigner | null = null;
  /** Private keys of slots made in this call but not yet committed, by slot id. */
  private readonly fresh = new Map<string, SlotSecrets>();
  private pendingKeys: KeyRegistration[] = [];
  private recordedGeneration = 0;
  /** The latest anchor (newer than the vault file's between its writes; see anchor-file.ts). */
  private anchor: Anchor | null = null;
  private anchorSavedAt = 0;
  private readonly anchorFile: AnchorFile;
  /** The failed sign-in count; restore counts refused credentials here too. */
  readonly throttle: ThrottleStore;

  constructor(
    private readonly sodium: Sodium,
    readonly paths: VaultPaths,
    private readonly options: VaultOptions,
  ) {
    assertKdfAllowed(options.kdf, options.allowWeakKdf);
    this.throttle = new ThrottleStore(paths.throttle, options.throttleMirror);
    this.anchorFile = new AnchorFile(paths.anchor);
  }

  state(): 'uninitialised' | 'locked' | 'unlocked' {
    if (this.opened && this.signedIn) return 'unlocked';
    return existsSync(this.paths.header) ? 'locked' : 'uninitialised';
  }

  organisationName(): string | null {
    if (this.header) return this.header.organisationName;
    try {
      return readHeader(this.paths.header)?.organisationName ?? null;
    } catch {
      return null; // a damaged vault file: the sign-in screen says so when someone tries
    }
  }

  retryAfterSeconds(): number {
    const now = this.options.now();
    return retryAfterSeconds(this.throttle.read(now), now);
  }

  get session(): { accountId: string; username: string } | null {
    return this.signedIn;
  }

  get database(): OpenedDatabase {
    if (!this.opened || !this.signedIn) throw lockedError();
    return this.opened;
  }

  /** The audit log, signing as the signed-in person. */
  auditLog(): AuditLog {
    if (!this.chainKey || !this.signer) throw lockedError();
    return new AuditLog(this.chainKey, this.signer);
  }

  anchorCounter(): number | null {
    return this.anchor?.counter ?? this.header?.anchor.counter ?? null;
  }

  /** Key registrations and the generation the database must record in the current transaction. */
  takeRecords(): VaultRecords {
    const header = this.header;
    const generation = header && header.generation !== this.recordedGeneration ? header.generation : null;
    if (generation !== null) this.recordedGeneration = generation;
    const keys = this.pendingKeys;
    this.pendingKeys = [];
    return { generation, keys };
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
    const now = this.options.now();
    const dataKey = new Uint8Array(randomBytes(32));
    const chainKey = randomBytes(32);
    const vaultId = randomUUID();
    const accountId = randomUUID();
    const recoveryKey = generateRecoveryKey();
    const admin = wrapSlot(this.sodium, vaultId, dataKey, input.passphrase, this.options.kdf, {
      kind: 'account',
      accountId,
      username: input.username,
    });
    const recovery = wrapSlot(this.sodium, vaultId, dataKey, recoveryKey, this.options.kdf, {
      kind: 'recovery',
      accountId: null,
      username: null,
    });
    const adminSigner = signerOf(admin.secrets, admin.slot);
    // The first administrator's key is the root every later key registration leads back to.
    this.pendingKeys = [
      registrationFor(admin.slot, null, adminSigner, now),
      registrationFor(recovery.slot, adminSigner, null, now),
    ];
    wipeSecrets(this.sodium, recovery.secrets);
    const opened = await openDatabase(this.paths.database, DEFAULT_CIPHER, dataKey, {
      create: true,
      entities: this.options.entities,
    });
    migrate(opened.raw, this.paths.backups, now);
    const unsigned: UnsignedHeader = {
      format: 'waymark-vault',
      version: 2,
      vaultId,
      organisationName: input.organisationName,
      cipher: DEFAULT_CIPHER,
      createdAt: now.toISOString(),
      generation: 1,
      slots: [admin.slot, recovery.slot],
      chainKey: wrapUnder(dataKey, 'chain-key-wrap', chainKey),
      rotation: null,
      anchor: { counter: 0, auditHead: GENESIS_HASH },
    };
    this.header = writeHeader(this.paths.header, dataKey, unsigned);
    this.throttle.clear();
    this.dataKey = dataKey;
    this.chainKey = chainKey;
    this.opened = opened;
    this.secrets = admin.secrets;
    this.signer = adminSigner;
    this.recordedGeneration = 0;
    this.signedIn = { accountId, username: input.username.toLowerCase() };
    return { recoveryKey, accountId, opened };
  }

  /** Unwrap with an account's passphrase, check the header and the database, and open it. */
  async unlock(username: string, passphrase: string): Promise<Opened> {
    const header = this.requireHeader();
    this.checkThrottle();
    const slot = header.slots.find((s) => s.kind === 'account' && s.username === username.toLowerCase());
    if (!slot) {
      // Spend the same effort as a real attempt so timing does not reveal which usernames exist.
      // Every slot is rewrapped at the configured cost at its next sign-in, so the costs match.
      deriveKek(this.sodium, passphrase, newSlotKdf(this.sodium, this.options.kdf));
      throw this.failure('unknown-username', username);
    }
    const opened = openSlot(this.sodium, header.vaultId, slot, passphrase);
    if (!opened) throw this.failure('wrong-passphrase', username);
    const account = await this.openWith(header, opened.dataKey, opened.secrets, slot, {
      accountId: slot.accountId!,
    });
    if (!sameKdf(slot, this.options.kdf)) {
      // Made under another cost: rewrap the same keys at today's cost (the passphrase is at hand).
      this.commitSlot(this.rewrap(slot, passphrase, opened.secrets));
    }
    return account;
  }

  /**
   * Unlock with the recovery key for the named account. The caller checks they are an
   * administrator (locking again if not) and gives them a new passphrase (`wrapFor` +
   * `commitSlot`) inside the sign-in transaction; until then rows are signed by the recovery key.
   */
  async recover(username: string, recoveryKey: string): Promise<Opened> {
    const header = this.requireHeader();
    this.checkThrottle();
    const slot = header.slots.find((s) => s.kind === 'recovery');
    const normalised = normaliseRecoveryKey(recoveryKey);
    const opened = slot && normalised ? openSlot(this.sodium, header.vaultId, slot, normalised) : null;
    if (!slot || !opened) {
      throw this.failure(
        'wrong-recovery-key',
        username,
        'That recovery key is not right. Check each group of characters.',
      );
    }
    return this.openWith(header, opened.dataKey, opened.secrets, slot, { username });
  }

  /** Does this passphrase open the signed-in account's slot? (Slow: Argon2id; throttled like sign-in.) */
  private opensOwnSlot(passphrase: string): KeySlot {
    const header = this.requireUnlockedHeader();
    const session = this.signedIn!;
    this.checkThrottle();
    const slot = header.slots.find((s) => s.kind === 'account' && s.accountId === session.accountId);
    const opened = slot ? openSlot(this.sodium, header.vaultId, slot, passphrase) : null;
    if (!slot || !opened) {
      // Counted like a failed sign-in, but not kept for the next unlock: this call's own audit row records it.
      const state = this.throttle.recordFailure(
        this.options.now(),
        'wrong-current-passphrase',
        session.username,
        false,
      );
      const message = 'Your current passphrase is not right.';
      const refusal = new CoreError('BAD_CREDENTIALS', message, {
        fieldErrors: { currentPassphrase: message },
      });
      throw refusalAfterFailure(refusal, state, this.options.now());
    }
    wipeSecrets(this.sodium, opened.secrets);
    this.sodium.memzero(opened.dataKey);
    this.throttle.clearCount();
    return slot;
  }

  /** Check the current passphrase, then make a new recovery key and its slot. Store with `commitSlot`. */
  prepareNewRecoveryKey(currentPassphrase: string): { recoveryKey: string; slot: KeySlot } {
    this.opensOwnSlot(currentPassphrase);
    const recoveryKey = generateRecoveryKey();
    const slot = this.makeSlot(recoveryKey, { kind: 'recovery', accountId: null, username: null });
    return { recoveryKey, slot };
  }

  /** Check the current passphrase, then rewrap this account's keys under the new one. The database is not touched. */
  prepareNewPassphrase(currentPassphrase: string, newPassphrase: string): KeySlot {
    const slot = this.opensOwnSlot(currentPassphrase);
    return this.rewrap(slot, newPassphrase, this.secrets!);
  }

  /** A new slot, with new keys, for an account (slow: Argon2id). Store it with `commitSlot`. */
  wrapFor(accountId: string, username: string, passphrase: string, slotId?: string): KeySlot {
    return this.makeSlot(passphrase, {
      kind: 'account',
      accountId,
      username,
      ...(slotId ? { id: slotId } : {}),
    });
  }

  /**
   * Put a slot in the header and re-sign it. It replaces the account's old slot and any stale slot
   * left with the same username (from a change whose transaction then failed). New keys are
   * registered in the database in the same transaction, signed by the person making the change.
   */
  commitSlot(slot: KeySlot): void {
    const header = this.requireUnlockedHeader();
    const previous = header.slots.find((s) =>
      slot.kind === 'recovery'
        ? s.kind === 'recovery'
        : s.kind === 'account' && s.accountId === slot.accountId,
    );
    if (previous?.signPublicKey !== slot.signPublicKey) {
      this.pendingKeys.push(registrationFor(slot, this.signer, null, this.options.now()));
    }
    const replaced = (s: KeySlot) =>
      slot.kind === 'recovery'
        ? s.kind === 'recovery'
        : s.kind === 'account' && (s.accountId === slot.accountId || s.username === slot.username);
    this.saveHeader({ ...header, slots: [...header.slots.filter((s) => !replaced(s)), slot] }, true);
    const secrets = this.fresh.get(slot.id);
    this.fresh.delete(slot.id);
    if (secrets && slot.accountId && slot.accountId === this.signedIn?.accountId) {
      // Your own new keys (after a recovery-key sign-in): sign from now on as yourself.
      if (this.secrets && this.secrets !== secrets) wipeSecrets(this.sodium, this.secrets);
      this.secrets = secrets;
      this.signer = signerOf(secrets, slot);
    } else if (secrets) {
      wipeSecrets(this.sodium, secrets);
    }
  }

  removeSlot(accountId: string): void {
    const header = this.requireUnlockedHeader();
    this.saveHeader({ ...header, slots: header.slots.filter((s) => s.accountId !== accountId) }, true);
  }

  /**
   * What a backup needs, taken at one moment: a copy of the data key (the caller wipes it when
   * done), the cipher, and the vault file's exact text, so the backup's key slots match its data.
   */
  snapshotMaterial(): { key: Uint8Array; cipher: VaultHeader['cipher']; headerText: string } {
    const header = this.requireUnlockedHeader();
    // The vault file as it would be written now, with the latest anchor (not written: a backup only).
    const { mac: _m, checksum: _c, ...unsigned } = header;
    const current = signHeader(this.dataKey!, { ...unsigned, anchor: this.anchor ?? header.anchor });
    return { key: new Uint8Array(this.dataKey!), cipher: header.cipher, headerText: headerText(current) };
  }

  /** Correct the organisation name (administrators, through settings.setOrganisationName). */
  renameOrganisation(name: string): void {
    const header = this.requireUnlockedHeader();
    this.saveHeader({ ...header, organisationName: name }, true);
  }

  /** Record the latest audit head so an older copy of the database is refused at the next unlock. */
  recordAnchor(counter: number, auditHead: string): void {
    const header = this.requireUnlockedHeader();
    this.anchor = { counter, auditHead };
    this.anchorFile.write(this.dataKey!, this.anchor);
    if (Date.now() - this.anchorSavedAt > ANCHOR_TO_VAULT_MS) this.saveHeader(header, false);
  }

  /**
   * Replace the data key (someone was disabled for cause): a copy of the database is rekeyed,
   * verified and swapped in, and the new key is sealed to every remaining slot, so a copy of the
   * old vault file opens nothing current. Runs with the database closed; reopens it after.
   */
  async rotateDataKey(removeAccountId: string | null): Promise<void> {
    const current = this.requireUnlockedHeader();
    // The person disabled for cause loses their slot in the same vault write that seals the new key.
    const header = {
      ...current,
      anchor: this.anchor ?? current.anchor,
      slots: removeAccountId ? current.slots.filter((s) => s.accountId !== removeAccountId) : current.slots,
    };
    const oldKey = this.dataKey!;
    await this.opened!.dataSource.destroy();
    this.opened = null;
    let rotated: { header: VaultHeader; key: Uint8Array };
    try {
      rotated = rotateDatabaseKey(this.sodium, this.paths, header, oldKey, this.options.rotationHooks);
    } catch (err) {
      // Nothing was swapped (a failure before the vault write leaves the old state): carry on as before.
      this.opened = await openDatabase(this.paths.database, current.cipher, oldKey, {
        create: false,
        entities: this.options.entities,
      });
      throw err;
    }
    this.header = rotated.header;
    this.sodium.memzero(oldKey);
    this.dataKey = rotated.key;
    // The anchor file's MACs were under the old key: write it again under the new one.
    if (this.anchor) for (let i = 0; i < 2; i++) this.anchorFile.write(rotated.key, this.anchor);
    this.opened = await openDatabase(this.paths.database, rotated.header.cipher, rotated.key, {
      create: false,
      entities: this.options.entities,
    });
  }

  /**
   * Undo a first-run set-up whose first account could not be written: without it nobody could
   * ever sign in, so the half-made vault is removed and set-up can be run again.
   */
  async discardIncompleteSetup(): Promise<void> {
    await this.lock();
    for (const path of [this.paths.header, this.paths.throttle, this.paths.database, this.paths.anchor]) {
      for (const suffix of path === this.paths.database ? ['', '-wal', '-shm'] : [''])
        rmSync(`${path}${suffix}`, { force: true });
    }
  }

  async lock(): Promise<void> {
    // The vault file catches up with the anchor once per session (and at most a minute apart).
    if (this.header && this.dataKey && this.anchor && this.anchor.counter !== this.header.anchor.counter) {
      try {
        this.saveHeader(this.header, false);
      } catch {
        // Locking must not fail; the anchor file still holds the latest anchor.
      }
    }
    this.anchorFile.close();
    this.anchor = null;
    const opened = this.opened;
    this.opened = null;
    this.signedIn = null;
    if (this.dataKey) this.sodium.memzero(this.dataKey);
    this.chainKey?.fill(0);
    if (this.secrets) wipeSecrets(this.sodium, this.secrets);
    for (const s of this.fresh.values()) wipeSecrets(this.sodium, s);
    this.fresh.clear();
    this.dataKey = null;
    this.chainKey = null;
    this.secrets = null;
    this.signer = null;
    this.header = null;
    this.pendingKeys = [];
    if (opened?.dataSource.isInitialized) await opened.dataSource.destroy();
  }

  private makeSlot(secret: string, owner: Parameters<typeof wrapSlot>[5]): KeySlot {
    const header = this.requireUnlockedHeader();
    const made = wrapSlot(this.sodium, header.vaultId, this.dataKey!, secret, this.options.kdf, owner);
    this.fresh.set(made.slot.id, made.secrets);
    return made.slot;
  }

  /** The same keys under a new passphrase (or today's Argon2id cost); the slot keeps its id. */
  private rewrap(slot: KeySlot, passphrase: string, secrets: SlotSecrets): KeySlot {
    const header = this.requireUnlockedHeader();
    const owner = { kind: slot.kind, accountId: slot.accountId, username: slot.username, id: slot.id };
    const copy = { boxSecretKey: secrets.boxSecretKey.slice(), signSeed: secrets.signSeed.slice() };
    const made = wrapSlot(
      this.sodium,
      header.vaultId,
      this.dataKey!,
      passphrase,
      this.options.kdf,
      owner,
      copy,
    );
    wipeSecrets(this.sodium, made.secrets);
    return made.slot;
  }

  /** `bump`: the slots, keys or organisation changed, so the generation moves on. */
  private saveHeader(header: VaultHeader, bump: boolean): void {
    const { mac: _mac, checksum: _checksum, ...unsigned } = header;
    const next = { ...unsigned, anchor: this.anchor ?? unsigned.anchor };
    if (bump) next.generation += 1;
    this.header = writeHeader(this.paths.header, this.dataKey!, next);
    this.anchorSavedAt = Date.now();
  }

  private requireHeader(): VaultHeader {
    // Signing in over an open session would leave two connections and two sessions; lock first.
    if (this.opened) throw new CoreError('CONFLICT', 'Someone is already signed in. Lock Waymark first.');
    const header = readHeader(this.paths.header);
    if (!header) throw new CoreError('NOT_SET_UP', 'Waymark has not been set up on this computer yet.');
    return header;
  }

  private requireUnlockedHeader(): VaultHeader {
    if (!this.header || !this.dataKey) throw lockedError();
    return this.header;
  }

  private checkThrottle(): void {
    const now = this.options.now();
    assertNotThrottled(this.throttle.read(now), now);
  }

  private failure(reason: string, username: string | null, message?: string): CoreError {
    const now = this.options.now();
    const state = this.throttle.recordFailure(now, reason, username?.toLowerCase() ?? null, true);
    return refusalAfterFailure(
      message ? new CoreError('BAD_CREDENTIALS', message) : badCredentials(),
      state,
      now,
    );
  }

  /**
   * With a candidate key: check the header MAC, then look at the database READ-ONLY (right key,
   * anchor, vault generation, account, registered signing key) and refuse without changing a byte;
   * finish an interrupted key rotation; only then open for writing and migrate.
   */
  private async openWith(
    header: VaultHeader,
    key: Uint8Array,
    secrets: SlotSecrets,
    slot: KeySlot,
    who: { accountId: string } | { username: string },
  ): Promise<Opened> {
    const forget = () => {
      this.sodium.memzero(key);
      wipeSecrets(this.sodium, secrets);
    };
    const chainKey = verifyHeaderMac(key, header)
      ? unwrapUnder(key, 'chain-key-wrap', header.chainKey)
      : null;
    if (!chainKey) {
      forget();
      throw new CoreError(
        'TAMPERED',
        'The vault file has been changed outside Waymark, so it is not trusted. An administrator can restore a backup, or IT can put back vault.json from a backup.',
      );
    }
    const signer = signerOf(secrets, slot);
    let opened: OpenedDatabase | null = null;
    try {
      // The anchor is the newer of the vault file's and the anchor file's (written between).
      const fileAnchor = this.anchorFile.read(key);
      const anchor = fileAnchor && fileAnchor.counter > header.anchor.counter ? fileAnchor : header.anchor;
      const checked = { ...header, anchor };
      const settled = settleRotation(this.sodium, this.paths, header, key, (k) =>
        withReadOnlyDatabase(this.paths.database, header.cipher, k, (db) =>
          readFacts(db, checked, who, signer.keyId),
        ),
      );
      const facts = settled.facts;
      refuseUnusable(facts, settled.header, `${this.paths.database}-wal`);
      const account = facts.account;
      if (!account || account.disabled || ('accountId' in who && account.username !== slot.username)) {
        throw this.failure(
          slot.kind === 'account' ? 'account-unavailable' : 'recovery-unknown-account',
          account?.username ?? ('username' in who ? who.username : null),
        );
      }
      if (facts.schemaVersion >= 2 && facts.keyOwner !== slot.accountId) {
        throw new CoreError(
          'TAMPERED',
          'Your signing key does not match the one recorded in the database, so the database or vault file has been changed outside Waymark. Contact IT; an administrator can restore a backup.',
        );
      }
      opened = await openDatabase(this.paths.database, settled.header.cipher, settled.key, {
        create: false,
        entities: this.options.entities,
      });
      migrate(opened.raw, this.paths.backups, this.options.now());
      const pending = this.throttle.read(this.options.now()).pending;
      this.throttle.clear();
      this.dataKey = settled.key;
      this.chainKey = Buffer.from(chainKey);
      this.header = settled.header;
      this.opened = opened;
      this.secrets = secrets;
      this.signer = signer;
      this.recordedGeneration = facts.generation ?? 0;
      this.anchor = anchor;
      this.anchorSavedAt = Date.now();
      this.signedIn = { accountId: account.id, username: account.username };
      return { accountId: account.id, pending };
    } catch (err) {
      await opened?.dataSource.destroy().catch(() => undefined);
      forget();
      chainKey.fill(0);
      if (isDamageError(err)) throw damagedError();
      throw err;
    }
  }
}
