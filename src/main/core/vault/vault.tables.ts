import { col, defineTable } from '../db/table';

export const accountKeyTable = defineTable('account_key', {
  purpose:
    'The public halves of each staff member’s (and the recovery key’s) signing and sealing keys, so anyone can check who signed each audit row.',
  lawfulBasis: 'UK GDPR Art. 6(1)(c) legal obligation (security of processing) and 6(1)(f).',
  specialCondition: null,
  retention: 'As long as the audit rows they verify; never edited or deleted in place.',
  columns: {
    keyId: col.text('system', { primary: true }),
    accountId: col.text('system', { nullable: true }),
    signPublicKey: col.text('system'),
    boxPublicKey: col.text('system'),
    createdAt: col.text('system'),
    registeredBy: col.text('system'),
    signature: col.text('system'),
  },
});

export const vaultStateTable = defineTable('vault_state', {
  purpose: 'The vault file generation this database last saw, so an older vault file put back is refused.',
  lawfulBasis: 'Not personal data: Art. 6(1)(f).',
  specialCondition: null,
  retention: 'For the life of the installation.',
  columns: {
    id: col.integer('system', { primary: true }),
    generation: col.integer('system'),
  },
});
