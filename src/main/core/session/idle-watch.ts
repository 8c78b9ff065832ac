import type { Vault } from '../vault/vault.service';

/**
 * Channels that are not a person doing something: the renderer polls status on its own. Every other
 * call, and `vault.activity` (sent by the renderer when someone types, clicks or scrolls), counts.
 */
const NOT_ACTIVITY = new Set(['vault.status']);

export const countsAsActivity = (channel: string) => !NOT_ACTIVITY.has(channel);

const DEFAULT_IDLE_MINUTES = 10;

/**
 * The core locks itself after the idle period even if the renderer never asks (a hung or
 * compromised renderer must not keep the database open). The check runs in the dispatcher's
 * queue, so it never closes the database under a call.
 */
export class IdleWatch {
  private lastActivity: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly vault: Vault,
    private readonly now: () => Date,
    private readonly inQueue: (work: () => Promise<void>) => Promise<void>,
    private readonly lockIdle: () => Promise<void>,
    private readonly checkEveryMs: number,
  ) {
    this.lastActivity = now().getTime();
  }

  touch(): void {
    this.lastActivity = this.now().getTime();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.inQueue(() => this.check()), this.checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Minutes an administrator set (read straight from the open database; cheap). */
  private idleMinutes(): number {
    const row = this.vault.database.raw
      .prepare("SELECT value FROM setting WHERE key = 'idleLockMinutes'")
      .get() as { value: string } | undefined;
    const minutes = row ? Number(JSON.parse(row.value)) : DEFAULT_IDLE_MINUTES;
    return Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_IDLE_MINUTES;
  }

  private async check(): Promise<void> {
    if (this.vault.state() !== 'unlocked') return;
    if (this.now().getTime() - this.lastActivity >= this.idleMinutes() * 60_000) await this.lockIdle();
  }
}
