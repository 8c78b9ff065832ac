// Grow a vault's encrypted database to a target size with a bench-only table, so unlock can be
// timed on a file the size a busy organisation reaches after years of records. The rows look like
// contact records (dates, kinds, ~400 characters of text, an index), not one big blob, because
// integrity checks cost per page and per cell. The core's migrations look only at user_version, so
// an extra table is left alone; the first unlock through the core proves it.
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type Variant } from './db';
import { elapsedMs } from './report';

export const FILL_TABLE = 'bench_fill';

/** Most rows per transaction while filling (~45 MiB of pages); the last chunks shrink to land near the target. */
const MAX_CHUNK = 100_000;
const FIRST_CHUNK = 10_000;

export interface GrowResult {
  bytes: number;
  rows: number;
  ms: number;
}

const FILL_SQL = `
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows)
INSERT INTO ${FILL_TABLE} (case_ref, occurred_at, kind, notes)
SELECT printf('WM-%05d', abs(random()) % 5000),
       date('2020-01-01', '+' || (abs(random()) % 2000) || ' days'),
       CASE abs(random()) % 4 WHEN 0 THEN 'visit' WHEN 1 THEN 'call' WHEN 2 THEN 'meeting' ELSE 'note' END,
       hex(randomblob(200))
FROM n`;

function databaseBytes(db: Database.Database): number {
  const pages = Number(db.pragma('page_count', { simple: true }));
  const size = Number(db.pragma('page_size', { simple: true }));
  return pages * size;
}

export function growDatabase(
  file: string,
  variant: Variant,
  keyHex: string,
  targetBytes: number,
  onProgress?: (bytes: number) => void,
): GrowResult {
  const t0 = process.hrtime.bigint();
  const db = openDatabase(file, variant, keyHex);
  try {
    // Fill-only settings (this connection never serves the app): no fsync per commit and a larger
    // cache, so set-up takes seconds. The file stays in WAL mode, as the app left it.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    db.exec(`CREATE TABLE IF NOT EXISTS ${FILL_TABLE} (
      id INTEGER PRIMARY KEY,
      case_ref TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      kind TEXT NOT NULL,
      notes TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS ${FILL_TABLE}_case ON ${FILL_TABLE} (case_ref, occurred_at);`);
    const fill = db.prepare(FILL_SQL);
    const start = databaseBytes(db);
    let rows = FIRST_CHUNK;
    let added = 0;
    for (;;) {
      db.transaction(() => fill.run({ rows }))();
      db.pragma('wal_checkpoint(TRUNCATE)');
      added += rows;
      const bytes = databaseBytes(db);
      onProgress?.(bytes);
      if (bytes >= targetBytes) break;
      const perRow = (bytes - start) / added;
      rows = Math.max(1000, Math.min(MAX_CHUNK, Math.ceil((targetBytes - bytes) / perRow)));
    }
    const total = Number(db.prepare(`SELECT count(*) FROM ${FILL_TABLE}`).pluck().get());
    return { bytes: statSync(file).size, rows: total, ms: elapsedMs(t0) };
  } finally {
    db.close();
  }
}
