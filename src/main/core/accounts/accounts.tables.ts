import { col, defineTable, type RowOf } from '../db/table';

export const accountTable = defineTable('account', {
  purpose: 'Staff sign-in, roles and what each person may see and change.',
  lawfulBasis: 'UK GDPR Art. 6(1)(f) legitimate interests: securing the records the organisation holds.',
  specialCondition: null,
  retention:
    'While the person works for the service; a removed account leaves its id, username and name (former_account) for the audit log.',
  columns: {
    id: col.id(),
    username: col.text('system', { unique: true }),
    displayName: col.text('directory'),
    /** JSON list of role ids. */
    roles: col.text('system'),
    disabled: col.boolean('system'),
    mustChangePassphrase: col.boolean('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
    lastSignInAt: col.text('system', { nullable: true }),
  },
});
export type AccountRow = RowOf<typeof accountTable.columns>;

export const formerAccountTable = defineTable('former_account', {
  purpose: 'The name of a removed staff account, so the audit log still says who did what.',
  lawfulBasis: 'UK GDPR Art. 6(1)(c) legal obligation (security of processing) and 6(1)(f).',
  specialCondition: null,
  retention: 'As long as the audit rows that name the account: six years after its last event.',
  columns: {
    id: col.id(),
    username: col.text('system'),
    displayName: col.text('directory'),
    removedAt: col.text('system'),
  },
});
export type FormerAccountRow = RowOf<typeof formerAccountTable.columns>;
