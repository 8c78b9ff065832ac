import type { EntityManager } from 'typeorm';
import type { ChannelDef } from '../../../shared/contract';
import { CoreError, fail, ok, type Failure, type Result } from '../../../shared/errors';
import { AUDITED_READ_CLASSES } from '../../../shared/roles';
import { isDamageError, damagedError } from '../db/sqlite-errors';
import type { AuditEvent } from '../audit/audit.service';
import { writeVaultRecords } from '../vault/key-registration';
import { isPermitted } from '../../../shared/permissions';
import { readableClasses } from '../policy/permissions';
import type { ScopeRegistry } from '../policy/scope';
import { applyOutputPolicy, scopeForRecord } from '../policy/output-policy';
import type { Vault } from '../vault/vault.service';
import type { LockReason } from '../../../shared/lock-reason';
import type { AnyHandler, AuditTarget, PrepareContext } from './handler.types';
import { readCaller, type Caller } from '../session/caller';
import { validationError } from './validation';
import { lockedEntityManager } from './locked-entity-manager';

export interface DispatcherDeps {
  vault: Vault;
  channels: ReadonlyMap<string, ChannelDef>;
  handlers: ReadonlyMap<string, AnyHandler>;
  scopes: ScopeRegistry;
  now: () => Date;
  lock: (reason: LockReason) => Promise<void>;
  /** Check every handler's output against its channel's schema (development and tests). */
  checkOutputs: boolean;
}

const lockedError = () => fail('LOCKED', 'Waymark is locked. Sign in to continue.');

/**
 * The one pipeline every call goes through: locked? → validate → caller and passphrase state →
 * permission → prepare → one transaction (scope → handler → redact → audit) → anchor → after.
 * Calls are served one at a time, so a lock can never close the database under a transaction.
 */
