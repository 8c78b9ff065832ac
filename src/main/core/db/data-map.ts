import type { DataClass } from '../../../shared/roles';

/**
 * The data map: every table and column, what it is for, the lawful basis, the UK GDPR Article 9 /
 * DPA 2018 Schedule 1 condition where special category or criminal offence data is held, and how
 * long it is kept. A test fails when a table or column exists in the database but not here, so the
 * record of processing cannot drift from the schema.
 */
export interface TableEntry {
  purpose: string;
  lawfulBasis: string;
  /** Article 9 condition and Schedule 1 paragraph, or null when no special category data is held. */
  specialCondition: string | null;
  retention: string;
  columns: Record<string, DataClass>;
}

export const DATA_MAP: Record<string, TableEntry> = {
  account: {
    purpose: 'Staff sign-in, roles and what each person may see and change.',
    lawfulBasis: 'UK GDPR Art. 6(1)(f) legitimate interests: securing the records the organisation holds.',
    specialCondition: null,
    retention:
      'While the person works for the service; a removed account leaves its id, username and name (former_account) for the audit log.',
    columns: {
      id: 'system',
      username: 'system',
      display_name: 'directory',
      roles: 'system',
      disabled: 'system',
      must_change_passphrase: 'system',
      created_at: 'system',
      updated_at: 'system',
      last_sign_in_at: 'system',
    },
  },
  setting: {
    purpose: 'Security settings and programme thresholds.',
    lawfulBasis: 'Not personal data (updated_by is a staff account id): Art. 6(1)(f).',
    specialCondition: null,
    retention: 'For the life of the installation.',
    columns: { key: 'system', value: 'system', updated_at: 'system', updated_by: 'system' },
  },
  former_account: {
    purpose: 'The name of a removed staff account, so the audit log still says who did what.',
    lawfulBasis: 'UK GDPR Art. 6(1)(c) legal obligation (security of processing) and 6(1)(f).',
    specialCondition: null,
    retention: 'As long as the audit rows that name the account: six years after its last event.',
    columns: { id: 'system', username: 'system', display_name: 'directory', removed_at: 'system' },
  },
  audit_event: {
    purpose:
      'Accountability: who signed in, changed records or read sensitive data, as required by UK GDPR Art. 5(2) and 32.',
    lawfulBasis: 'UK GDPR Art. 6(1)(c) legal obligation (security of processing) and 6(1)(f).',
    specialCondition:
      'Records only that sensitive data was read (classes, record id), never the data itself; DPA 2018 Sch. 1 para 6 (statutory purposes) where it evidences access to criminal offence data.',
    retention: 'Six years after the event, then archived; rows are never edited or deleted in place.',
    columns: {
      seq: 'system',
      at: 'system',
      account_id: 'system',
      actor: 'system',
      action: 'system',
      outcome: 'system',
      record_type: 'system',
      record_id: 'system',
      classes: 'system',
      detail: 'system',
      signer_key: 'system',
      signature: 'system',
      prev_hash: 'system',
      hash: 'system',
    },
  },
  account_key: {
    purpose:
      'The public halves of each staff member’s (and the recovery key’s) signing and sealing keys, so anyone can check who signed each audit row.',
    lawfulBasis: 'UK GDPR Art. 6(1)(c) legal obligation (security of processing) and 6(1)(f).',
    specialCondition: null,
    retention: 'As long as the audit rows they verify; never edited or deleted in place.',
    columns: {
      key_id: 'system',
      account_id: 'system',
      sign_public_key: 'system',
      box_public_key: 'system',
      created_at: 'system',
      registered_by: 'system',
      signature: 'system',
    },
  },
  vault_state: {
    purpose: 'The vault file generation this database last saw, so an older vault file put back is refused.',
    lawfulBasis: 'Not personal data: Art. 6(1)(f).',
    specialCondition: null,
    retention: 'For the life of the installation.',
    columns: { id: 'system', generation: 'system' },
  },
};
