import { z } from 'zod';
import { AUDITED_READ_CLASSES, type DataClass, type Role } from '../roles';

/**
 * Who may call a channel: a list of roles, anyone signed in, or (for the lock screen) anyone at
 * all. Only the vault's own channels (and restoring a backup when nobody can sign in) are `public`.
 */
export type Access = readonly Role[] | 'signed-in' | 'public';

export interface ChannelExamples {
  /** Inputs the schema accepts (the contract walk uses them, e.g. for role refusals). */
  readonly valid: readonly unknown[];
  /** Inputs the schema must refuse with VALIDATION, changing nothing. */
  readonly invalid: readonly unknown[];
}

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  /** `area.action`, which is also the path under `window.api`. */
  readonly name: string;
  readonly area: string;
  readonly action: string;
  readonly kind: 'read' | 'write';
  readonly input: I;
  /** Phantom: carries the output type for the typed client. */
  readonly output: O;
  /** The output's schema: checked at run time in development and tests, and read by redaction. */
  readonly outputSchema: z.ZodType;
  /** Data classes the channel reads or writes. Sensitive classes make every call audited. */
  readonly classes: readonly DataClass[];
  readonly access: Access;
  /** Action name written to the audit log (the channel name). */
  readonly audit: string;
  /** What the audit log shows for this action, in plain English ("Signed in"). */
  readonly label: string;
  /**
   * Reads of ordinary data are audited only when refused; writes, vault events and reads of
   * sensitive classes always are.
   */
  readonly auditSuccess: boolean;
  /**
   * Every successful read is audited even when no sensitive class left: opening a receipt, and
   * every read of a channel declaring the `safeguarding` class (a co-ordinator who sees only that
   * a concern exists and its status has still looked at the safeguarding register).
   */
  readonly auditEveryRead: boolean;
  /** Channels that work while the vault is locked (status, set-up, unlock). */
  readonly whileLocked: boolean;
  /** Channels that still answer while a temporary passphrase must be changed. */
  readonly duringPassphraseChange: boolean;
  /** Reads whose cached answers a successful write makes stale: channel names or whole areas. */
  readonly invalidates: readonly string[];
  /** One sentence for the generated API docs and the contract walk. */
  readonly summary: string;
  readonly examples: ChannelExamples;
}

export type InputOf<C> = C extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends ChannelDef<z.ZodType, infer O> ? O : never;

/** What one channel of an area declares; the name comes from the area and the key. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'read' | 'write';
  input: I;
  output: O;
  classes: readonly DataClass[];
  access: Access;
  label: string;
  summary: string;
  examples: { valid?: readonly z.input<I>[]; invalid: readonly unknown[] };
  whileLocked?: boolean;
  duringPassphraseChange?: boolean;
  invalidates?: readonly string[];
  /** Audit every successful read of this channel (see ChannelDef.auditEveryRead). */
  auditEveryRead?: boolean;
}

const auditSuccessFor = (kind: 'read' | 'write', classes: readonly DataClass[]) =>
  kind === 'write' || classes.some((c) => AUDITED_READ_CLASSES.includes(c));

/**
 * An area of the contract: `defineArea('mentors', { list: {…}, create: {…} })` gives channels named
 * `mentors.list` and `mentors.create`, each with its input and output schemas, access rule, data
 * classes, audit label and examples (which the contract walk runs: no central test tables).
 */
export function defineArea<const N extends string, const S extends Record<string, ChannelSpec>>(
  area: N,
  specs: S,
): { readonly [K in keyof S]: ChannelDef<S[K]['input'], z.output<S[K]['output']>> } {
  const out: Record<string, ChannelDef> = {};
  for (const [action, s] of Object.entries(specs)) {
    const name = `${area}.${action}`;
    out[action] = Object.freeze({
      name,
      area,
      action,
      kind: s.kind,
      input: s.input,
      output: undefined as unknown,
      outputSchema: s.output,
      classes: s.classes,
      access: s.access,
      audit: name,
      label: s.label,
      auditSuccess: auditSuccessFor(s.kind, s.classes) || (s.auditEveryRead ?? false),
      auditEveryRead: s.auditEveryRead ?? s.classes.includes('safeguarding'),
      whileLocked: s.whileLocked ?? false,
      duringPassphraseChange: s.duringPassphraseChange ?? false,
      invalidates: s.invalidates ?? (s.kind === 'write' ? [area] : []),
      summary: s.summary,
      examples: { valid: s.examples.valid ?? [], invalid: s.examples.invalid },
    });
  }
  return Object.freeze(out) as never;
}

/** Data classes attached to output schemas: redaction and the contract walk read them. */
export const dataClasses = z.registry<{ dataClass: DataClass }>();

/** Mark a schema (a field, or a whole object or list) as holding data of one class. */
export function classed<S extends z.ZodType>(dataClass: DataClass, schema: S): S {
  dataClasses.add(schema, { dataClass });
  return schema;
}
