import { vaultChannels } from './vault';
import { accountsChannels } from './accounts';
import { auditChannels } from './audit';
import { settingsChannels } from './settings';
import { backupsChannels } from './backups';
import { jobsChannels } from './jobs';
import { establishmentsChannels } from './establishments';
import { draftsChannels } from './drafts';
import { mentorsChannels } from './mentors';
import { screeningChannels } from './screening';
import { trainingChannels } from './training';
import { menteesChannels } from './mentees';
import { assessmentChannels } from './assessment';
import { contactsChannels } from './contacts';
import { mentorImportChannels } from './mentor-import';
import { searchChannels } from './search';
import { matchingChannels } from './matching';
import { matchesChannels } from './matches';
import { documentsChannels } from './documents';
import { mentoringChannels } from './mentoring';
import { plansChannels } from './plans';
import { incidentsChannels } from './incidents';
import { endingsChannels } from './endings';
import { workqueueChannels } from './workqueue';
import { supervisionChannels } from './supervision';
import { supportGroupsChannels } from './support-groups';
import { partnersChannels } from './partners';
import { expensesChannels } from './expenses';
import { budgetsChannels } from './budgets';
import { policiesChannels } from './policies';
import { complaintsChannels } from './complaints';
import { safeguardingChannels } from './safeguarding';
import { feedbackChannels } from './feedback';
import type { ChannelDef, InputOf, OutputOf } from './define';
import type { Result } from '../errors';

/**
 * The IPC contract: every channel the renderer may call, grouped by area. The preload builds
 * `window.api` from this object, the core's dispatcher serves exactly these channels, and a test
 * walks it to prove each has a schema, an access rule, an audit action and a bad-input test.
 */
export const contract = {
  vault: vaultChannels,
  accounts: accountsChannels,
  audit: auditChannels,
  settings: settingsChannels,
  backups: backupsChannels,
  jobs: jobsChannels,
  establishments: establishmentsChannels,
  drafts: draftsChannels,
  mentors: mentorsChannels,
  screening: screeningChannels,
  training: trainingChannels,
  mentees: menteesChannels,
  assessment: assessmentChannels,
  contacts: contactsChannels,
  imports: mentorImportChannels,
  search: searchChannels,
  matching: matchingChannels,
  matches: matchesChannels,
  documents: documentsChannels,
  mentoring: mentoringChannels,
  plans: plansChannels,
  incidents: incidentsChannels,
  endings: endingsChannels,
  workqueue: workqueueChannels,
  feedback: feedbackChannels,
  safeguarding: safeguardingChannels,
  complaints: complaintsChannels,
  policies: policiesChannels,
  budgets: budgetsChannels,
  expenses: expensesChannels,
  partners: partnersChannels,
  supportGroups: supportGroupsChannels,
  supervision: supervisionChannels,
} as const;

export type Contract = typeof contract;
export type AreaName = keyof Contract;

/** Every channel as a flat list. */
export const allChannels: ChannelDef[] = Object.values(contract).flatMap((area) =>
  Object.values(area as Record<string, ChannelDef>),
);

export const channelByName: ReadonlyMap<string, ChannelDef> = new Map(allChannels.map((c) => [c.name, c]));

/** The typed API the renderer sees as `window.api`. */
export type Api = {
  [A in keyof Contract]: {
    [K in keyof Contract[A]]: (input: InputOf<Contract[A][K]>) => Promise<Result<OutputOf<Contract[A][K]>>>;
  };
};

/** The names (not schemas) the preload needs to build `window.api`: area → action → channel. */
export function channelNames(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [area, channels] of Object.entries(contract)) {
    out[area] = {};
    for (const [action, def] of Object.entries(channels as Record<string, ChannelDef>))
      out[area][action] = def.name;
  }
  return out;
}

export * from './define';
export type { SessionInfo, VaultStatus } from './vault';
export type { AccountSummary } from './accounts';
export type { AuditEntry, AuditPage, AuditVerification } from './audit';
export type { BackupInfo, BackupList } from './backups';
export type { CoreEvent, JobInfo, JobState } from './jobs';
export type { Cluster, Establishment, EstablishmentRow, Region } from './establishments';
export type { Draft } from './drafts';
