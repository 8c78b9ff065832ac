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
];

export const CORE = assemble(MODULES);
