import { EntitySchema } from 'typeorm';
import { z } from 'zod';
import { classed } from '../../../shared/contract';
import type { DataClass } from '../../../shared/roles';

/**
 * A table declared once: its columns (type, nullability, data class) and its place in the record
 * of processing (purpose, lawful basis, Art. 9 / Schedule 1 condition, retention). From this come
 * the TypeORM entity, the data-map entry, the row type and zod schemas for outputs whose fields
 * carry their data class. A test compares every declaration with `PRAGMA table_info`.
 */
/** `blob` holds file bytes (PDFs, receipts) inside the encrypted database, never on disk beside it. */
export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'blob';

export interface ColumnDecl<T extends ColumnType = ColumnType, N extends boolean = boolean> {
  readonly type: T;
  readonly nullable: N;
  readonly dataClass: DataClass;
  readonly primary: boolean;
  readonly unique: boolean;
}

type Keys = { primary?: boolean; unique?: boolean };
function column<T extends ColumnType>(type: T) {
  function make(dataClass: DataClass, opts: Keys & { nullable: true }): ColumnDecl<T, true>;
  function make(dataClass: DataClass, opts?: Keys & { nullable?: false }): ColumnDecl<T, false>;
  function make(dataClass: DataClass, opts: Keys & { nullable?: boolean } = {}): ColumnDecl<T, boolean> {
    return {
      type,
      nullable: opts.nullable ?? false,
      dataClass,
      primary: opts.primary ?? false,
      unique: opts.unique ?? false,
    };
  }
  return make;
}

export const col = {
  /** A uuid primary key, of the record's own class (a person's id is as directory as their name). */
  id: (dataClass: DataClass = 'system'): ColumnDecl<'text', false> => ({
    type: 'text',
    nullable: false,
    dataClass,
    primary: true,
    unique: false,
  }),
  text: column('text'),
  integer: column('integer'),
  real: column('real'),
  boolean: column('boolean'),
  blob: column('blob'),
};

type ValueOf<C> =
  C extends ColumnDecl<infer T, infer N>
    ? | (T extends 'text' ? string : T extends 'boolean' ? boolean : T extends 'blob' ? Uint8Array : number)
      | (N extends true ? null : never)
    : never;

export type RowOf<C extends Record<string, ColumnDecl>> = { -readonly [K in keyof C]: ValueOf<C[K]> };

export interface TableEntry {
  purpose: string;
  lawfulBasis: string;
  /** Article 9 condition and Schedule 1 paragraph, or null when no special category data is held. */
  specialCondition: string | null;
  retention: string;
  columns: Record<string, DataClass>;
}

export interface TableDef<C extends Record<string, ColumnDecl> = Record<string, ColumnDecl>> {
  readonly name: string;
  readonly columns: C;
  /** Property name → SQL column name (camelCase → snake_case). */
  readonly sqlNames: { readonly [K in keyof C]: string };
  readonly entity: EntitySchema<RowOf<C>>;
  readonly mapEntry: TableEntry;
  /** A zod object of the chosen fields, each marked with its column's data class. */
  fields<K extends keyof C & string>(...keys: K[]): z.ZodObject<{ [P in K]: z.ZodType<ValueOf<C[P]>> }>;
}

export const snakeCase = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function leaf(decl: ColumnDecl): z.ZodType {
  const base =
    decl.type === 'text'
      ? z.string()
      : decl.type === 'boolean'
        ? z.boolean()
        : decl.type === 'integer'
          ? z.number().int()
          : decl.type === 'blob'
            ? z.instanceof(Uint8Array)
            : z.number();
  return classed(decl.dataClass, decl.nullable ? base.nullable() : base);
}

export function defineTable<const C extends Record<string, ColumnDecl>>(
  name: string,
  meta: Omit<TableEntry, 'columns'> & { columns: C },
): TableDef<C> {
  const sqlNames = Object.fromEntries(Object.keys(meta.columns).map((k) => [k, snakeCase(k)])) as {
    [K in keyof C]: string;
  };
  const entity = new EntitySchema<RowOf<C>>({
    name,
    tableName: name,
    columns: Object.fromEntries(
      Object.entries(meta.columns).map(([k, d]) => [
        k,
        {
          type: d.type,
          name: sqlNames[k as keyof C],
          nullable: d.nullable,
          primary: d.primary || undefined,
          unique: d.unique || undefined,
        },
      ]),
    ) as never,
  });
  const { columns, ...rest } = meta;
  return Object.freeze({
    name,
    columns,
    sqlNames,
    entity,
    mapEntry: {
      ...rest,
      columns: Object.fromEntries(
        Object.entries(columns).map(([k, d]) => [sqlNames[k as keyof C], d.dataClass]),
      ),
    },
    fields<K extends keyof C & string>(...keys: K[]) {
      return z.object(Object.fromEntries(keys.map((k) => [k, leaf(columns[k]!)]))) as never;
    },
  });
}

/**
 * The condition (on `sqlite_master`) for tables that are declared here. It leaves out SQLite's own
 * tables, FTS5 virtual tables and their shadow tables (`<name>_data`, `_idx`, …): the search
 * index (migration 010) holds only copies of declared columns — names, references and the mentee's
 * prison number (class `criminal`) — kept in step by triggers, so it needs no declaration of its own.
 */
export const DECLARED_TABLES_SQL = `type = 'table' AND name NOT LIKE 'sqlite_%'
  AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
  AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%'
    AND sqlite_master.name LIKE v.name || '\\_%' ESCAPE '\\')`;
