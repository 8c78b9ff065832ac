import type { z } from 'zod';
import { dataClasses } from '../../../shared/contract';
import type { DataClass } from '../../../shared/roles';

/**
 * Walks an output schema beside a value. Every leaf (string, number, enum…) takes the data class
 * declared on it or on the nearest object or list above it (see `classed`), or the channel's default
 * for channels that hold only ordinary data. A leaf with no class at all is treated as unreadable:
 * the policy fails closed.
 */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'nonoptional', 'catch', 'prefault']);

/** The class declared on this schema or any wrapper inside it (nullable(classed(…)) and the reverse). */
function declared(schema: z.ZodType): DataClass | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 8; i++) {
    const found = dataClasses.get(s)?.dataClass;
    if (found) return found;
    const def = defOf(s);
    s = WRAPPERS.has(def.type)
      ? def.innerType
      : def.type === 'pipe'
        ? def.out
        : def.type === 'lazy'
          ? def.getter?.()
          : undefined;
  }
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.out) s = def.out;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else break;
  }
  return s;
}

export interface RedactResult<T> {
  value: T;
  /** Classes of the values actually returned (non-null leaves kept). */
  returned: Set<DataClass>;
}

/** Replace every leaf whose class the caller may not read (or that has no class) with null. */
export function redactBySchema<T>(
  value: T,
  schema: z.ZodType,
  fallback: DataClass | undefined,
  readable: ReadonlySet<DataClass>,
): RedactResult<T> {
  const returned = new Set<DataClass>();
  const walk = (v: unknown, s: z.ZodType, inherited: DataClass | undefined): unknown => {
    const cls = declared(s) ?? inherited;
    if (v === null || v === undefined) return v;
    const inner = unwrap(s);
    const def = defOf(inner);
    if (def.type === 'object' && def.shape && typeof v === 'object' && !Array.isArray(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        const childSchema = def.shape[k];
        // A key the schema does not know has no class: it does not leave the core.
        out[k] = childSchema ? walk(child, childSchema, cls) : null;
      }
      return out;
    }
    if (def.type === 'array' && def.element && Array.isArray(v))
      return v.map((item) => walk(item, def.element!, cls));
    if (def.type === 'record' && def.valueType && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x, def.valueType!, cls)]),
      );
    }
    if (!cls || !readable.has(cls)) return null;
    returned.add(cls);
    return v;
  };
  return { value: walk(value, schema, fallback) as T, returned };
}

/** Paths of leaves that have no class (for the contract walk: sensitive channels must have none). */
export function unclassifiedLeaves(schema: z.ZodType, fallback: DataClass | undefined, path = ''): string[] {
  const cls = declared(schema) ?? fallback;
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape)
    return Object.entries(def.shape).flatMap(([k, child]) =>
      unclassifiedLeaves(child, cls, path ? `${path}.${k}` : k),
    );
  if (def.type === 'array' && def.element) return unclassifiedLeaves(def.element, cls, `${path}[]`);
  if (def.type === 'record' && def.valueType) return unclassifiedLeaves(def.valueType, cls, `${path}{}`);
  return cls ? [] : [path || '(value)'];
}

/** Every class the output's leaves carry. */
export function leafClasses(schema: z.ZodType, fallback: DataClass | undefined): Set<DataClass> {
  const out = new Set<DataClass>();
  const walk = (s: z.ZodType, inherited: DataClass | undefined) => {
    const cls = declared(s) ?? inherited;
    const def = defOf(unwrap(s));
    if (def.type === 'object' && def.shape) for (const child of Object.values(def.shape)) walk(child, cls);
    else if (def.type === 'array' && def.element) walk(def.element, cls);
    else if (def.type === 'record' && def.valueType) walk(def.valueType, cls);
    else if (cls) out.add(cls);
  };
  walk(schema, fallback);
  return out;
}

/** Classes that never need per-field declarations: ordinary staff-directory and system data. */
export const ORDINARY_CLASSES: readonly DataClass[] = ['directory', 'system', 'reference'];

/**
 * The class an unclassed leaf takes in this channel: its first class when every class it lists is
 * ordinary; none otherwise (so a sensitive channel must classify every field, or it fails closed).
 */
export function fallbackClass(channelClasses: readonly DataClass[]): DataClass | undefined {
  if (channelClasses.length === 0) return undefined;
  return channelClasses.every((c) => ORDINARY_CLASSES.includes(c)) ? channelClasses[0] : undefined;
}
