import type { EntityManager } from 'typeorm';
import type { Access, ChannelDef, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Caller } from '../session/caller';
import type { ScopeSpec } from '../policy/scope';
import type { Vault } from '../vault/vault.service';
import type { LockReason } from '../../../shared/lock-reason';

export type { Caller };

export interface PrepareContext {
  vault: Vault;
  caller: Caller | null;
  now: Date;
  /** Lock the core (closes the database, forgets the key, tells every window). */
  lock(reason: LockReason): Promise<void>;
}

export interface RunContext extends PrepareContext {
  /** The one transaction this call runs in; the audit row is written in it too. */
  em: EntityManager;
}

/** What the audit row should name as the record acted on, if any. */
export interface AuditTarget {
  recordType?: string | null;
  recordId?: string | null;
  /** Short and never personal: reason codes, counts, field names. */
  detail?: string | null;
  /** The account that acted, when the call itself establishes it (sign-in). */
  actorAccountId?: string;
  /** Events that happened while locked (failed sign-ins), written just before this one. */
  earlier?: {
    at: string;
    action: string;
    detail: string;
    actor?: string | null;
    outcome?: 'ok' | 'failed';
  }[];
  /** For a list: the records returned (set by the dispatcher from the output policy). */
  records?: string | null;
  /** The write changed nothing (e.g. roles saved unchanged): no audit row is written. */
  skip?: boolean;
}

/**
 * A channel's implementation. The dispatcher owns validation, permission, scope, the transaction,
 * redaction and audit; a handler only does its own work.
 *  - `prepare` runs before the transaction, for slow non-database work (Argon2id, opening the vault).
 *  - `run` runs inside the transaction; it must not await anything but the database.
 *  - `after` runs once the transaction has committed (e.g. closing the database on lock).
 *  - `abort` undoes `prepare` when `run` fails (e.g. closing a database `prepare` opened).
 */
export interface Handler<C extends ChannelDef, P = void> {
  /**
   * A narrower access rule for this input, checked by the dispatcher after the channel's own
   * (e.g. `jobs.start`: the job kind's access). Handlers still never look at roles themselves.
   */
  access?(input: ParsedInputOf<C>, ctx: PrepareContext): Access;
  prepare?(ctx: PrepareContext, input: ParsedInputOf<C>): Promise<P> | P;
  run(ctx: RunContext, input: ParsedInputOf<C>, prepared: P): Promise<OutputOf<C>>;
  after?(ctx: PrepareContext, output: OutputOf<C>, input: ParsedInputOf<C>): Promise<void>;
  abort?(ctx: PrepareContext, prepared: P): Promise<void>;
  /** Record named in the audit row. */
  audit?(input: ParsedInputOf<C>, output: OutputOf<C> | null, prepared: P | null): AuditTarget;
  scope?: ScopeSpec<ParsedInputOf<C>>;
}

// Handlers are stored loosely typed; `defineHandlers` checks each against its channel when written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = Handler<any, any>;

/** Type-check a set of handlers against their area of the contract. */
export function defineHandlers<A extends Record<string, ChannelDef>>(
  area: A,
  handlers: { [K in keyof A]: Handler<A[K], any> }, // eslint-disable-line @typescript-eslint/no-explicit-any
): Map<string, AnyHandler> {
  return new Map(Object.entries(handlers).map(([action, h]) => [area[action]!.name, h as AnyHandler]));
}