export class Dispatcher {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DispatcherDeps) {}

  call(name: string, input: unknown): Promise<Result<unknown>> {
    return this.serial(() => this.handle(name, input));
  }

  /** Run work in the same queue as calls (used by lock from the shell). */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async handle(name: string, rawInput: unknown): Promise<Result<unknown>> {
    const { vault, now: clock } = this.deps;
    const channel = this.deps.channels.get(name);
    const handler = this.deps.handlers.get(name);
    if (!channel || !handler)
      return fail('NOT_FOUND', 'That action does not exist in this version of Waymark.');
    if (!channel.whileLocked && vault.state() !== 'unlocked') return lockedError();

    const parsed = channel.input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const input = parsed.data;

    let caller: Caller | null = null;
    if (vault.state() === 'unlocked') {
      caller = await this.loadCaller();
      if (!caller) {
        // The signed-in account was disabled or removed (by another administrator's action).
        await this.deps.lock('user');
        return lockedError();
      }
    }
    if (caller?.mustChangePassphrase && !channel.duringPassphraseChange) {
      return fail('PASSPHRASE_CHANGE_REQUIRED', 'Choose a new passphrase before continuing.');
    }
    const ctx: PrepareContext = { vault, caller, now: clock(), lock: this.deps.lock };
    let inputAccess: ReturnType<NonNullable<AnyHandler['access']>> | undefined;
    try {
      inputAccess = handler.access?.(input, ctx);
    } catch (err) {
      return toFailure(err);
    }
    const roles = caller?.roles ?? null;
    if (!isPermitted(channel.access, roles) || (inputAccess && !isPermitted(inputAccess, roles))) {
      await this.auditAlone(ctx, channel, 'denied', { detail: 'FORBIDDEN' });
      return fail('FORBIDDEN', 'Your roles do not allow this. Ask an administrator if you need it.');
    }

    let prepared: unknown;
    try {
      prepared = handler.prepare ? await handler.prepare(ctx, input) : undefined;
    } catch (err) {
      const failure = toFailure(err);
      // Input the rules refuse changes nothing and is not an event worth a row.
      if (failure.error.code !== 'VALIDATION') {
        await this.auditAlone(ctx, channel, 'failed', {
          ...handler.audit?.(input, null, null),
          detail: failure.error.code,
        });
      }
      return failure;
    }

    if (vault.state() !== 'unlocked') {
      // Status while locked: nothing to open, nothing to audit.
      try {
        return ok(await handler.run({ ...ctx, em: lockedEntityManager }, input, prepared));
      } catch (err) {
        return toFailure(err);
      }
    }

    ctx.caller = caller ?? (await this.loadCaller());
    const subject = ctx.caller ? { accountId: ctx.caller.accountId, roles: ctx.caller.roles } : null;
    let output: unknown;
    try {
      // A write is one transaction with its audit row. A read needs none: calls run one at a time,
      // so nothing can change between its queries, and a sensitive read's audit row is a single
      // insert. Skipping BEGIN/COMMIT through TypeORM's query runner saves most of a cheap read.
      const dataSource = vault.database.dataSource;
      const inTransaction = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> =>
        channel.kind === 'read' ? work(dataSource.manager) : dataSource.transaction(work);
      const head = await inTransaction(async (em) => {
        // Scope first: a record the caller may not see at all is refused before the handler runs;
        // one they see only in part narrows what the answer may carry.
        const { readable } = await scopeForRecord(
          em,
          this.deps.scopes,
          handler.scope,
          input,
          subject,
          readableClasses(ctx.caller?.roles ?? []),
        );
        const raw = await handler.run({ ...ctx, em }, input, prepared);
        // New signing keys and the vault generation are recorded in the same transaction.
        await writeVaultRecords(em, vault.takeRecords());
        // Set-up writes the first account in this very transaction: until now nobody was signed
        // in. Its answer is for that person, so it is redacted for their roles, read here.
        const answerReadable = ctx.caller
          ? readable
          : readableClasses((await this.loadCaller(em))?.roles ?? []);
        const policy = await applyOutputPolicy({
          em,
          channel,
          raw,
          readable: answerReadable,
          subject,
          scopes: this.deps.scopes,
          spec: handler.scope,
          checkOutput: this.deps.checkOutputs,
        });
        output = policy.output;
        // The audit row names what actually left the core: its classes and, for lists, its records.
        const sensitiveRead = policy.returned.some((c) => AUDITED_READ_CLASSES.includes(c));
        // Some looking is itself on record even when nothing sensitive left (a co-ordinator's
        // status-only view of safeguarding concerns, opening a receipt): see `auditEveryRead`.
        const alwaysAudited = channel.auditEveryRead;
        // A read is an audited event only when sensitive data actually left; a write always is.
        if (channel.kind === 'read' ? !sensitiveRead && !alwaysAudited : !channel.auditSuccess) return null;
        const target = handler.audit?.(input, raw, prepared) ?? {};
        if (target.skip) return null;
        return this.appendAll(
          em,
          ctx,
          channel,
          'ok',
          { ...target, records: policy.records },
          policy.returned,
        );
      });
      if (head) vault.recordAnchor(head.seq, head.hash);
    } catch (err) {
      const failure = toFailure(err);
      if (handler.abort) await handler.abort(ctx, prepared).catch(() => undefined);
      const outcome = failure.error.code === 'FORBIDDEN' ? 'denied' : 'failed';
      await this.auditAlone(ctx, channel, outcome, {
        ...handler.audit?.(input, null, prepared),
        detail: failure.error.code,
      });
      return failure;
    }
    if (handler.after) await handler.after(ctx, output, input);
    return ok(output);
  }

  private async loadCaller(em?: EntityManager): Promise<Caller | null> {
    const session = this.deps.vault.session;
    if (!session) return null;
    return readCaller(em ?? this.deps.vault.database.dataSource.manager, session.accountId);
  }

  private async appendAll(
    em: EntityManager,
    ctx: PrepareContext,
    channel: ChannelDef,
    outcome: AuditEvent['outcome'],
    target: AuditTarget,
    classes: readonly string[],
  ) {
    const log = ctx.vault.auditLog();
    const accountId = target.actorAccountId ?? ctx.caller?.accountId ?? null;
    const actor = ctx.vault.session?.username ?? ctx.caller?.username ?? null;
    for (const e of target.earlier ?? []) {
      await log.append(em, {
        at: new Date(e.at),
        accountId: null,
        // The username that was tried, so the log can say who someone tried to sign in as.
        actor: e.actor ?? null,
        action: e.action,
        // Failed sign-ins while locked; or 'ok' for a restore done while locked (backups).
        outcome: e.outcome ?? 'failed',
        detail: e.detail,
      });
    }
    return log.append(em, {
      at: ctx.now,
      accountId,
      actor,
      action: channel.audit,
      outcome,
      recordType: target.recordType ?? null,
      recordId: target.recordId ?? null,
      classes,
      detail: target.detail ?? null,
      records: target.records ?? null,
    });
  }

  /** Audit a refusal or failure in a transaction of its own (the call's own one rolled back). */
  private async auditAlone(
    ctx: PrepareContext,
    channel: ChannelDef,
    outcome: AuditEvent['outcome'],
    target: AuditTarget,
  ): Promise<void> {
    if (ctx.vault.state() !== 'unlocked') return;
    const head = await ctx.vault.database.dataSource.transaction((em) =>
      this.appendAll(em, ctx, channel, outcome, target, []),
    );
    ctx.vault.recordAnchor(head.seq, head.hash);
  }
}

function toFailure(err: unknown): Failure {
  if (err instanceof CoreError) return fail(err.code, err.message, err.extra);
  if (isDamageError(err)) {
    const d = damagedError();
    return fail(d.code, d.message);
  }
  // Never echo the error text: it may quote data. The code alone reaches the renderer.
  return fail(
    'INTERNAL',
    'Something went wrong inside Waymark. Nothing was saved. Try again, and tell IT if it happens again.',
  );
}
