import { assemble, type CoreModule } from './module';
import { vaultModule } from './vault';
import { accountsModule } from './accounts';
import { auditModule } from './audit';
import { settingsModule } from './settings';
import { backupsModule } from './backup';
import { jobsModule } from './jobs';
import { establishmentsModule } from './establishments';
import { draftsModule } from './drafts';
import { mentorsModule } from './mentors';
import { screeningModule } from './screening';
import { trainingModule } from './training';
import { menteesModule } from './mentees';
import { assessmentModule } from './assessment';
import { contactsModule } from './contacts';
import { mentorImportModule } from './mentor-import';
import { searchModule } from './search';
import { matchingModule } from './matching';
import { matchesModule } from './matches';
import { documentsModule } from './documents';
import { mentoringModule } from './mentoring';
import { plansModule } from './plans';
import { incidentsModule } from './incidents';
import { endingsModule } from './endings';
import { workqueueModule } from './workqueue';
import { feedbackModule } from './feedback';
import { safeguardingModule } from './safeguarding';
import { complaintsModule } from './complaints';
import { policiesModule } from './policies';
import { budgetsModule } from './budgets';
import { expensesModule } from './expenses';
import { partnersModule } from './partners';
import { supportGroupsModule } from './support-groups';
import { supervisionModule } from './supervision';

/** Every area of the core, one line each. Handlers, entities, the data map and scopes come from here. */
export const MODULES: readonly CoreModule[] = [
  vaultModule,
  accountsModule,
  auditModule,
  settingsModule,
  backupsModule,
  jobsModule,
  establishmentsModule,
  draftsModule,
  mentorsModule,
  screeningModule,
  trainingModule,
  menteesModule,
  assessmentModule,
  contactsModule,
  mentorImportModule,
  searchModule,
  matchingModule,
  matchesModule,
  documentsModule,
  mentoringModule,
  plansModule,
  incidentsModule,
  endingsModule,
  workqueueModule,
  supervisionModule,
  supportGroupsModule,
  partnersModule,
  expensesModule,
  budgetsModule,
  policiesModule,
  complaintsModule,
  safeguardingModule,
  feedbackModule,
];

export const CORE = assemble(MODULES);
