import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { ChannelDef } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import type { DataClass } from '../../../shared/roles';
import { fallbackClass, redactBySchema } from './schema-classes';
import type { RowView, ScopeRegistry, ScopeSpec, ScopeSubject } from './scope';

/** What a `directory` view of a record leaves: its name and status, nothing more. */
const DIRECTORY_VIEW: readonly DataClass[] = ['directory', 'reference', 'system'];
/** Lists longer than this are recorded in the audit row as a count and a digest of their ids. */
const RECORD_IDS_IN_FULL = 20;

const narrow = (readable: ReadonlySet<DataClass>, view: RowView): Set<DataClass> =>
  view === 'full'
    ? new Set(readable)
    : view === 'directory'
      ? new Set(DIRECTORY_VIEW.filter((c) => readable.has(c)))
      : new Set();

/** Before the handler: a single record the caller may not see at all is refused. */
export async function scopeForRecord(
  em: EntityManager,
  scopes: ScopeRegistry,
  spec: ScopeSpec | undefined,
  input: unknown,
  subject: ScopeSubject | null,
  readable: ReadonlySet<DataClass>,
): Promise<{ readable: Set<DataClass>; recordId: string | null }> {
  const id = spec?.recordId?.(input) ?? null;
  if (!spec || !id || !subject) return { readable: new Set(readable), recordId: id };
  const view = (await scopes.views(em, spec.recordType, subject, [id])).get(id) ?? 'none';
  if (view === 'none' || (view === 'directory' && spec.needsFullView))
    throw new CoreError('FORBIDDEN', 'This record is not on your caseload.');
  return { readable: narrow(readable, view), recordId: id };
}

export interface PolicyOutcome {
  output: unknown;
  /** The data classes of the values that actually left the core. */
  returned: DataClass[];
  /** For a list: the ids returned (JSON), or their count and a digest when there are many. */
  records: string | null;
}

function elementSchema(schema: z.ZodType, key: string): z.ZodType | null {
  const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const list =
    key === '' ? schema : ((def(schema).shape as Record<string, z.ZodType> | undefined)?.[key] ?? null);
  return list ? ((def(list).element as z.ZodType | undefined) ?? null) : null;
}

export function recordsSummary(ids: readonly string[]): string {
  if (ids.length <= RECORD_IDS_IN_FULL) return JSON.stringify(ids);
  const digest = createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex');
  return JSON.stringify({ count: ids.length, sha256: digest });
}

/**
 * After the handler: check the output against its schema (development and tests), drop the rows
 * of a list the caller may not see, and blank every field whose class the caller (for that row) may
 * not read (or that its schema gives no class: the policy fails closed).
 */
export async function applyOutputPolicy(args: {
  em: EntityManager;
  channel: ChannelDef;
  raw: unknown;
  readable: ReadonlySet<DataClass>;
  subject: ScopeSubject | null;
  scopes: ScopeRegistry;
  spec: ScopeSpec | undefined;
  checkOutput: boolean;
}): Promise<PolicyOutcome> {
  const { channel, raw, readable } = args;
  const schema = channel.outputSchema;
  if (args.checkOutput) {
    const parsed = schema.safeParse(raw);
    // A handler that returns something its contract does not describe is a bug: nothing leaves.
    if (!parsed.success) throw new Error(`${channel.name} returned output that does not match its schema`);
  }
  const fallback = fallbackClass(channel.classes);
  const spec = args.spec;
  if (!spec?.rows && spec?.rows !== '') {
    const { value, returned } = redactBySchema(raw, schema, fallback, readable);
    return { output: value, returned: [...returned], records: null };
  }
  // A list: each row is seen through the caller's view of that record.
  const rowKey = spec.rows;
  const rows = (rowKey === '' ? raw : (raw as Record<string, unknown>)[rowKey]) as { id: string }[];
  const views = args.subject
    ? await args.scopes.views(
        args.em,
        spec.recordType,
        args.subject,
        rows.map((r) => r.id),
      )
    : new Map();
  const rowSchema = elementSchema(schema, rowKey);
  if (!rowSchema)
    throw new Error(`${channel.name}: scope rows '${rowKey}' is not a list in the output schema`);
  const returned = new Set<DataClass>();
  const kept: unknown[] = [];
  const ids: string[] = [];
  for (const row of rows) {
    const view: RowView = views.get(row.id) ?? 'none';
    if (view === 'none') continue;
    const r = redactBySchema(row, rowSchema, fallback, narrow(readable, view));
    r.returned.forEach((c) => returned.add(c));
    kept.push(r.value);
    ids.push(row.id);
  }
  let output: unknown = kept;
  if (rowKey !== '') {
    const rest = redactBySchema({ ...(raw as object), [rowKey]: [] }, schema, fallback, readable);
    rest.returned.forEach((c) => returned.add(c));
    output = { ...(rest.value as object), [rowKey]: kept };
  }
  return { output, returned: [...returned], records: recordsSummary(ids) };
}
