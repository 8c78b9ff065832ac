import { sqlStep, type Migration } from './migration';

/** Which records a read returned (ids, or a count and digest for long lists), in the audit row. */
export const m004AuditRecords: Migration = {
  version: 4,
  name: 'audit records',
  up: sqlStep(`ALTER TABLE audit_event ADD COLUMN records TEXT;`),
};
