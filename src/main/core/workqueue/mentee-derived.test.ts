import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../db/migrations';

/**
 * Migration 012 keeps two columns on the mentee for the work queue by triggers: the review date of
 * the latest risk assessment and the number of induction items ticked. Whatever writes the source
 * rows (insert, edit, delete, a new version), the columns must equal what the rows say.
 */
function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.transaction(() => {
    for (const m of MIGRATIONS) m.up(db);
  })();
  return db;
}

/** Insert a row with `values`, filling every other NOT NULL column without a default. */
function insert(db: Database.Database, table: string, values: Record<string, unknown>): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: unknown;
  }[];
  const row: Record<string, unknown> = { ...values };
  for (const c of columns)
    if (!(c.name in row) && c.notnull && c.dflt_value === null) row[c.name] = c.type === 'INTEGER' ? 0 : 'x';
  const names = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
    ...names.map((n) => row[n]),
  );
}

const derived = (db: Database.Database, id: string) =>
  db
    .prepare('SELECT risk_review_due AS risk, induction_done AS induction FROM mentee WHERE id = ?')
    .get(id) as {
    risk: string | null;
    induction: number;
  };

describe('the mentee columns derived for the work queue', () => {
  it('follow the latest risk assessment through new versions, edits and deletions', () => {
    const db = migrated();
    insert(db, 'mentee', { id: 'm1', reference: 'M-1', stage: 'ready' });
    insert(db, 'mentee', { id: 'm2', reference: 'M-2', stage: 'ready' });
    expect(derived(db, 'm1').risk).toBeNull();
    insert(db, 'mentee_risk_assessment', { id: 'r1', mentee_id: 'm1', version: 1, review_due: '2026-03-01' });
    expect(derived(db, 'm1').risk).toBe('2026-03-01');
    insert(db, 'mentee_risk_assessment', { id: 'r2', mentee_id: 'm1', version: 2, review_due: '2026-06-01' });
    expect(derived(db, 'm1').risk).toBe('2026-06-01');
    // An edit to an older version changes nothing; to the latest, the date.
    db.prepare(`UPDATE mentee_risk_assessment SET review_due = '2026-01-01' WHERE id = 'r1'`).run();
    expect(derived(db, 'm1').risk).toBe('2026-06-01');
    db.prepare(`UPDATE mentee_risk_assessment SET review_due = '2026-07-01' WHERE id = 'r2'`).run();
    expect(derived(db, 'm1').risk).toBe('2026-07-01');
    db.prepare(`DELETE FROM mentee_risk_assessment WHERE id = 'r2'`).run();
    expect(derived(db, 'm1').risk).toBe('2026-01-01');
    db.prepare(`DELETE FROM mentee_risk_assessment WHERE id = 'r1'`).run();
    expect(derived(db, 'm1').risk).toBeNull();
    expect(derived(db, 'm2').risk).toBeNull();
  });

  it('count the induction items ticked, as the checklist is ticked and unticked', () => {
    const db = migrated();
    insert(db, 'mentee', { id: 'm1', reference: 'M-1', stage: 'induction' });
    expect(derived(db, 'm1').induction).toBe(0);
    insert(db, 'mentee_induction', { mentee_id: 'm1', item: 'mentor_role', done_on: '2026-01-01' });
    insert(db, 'mentee_induction', { mentee_id: 'm1', item: 'boundaries', done_on: '2026-01-02' });
    expect(derived(db, 'm1').induction).toBe(2);
    db.prepare(`DELETE FROM mentee_induction WHERE mentee_id = 'm1' AND item = 'mentor_role'`).run();
    expect(derived(db, 'm1').induction).toBe(1);
  });

  it('are filled in for mentees already recorded when the migration runs', () => {
    const db = new Database(':memory:');
    db.transaction(() => {
      for (const m of MIGRATIONS.filter((x) => x.version < 12)) m.up(db);
    })();
    insert(db, 'mentee', { id: 'm1', reference: 'M-1', stage: 'ready' });
    insert(db, 'mentee_risk_assessment', { id: 'r1', mentee_id: 'm1', version: 1, review_due: '2026-03-01' });
    insert(db, 'mentee_risk_assessment', { id: 'r2', mentee_id: 'm1', version: 2, review_due: '2026-02-01' });
    insert(db, 'mentee_induction', { mentee_id: 'm1', item: 'mentor_role', done_on: '2026-01-01' });
    db.transaction(() => {
      for (const m of MIGRATIONS.filter((x) => x.version >= 12)) m.up(db);
    })();
    expect(derived(db, 'm1')).toEqual({ risk: '2026-02-01', induction: 1 });
  });
});
