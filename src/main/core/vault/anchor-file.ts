import { closeSync, existsSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { subKey } from '../crypto/keys';

/**
 * The rollback anchor between vault-file writes. Every audited commit moves the anchor (the latest
 * audit row's sequence and hash); rewriting and fsyncing `vault.json` for each one cost about as
 * much as the rest of the call. Instead the anchor goes into two fixed slots of `anchor.bin`,
 * alternately, with one plain write and no fsync, AFTER the database commit (which SQLite has
 * already made durable). The vault file is brought up to date at every lock and close and at most
 * a minute apart. Unlock takes the newer of the two.
 *
 * Strength: putting back an older `waymark.db` alone is refused as before. A process crash loses
 * nothing (the OS keeps the written page); a power cut can lose the last few anchor moves, which
 * makes the anchor older, never newer, than the database (no false refusal). Deleting `anchor.bin`
 * falls back to the vault file's anchor, at most a minute old. Each slot is MAC'd with a key from
 * the data key, like the vault file.
 */
const SLOT = 4 + 8 + 32 + 32;
const MAGIC = Buffer.from('WMA1');

export interface Anchor {
  counter: number;
  auditHead: string;
}

const macOf = (key: Buffer, body: Buffer) => createHmac('sha256', key).update(body).digest();

export class AnchorFile {
  private fd: number | null = null;

  constructor(private readonly path: string) {}

  write(dataKey: Uint8Array, anchor: Anchor): void {
    this.fd ??= openSync(this.path, existsSync(this.path) ? 'r+' : 'w+', 0o600);
    const body = Buffer.alloc(4 + 8 + 32);
    MAGIC.copy(body, 0);
    body.writeBigUInt64BE(BigInt(anchor.counter), 4);
    Buffer.from(anchor.auditHead, 'hex').copy(body, 12);
    const record = Buffer.concat([body, macOf(subKey(dataKey, 'anchor'), body)]);
    writeSync(this.fd, record, 0, SLOT, (anchor.counter % 2) * SLOT);
  }

  /** The newest slot that verifies under this key, or null. */
  read(dataKey: Uint8Array): Anchor | null {
    if (!existsSync(this.path)) return null;
    const fd = openSync(this.path, 'r');
    try {
      const key = subKey(dataKey, 'anchor');
      let best: Anchor | null = null;
      for (const slot of [0, 1]) {
        const record = Buffer.alloc(SLOT);
        if (readSync(fd, record, 0, SLOT, slot * SLOT) !== SLOT) continue;
        const body = record.subarray(0, 44);
        if (!body.subarray(0, 4).equals(MAGIC) || !timingSafeEqual(record.subarray(44), macOf(key, body)))
          continue;
        const counter = Number(body.readBigUInt64BE(4));
        if (!best || counter > best.counter)
          best = { counter, auditHead: body.subarray(12, 44).toString('hex') };
      }
      return best;
    } finally {
      closeSync(fd);
    }
  }

  /** At lock and close: make what was written durable, and let go of the file. */
  close(): void {
    if (this.fd === null) return;
    try {
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
      this.fd = null;
    }
  }
}
