import { col, defineTable, type RowOf } from '../db/table';

export const auditEventTable = defineTable('audit_event', {
  purpose:
    'Accountability: who signed in, changed records or read sensitive data, as required by UK GDPR Art. 5(2) and 32.',
  lawfulBasis: 'UK GDPR Art. 6(1)(c) legal obligation (security of processing) and 6(1)(f).',
  specialCondition:
    'Records only that sensitive data was read (classes, record ids), never the data itself; DPA 2018 Sch. 1 para 6 (statutory purposes) where it evidences access to criminal offence data.',
  retention: 'Six years after the event, then archived; rows are never edited or deleted in place.',
  columns: {
    seq: col.integer('system', { primary: true }),
    at: col.text('system'),
    accountId: col.text('system', { nullable: true }),
    actor: col.text('system', { nullable: true }),
    action: col.text('system'),
    outcome: col.text('system'),
    recordType: col.text('system', { nullable: true }),
    recordId: col.text('system', { nullable: true }),
    /** JSON list of the data classes that left the core. */
    classes: col.text('system'),
    detail: col.text('system', { nullable: true }),
    /** Key id of the Ed25519 key that signed this row (see account_key). */
    signerKey: col.text('system', { nullable: true }),
    /** Ed25519 signature over `hash`. */
    signature: col.text('system', { nullable: true }),
    /** For a list: JSON of the record ids returned, or their count and a digest when there are many. */
    records: col.text('system', { nullable: true }),
    prevHash: col.text('system'),
    hash: col.text('system'),
  },
});
export type AuditRow = Omit<RowOf<typeof auditEventTable.columns>, 'outcome'> & {
  outcome: 'ok' | 'denied' | 'failed';
};
