import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';
import { migrate } from './migrate';
import { CORE } from '../modules';
import { DECLARED_TABLES_SQL } from './table';

/**
 * Each table is declared once (`*.tables.ts`) and created by the numbered migrations; this is the
 * test that the two never drift: every declared column exists with the declared type, nullability
 * and key, and the database has no table or column that nobody declared.
 */
const dir = mkdtempSync(join(tmpdir(), 'waymark-drift-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AFFINITY = {
  text: 'TEXT',
  integer: 'INTEGER',
  real: 'REAL',
  boolean: 'INTEGER',
  blob: 'BLOB',
} as const;

describe('table declarations', () => {
  it('match PRAGMA table_info for every table, column by column', async () => {
    const { dataSource, raw } = await openDatabase(
      join(dir, 'x.db'),
      'aegis',
      new Uint8Array(randomBytes(32)),
      {
        create: true,
        entities: CORE.entities,
      },
    );
    try {
      migrate(raw, join(dir, 'backups'), new Date());
      const inDb = (
        raw.prepare(`SELECT name FROM sqlite_master WHERE ${DECLARED_TABLES_SQL}`).all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      expect(inDb.sort()).toEqual(CORE.tables.map((t) => t.name).sort());
      for (const table of CORE.tables) {
        const info = raw.prepare(`PRAGMA table_info(${table.name})`).all() as {
          name: string;
          type: string;
          notnull: number;
          pk: number;
        }[];
        const actual = Object.fromEntries(
          info.map((c) => [c.name, { type: c.type, notnull: !!c.notnull, pk: c.pk > 0 }]),
        );
        const declared = Object.fromEntries(
          Object.entries(table.columns).map(([key, d]) => [
            table.sqlNames[key]!,
            // SQLite reports an INTEGER PRIMARY KEY without NOT NULL as nullable; ours all say NOT NULL.
            { type: AFFINITY[d.type], notnull: !d.nullable, pk: d.primary },
          ]),
        );
        expect(actual, table.name).toEqual(declared);
      }
    } finally {
      await dataSource.destroy();
    }
  });
});
