/**
 * The TypeORM entities, derived from the table declarations in each area (`*.tables.ts`); nothing is
 * declared here. Kept as one import for the services that use TypeORM repositories.
 */
import { accountTable, formerAccountTable } from '../accounts/accounts.tables';
import { settingTable } from '../settings/settings.tables';
import { auditEventTable } from '../audit/audit.tables';

export type { AccountRow, FormerAccountRow } from '../accounts/accounts.tables';
export type { SettingRow } from '../settings/settings.tables';
export type { AuditRow } from '../audit/audit.tables';

export const AccountEntity = accountTable.entity;
export const FormerAccountEntity = formerAccountTable.entity;
export const SettingEntity = settingTable.entity;
export const AuditEntity = auditEventTable.entity;
