import type { z } from 'zod';
import { AUDITED_READ_CLASSES, type DataClass, type Role } from '../roles';

/**
 * Who may call a channel: a list of roles, anyone signed in, or (for the lock screen) anyone at
 * all. Only the vault's own channels are `public`.
 */
export type Access = readonly Role[] | 'signed-in' | 'public';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  /** `area.action`, which is also the path under `window.api`. */
  readonly name: string;
  readonly kind: 'read' | 'write';
  readonly input: I;
  /** Phantom: carries the output type for the typed client; never read at run time. */
  readonly output: O;
  /** Data classes the channel reads or writes. Sensitive classes make every call audited. */
  readonly classes: readonly DataClass[];
  readonly access: Access;
  /** Action name written to the audit log. */
  readonly audit: string;
  /**
   * Reads of ordinary data are audited only when refused; writes, vault events and reads of
   * sensitive classes always are.
   */
  readonly auditSuccess: boolean;
  /** Channels that work while the vault is locked (status, set-up, unlock). */
  readonly whileLocked: boolean;
  /** One sentence for the generated API docs and the contract walk. */
  readonly summary: string;
}

export type InputOf<C> = C extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends ChannelDef<z.ZodType, infer O> ? O : never;

export function channel<I extends z.ZodType, O>(def: {
  name: string;
  kind: 'read' | 'write';
  input: I;
  classes: readonly DataClass[];
  access: Access;
  audit?: string;
  whileLocked?: boolean;
  summary: string;
}): ChannelDef<I, O> {
  return Object.freeze({
    name: def.name,
    kind: def.kind,
    input: def.input,
    output: undefined as unknown as O,
    classes: def.classes,
    access: def.access,
    audit: def.audit ?? def.name,
    auditSuccess: def.kind === 'write' || def.classes.some((c) => AUDITED_READ_CLASSES.includes(c)),
    whileLocked: def.whileLocked ?? false,
    summary: def.summary,
  });
}
