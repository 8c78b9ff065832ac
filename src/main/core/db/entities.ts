import { EntitySchema } from 'typeorm';

/**
 * Entities are declared with EntitySchema rather than decorators, so the same code runs under
 * esbuild/Vite (which do not emit decorator metadata) and under plain Node in tests.
 * Columns here must match the numbered migrations exactly; `synchronize` is never on.
 */
export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  roles: string;
  disabled: boolean;
  mustChangePassphrase: boolean;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
}

export const AccountEntity = new EntitySchema<AccountRow>({
  name: 'Account',
  tableName: 'account',
  columns: {
    id: { type: 'text', primary: true },
    username: { type: 'text', unique: true },
    displayName: { type: 'text', name: 'display_name' },
    roles: { type: 'text' },
    disabled: { type: 'boolean', default: false },
    mustChangePassphrase: { type: 'boolean', name: 'must_change_passphrase', default: false },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    lastSignInAt: { type: 'text', name: 'last_sign_in_at', nullable: true },
  },
});

export interface SettingRow {
  key: string;
  value: string;
  updatedAt: string;
  updatedBy: string | null;
}

export const SettingEntity = new EntitySchema<SettingRow>({
  name: 'Setting',
  tableName: 'setting',
  columns: {
    key: { type: 'text', primary: true },
    value: { type: 'text' },
    updatedAt: { type: 'text', name: 'updated_at' },
    updatedBy: { type: 'text', name: 'updated_by', nullable: true },
  },
});

export interface AuditRow {
  seq: number;
  at: string;
  accountId: string | null;
  actor: string | null;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  recordType: string | null;
  recordId: string | null;
  classes: string;
  detail: string | null;
  /** Key id of the Ed25519 key that signed this row (see account_key). */
  signerKey: string | null;
  /** Ed25519 signature over `hash`. */
  signature: string | null;
  prevHash: string;
  hash: string;
}

export const AuditEntity = new EntitySchema<AuditRow>({
  name: 'AuditEvent',
  tableName: 'audit_event',
  columns: {
    seq: { type: 'integer', primary: true },
    at: { type: 'text' },
    accountId: { type: 'text', name: 'account_id', nullable: true },
    actor: { type: 'text', nullable: true },
    action: { type: 'text' },
    outcome: { type: 'text' },
    recordType: { type: 'text', name: 'record_type', nullable: true },
    recordId: { type: 'text', name: 'record_id', nullable: true },
    classes: { type: 'text' },
    detail: { type: 'text', nullable: true },
    signerKey: { type: 'text', name: 'signer_key', nullable: true },
    signature: { type: 'text', nullable: true },
    prevHash: { type: 'text', name: 'prev_hash' },
    hash: { type: 'text' },
  },
});

/** A removed staff account's name, kept so its audit rows still say who acted. */
export interface FormerAccountRow {
  id: string;
  username: string;
  displayName: string;
  removedAt: string;
}

export const FormerAccountEntity = new EntitySchema<FormerAccountRow>({
  name: 'FormerAccount',
  tableName: 'former_account',
  columns: {
    id: { type: 'text', primary: true },
    username: { type: 'text' },
    displayName: { type: 'text', name: 'display_name' },
    removedAt: { type: 'text', name: 'removed_at' },
  },
});

export const ENTITIES = [AccountEntity, SettingEntity, AuditEntity, FormerAccountEntity];
