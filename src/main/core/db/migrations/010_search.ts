import type { Migration } from './migration';

/**
 * Find anyone fast: one FTS5 index over mentees, mentors and staff accounts, kept in step by
 * triggers so no other area has to remember it.
 *
 * Tokenizer: `unicode61 remove_diacritics 2` with prefix indexes on 2 and 3 characters, rather
 * than `trigram`. People type names from the start, so word prefixes fit; the prefix indexes answer
 * the first two or three letters from the index alone, where trigram cannot use its index below
 * three characters and scans. Measured (`npm run bench -- --only=search`, 100,000 people): the
 * bare lookups are alike per keystroke (median 0.1–0.2 ms vs 0.3–0.4 ms), the trigram index is a
 * quarter larger (16.9 vs 13.5 MiB: more pages to decrypt), and trigram's only typo help is
 * substring overlap. Typos are handled by the search against the index's own vocabulary
 * (`person_search_terms`) instead.
 *
 * The FTS rowid is the source row's rowid times four plus the kind (0 mentee, 1 mentor, 2 staff),
 * so a trigger can delete exactly one entry without scanning. VACUUM INTO (backups, re-keying) copies
 * rows with their rowids (the transfer optimisation into an empty file), so the key survives them.
 * An insert first clears its key, in case a REPLACE removed a row without its delete trigger
 * (SQLite runs those only with recursive triggers on) and the rowid came round again.
 * Three columns keep what matches apart: a prison number is only searched for callers who may see
 * it (see search.queries.ts).
 */
const FROM_MENTEE = `new.rowid * 4, 'mentee', new.id,
  new.first_name || ' ' || new.last_name || ' ' || new.preferred_name, new.reference, coalesce(new.prison_number, '')`;
const FROM_MENTOR = `new.rowid * 4 + 1, 'mentor', new.id,
  new.first_name || ' ' || new.last_name || ' ' || new.preferred_name, '', ''`;
const FROM_ACCOUNT = `new.rowid * 4 + 2, 'staff', new.id, new.display_name, new.username, ''`;
const COLUMNS = '(rowid, kind, record_id, name, reference, prison_number)';

const triggers = (table: string, kind: number, values: string, watched: string) => `
  CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
    DELETE FROM person_search WHERE rowid = new.rowid * 4 + ${kind};
    INSERT INTO person_search ${COLUMNS} VALUES (${values});
  END;
  CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${watched} ON ${table} BEGIN
    DELETE FROM person_search WHERE rowid = old.rowid * 4 + ${kind};
    INSERT INTO person_search ${COLUMNS} VALUES (${values});
  END;
  CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
    DELETE FROM person_search WHERE rowid = old.rowid * 4 + ${kind};
  END;`;

const SCHEMA = `
  CREATE VIRTUAL TABLE person_search USING fts5(
    kind UNINDEXED, record_id UNINDEXED, name, reference, prison_number,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );
  CREATE VIRTUAL TABLE person_search_terms USING fts5vocab(person_search, 'row');
  ${triggers('mentee', 0, FROM_MENTEE, 'first_name, last_name, preferred_name, reference, prison_number')}
  ${triggers('mentor', 1, FROM_MENTOR, 'first_name, last_name, preferred_name')}
  ${triggers('account', 2, FROM_ACCOUNT, 'display_name, username')}
`;

/** The rows already there, indexed once. */
const REBUILD = `
  INSERT INTO person_search ${COLUMNS} SELECT ${FROM_MENTEE.replaceAll('new.', '')} FROM mentee;
  INSERT INTO person_search ${COLUMNS} SELECT ${FROM_MENTOR.replaceAll('new.', '')} FROM mentor;
  INSERT INTO person_search ${COLUMNS} SELECT ${FROM_ACCOUNT.replaceAll('new.', '')} FROM account;
`;

export const m010Search: Migration = {
  version: 10,
  name: 'search',
  up(db) {
    db.exec(SCHEMA);
    db.exec(REBUILD);
  },
};
