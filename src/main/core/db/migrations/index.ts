import type { Migration } from './migration';
import { m001Initial } from './001_initial';
import { m002KeysAndSignatures } from './002_keys_and_signatures';
import { m003FormerAccounts } from './003_former_accounts';
import { m004AuditRecords } from './004_audit_records';
import { m005Establishments } from './005_establishments';
import { m006Drafts } from './006_drafts';
import { m007Mentors } from './007_mentors';
import { m008Training } from './008_training';
import { m009Mentees } from './009_mentees';
import { m010Search } from './010_search';
import { m011Matching } from './011_matching';
import { m012WorkQueueSpeed } from './012_work_queue_speed';
import { m013Supervision } from './013_supervision';
import { m014SupportGroups } from './014_support_groups';
import { m015Partners } from './015_partners';
import { m016Expenses } from './016_expenses';
import { m017Policies } from './017_policies';
import { m018ComplaintsSafeguarding } from './018_complaints_safeguarding';
import { m019Feedback } from './019_feedback';
import { m020ServiceSpeed } from './020_service_speed';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002KeysAndSignatures,
  m003FormerAccounts,
  m004AuditRecords,
  m005Establishments,
  m006Drafts,
  m007Mentors,
  m008Training,
  m009Mentees,
  m010Search,
  m011Matching,
  m012WorkQueueSpeed,
  m013Supervision,
  m014SupportGroups,
  m015Partners,
  m016Expenses,
  m017Policies,
  m018ComplaintsSafeguarding,
  m019Feedback,
  m020ServiceSpeed,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
