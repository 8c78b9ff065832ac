import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, makeSetUpCore, type TestCore } from '../../../../tests/support/core-fixture';
import { openRaw } from '../../../../tests/support/raw-db';
import { DATA_MAP } from '../data-map';
import { sqlStep } from './migrations/migration';
import { CORE } from '../modules';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './open-database';
import { DATA_CLASSES } from '../../../shared/roles';
import { DECLARED_TABLES_SQL } from './table';

let t: TestCore | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'waymark-db-'));
  dirs.push(d);
  return d;
};

describe('the data map', () => {
  it('maps every table and column in the database, and nothing that is not there', async () => {
    const s = await makeSetUpCore();
    t = s;
    await s.ok('vault.lock');
    const raw = await openRaw(s.dir, 'alex.admin', ADMIN.passphrase);
    // Declared tables, and the virtual tables (full-text indexes) but not FTS5's own shadow tables.
    const tables = (
      raw
        .prepare(
          `SELECT name FROM sqlite_master WHERE (${DECLARED_TABLES_SQL}) OR sql LIKE 'CREATE VIRTUAL TABLE%'`,
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables.sort()).toEqual(Object.keys(DATA_MAP).sort());
    for (const table of tables) {
      const columns = (raw.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns.sort(), table).toEqual(Object.keys(DATA_MAP[table]!.columns).sort());
      for (const cls of Object.values(DATA_MAP[table]!.columns)) expect(DATA_CLASSES).toContain(cls);
      expect(DATA_MAP[table]!.purpose.length).toBeGreaterThan(10);
      expect(DATA_MAP[table]!.retention.length).toBeGreaterThan(5);
    }
    raw.close();
  });
});

describe('opening and migrating', () => {
  const key = new Uint8Array(randomBytes(32));

  it('sets the durability and hygiene pragmas on every connection', async () => {
    const dir = tempDir();
    const { dataSource, raw } = await openDatabase(join(dir, 'x.db'), 'aegis', key, {
      create: true,
      entities: CORE.entities,
    });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(raw.pragma('secure_delete', { simple: true })).toBe(1);
    expect(raw.pragma('temp_store', { simple: true })).toBe(2);
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    await dataSource.destroy();
  });

  it('refuses the wrong key without touching the file', async () => {
    const dir = tempDir();
    const first = await openDatabase(join(dir, 'x.db'), 'aegis', key, {
      create: true,
      entities: CORE.entities,
    });
    migrate(first.raw, join(dir, 'backups'), new Date());
    await first.dataSource.destroy();
    const before = readdirSync(dir).sort();
    await expect(
      openDatabase(join(dir, 'x.db'), 'aegis', new Uint8Array(randomBytes(32)), {
        create: false,
        entities: CORE.entities,
      }),
    ).rejects.toMatchObject({ code: 'DAMAGED' });
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('backs up with VACUUM INTO (still encrypted) before migrating, and runs all pending steps in one transaction', async () => {
    const dir = tempDir();
    const { dataSource, raw } = await openDatabase(join(dir, 'x.db'), 'aegis', key, {
      create: true,
      entities: CORE.entities,
    });
    // Only the first real migration, then two made-up steps after it (the second one broken).
    expect(migrate(raw, join(dir, 'backups'), new Date(), MIGRATIONS.slice(0, 1))).toMatchObject({
      from: 0,
      to: 1,
      backup: null,
    });
    raw.exec("INSERT INTO setting (key, value, updated_at) VALUES ('probe', '\"Quuxly-marker\"', 'now')");
    const steps = [
      MIGRATIONS[0]!,
      { version: 2, name: 'add', up: sqlStep('CREATE TABLE extra (id TEXT PRIMARY KEY);') },
      { version: 3, name: 'broken', up: sqlStep('CREATE TABLE extra (id TEXT);') },
    ];
    expect(() => migrate(raw, join(dir, 'backups'), new Date(), steps)).toThrow();
    // The failed step rolled back the one before it too.
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({
      n: 0,
    });
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^before-migration-v1-to-v3-/);
    const good = steps.slice(0, 2);
    expect(migrate(raw, join(dir, 'backups'), new Date(), good)).toMatchObject({ from: 1, to: 2 });
    await dataSource.destroy();
    // The backup opens with the same key and holds the data; it is not plaintext.
    const copy = await openDatabase(join(dir, 'backups', backups[0]!), 'aegis', key, {
      create: false,
      entities: CORE.entities,
    });
    expect(copy.raw.prepare("SELECT value FROM setting WHERE key = 'probe'").get()).toEqual({
      value: '"Quuxly-marker"',
    });
    await copy.dataSource.destroy();
  });

  it('refuses a database written by a newer version', async () => {
    const dir = tempDir();
    const { dataSource, raw } = await openDatabase(join(dir, 'x.db'), 'aegis', key, {
      create: true,
      entities: CORE.entities,
    });
    migrate(raw, join(dir, 'backups'), new Date());
    raw.pragma('user_version = 99');
    expect(() => migrate(raw, join(dir, 'backups'), new Date())).toThrow(/newer version of Waymark/);
    await dataSource.destroy();
  });
});
