import { sqlStep, type Migration } from './migration';

/**
 * Per-account signing keys and signed audit rows; the vault generation the database last saw.
 * `account_key` is append-only like the audit log: a key, once registered, verifies old rows for
 * ever, even after the person's passphrase is reset (which gives them a new key) or they are removed.
 */
export const m002KeysAndSignatures: Migration = {
  version: 2,
  name: 'keys and signatures',
  up: sqlStep(`
    CREATE TABLE account_key (
      key_id TEXT PRIMARY KEY NOT NULL,
      account_id TEXT,
      sign_public_key TEXT NOT NULL,
      box_public_key TEXT NOT NULL,
      created_at TEXT NOT NULL,
      registered_by TEXT NOT NULL,
      signature TEXT NOT NULL
    );
    CREATE INDEX account_key_account ON account_key (account_id, created_at);
    CREATE TRIGGER account_key_no_update BEFORE UPDATE ON account_key
      BEGIN SELECT RAISE(ABORT, 'registered keys cannot be changed'); END;
    CREATE TRIGGER account_key_no_delete BEFORE DELETE ON account_key
      BEGIN SELECT RAISE(ABORT, 'registered keys cannot be removed'); END;

    CREATE TABLE vault_state (
      id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
      generation INTEGER NOT NULL
    );
    INSERT INTO vault_state (id, generation) VALUES (1, 0);

    ALTER TABLE audit_event ADD COLUMN signer_key TEXT;
    ALTER TABLE audit_event ADD COLUMN signature TEXT;
  `),
};
