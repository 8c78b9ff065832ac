import type { DataClass } from '../../../shared/roles';

/**
 * Field classes for a channel's output: a path (dot-separated, `[]` for every array element) to
 * the class of the value found there. E.g. `{ 'items[].riskLevel': 'criminal' }`.
 */
export type FieldClasses = Readonly<Record<string, DataClass>>;

/**
 * Replace every field whose class the caller may not read with `null`, so the shape the renderer
 * expects is kept but the value never leaves the core. Returns a new value; the input is untouched.
 */
export function redact<T>(value: T, fields: FieldClasses | undefined, readable: ReadonlySet<DataClass>): T {
  if (!fields) return value;
  let out: unknown = structuredClone(value);
  for (const [path, cls] of Object.entries(fields)) {
    if (!readable.has(cls)) out = blank(out, path.split('.'));
  }
  return out as T;
}

function blank(node: unknown, parts: string[]): unknown {
  if (node === null || node === undefined || parts.length === 0) return node;
  const [head, ...rest] = parts as [string, ...string[]];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const target = key === '' ? node : (node as Record<string, unknown>)[key];
  if (isArray) {
    if (!Array.isArray(target)) return node;
    const mapped = target.map((item) => (rest.length ? blank(item, rest) : null));
    if (key === '') return mapped;
    (node as Record<string, unknown>)[key] = mapped;
    return node;
  }
  if (typeof node !== 'object') return node;
  if (rest.length === 0) {
    if (key in (node as object)) (node as Record<string, unknown>)[key] = null;
    return node;
  }
  (node as Record<string, unknown>)[key] = blank(target, rest);
  return node;
}

/** The classes among `fields` (or the channel's classes) the caller actually received. */
export function classesSeen(
  channelClasses: readonly DataClass[],
  readable: ReadonlySet<DataClass>,
): DataClass[] {
  return channelClasses.filter((c) => readable.has(c));
}
