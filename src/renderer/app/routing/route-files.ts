import { establishmentsRoutes } from '../../areas/service-development/establishments/establishments.routes';
import { accountsRoutes } from '../../areas/management/accounts/accounts.routes';
import { auditRoutes } from '../../areas/management/audit/audit.routes';
import { settingsRoutes } from '../../areas/management/settings/settings.routes';
import { backupsRoutes } from '../../areas/management/backups/backups.routes';
import { mentorsRoutes } from '../../areas/service-development/mentors/mentors.routes';
import { myClusterRoutes } from '../../areas/service-development/my-cluster/my-cluster.routes';
import { recruitmentListsRoutes } from '../../areas/service-development/recruitment-lists/recruitment-lists.routes';
import { mentorImportRoutes } from '../../areas/service-development/mentor-import/mentor-import.routes';
import { trainingRoutes } from '../../areas/training/training.routes';
import { menteesRoutes } from '../../areas/assessment/mentees/mentees.routes';
import { menteeListsRoutes } from '../../areas/assessment/mentee-lists/mentee-lists.routes';
import { matchingRoutes } from '../../areas/service-delivery/matching/matching.routes';
import { matchesRoutes } from '../../areas/service-delivery/matches/matches.routes';
import { contactRecordsRoutes } from '../../areas/service-delivery/contact-records/contact-records.routes';
import { incidentsRoutes } from '../../areas/service-delivery/incidents/incidents.routes';
import { actionPlansRoutes } from '../../areas/individual-needs/action-plans/action-plans.routes';
import { supervisionRoutes } from '../../areas/service-delivery/supervision/supervision.routes';
import { supportGroupsRoutes } from '../../areas/service-delivery/support-groups/support-groups.routes';
import { partnersRoutes } from '../../areas/service-development/partners/partners.routes';
import { expensesRoutes } from '../../areas/service-delivery/expenses/expenses.routes';
import { budgetsRoutes } from '../../areas/service-delivery/budgets/budgets.routes';
import { policiesRoutes } from '../../areas/service-development/policies/policies.routes';
import { complaintsRoutes } from '../../areas/service-delivery/complaints/complaints.routes';
import { safeguardingRoutes } from '../../areas/service-delivery/safeguarding/safeguarding.routes';
import { feedbackRoutes } from '../../areas/monitoring/feedback/feedback.routes';
import type { AreaRoutes } from './route-types';

/**
 * Every area's routes file, one line each. The router and the menu are both built from this list,
 * so a screen exists, and is offered, exactly when its file is listed here. Order within a
 * standards area is menu order.
 */
export const ROUTE_FILES: readonly AreaRoutes[] = [
  mentorsRoutes,
  myClusterRoutes,
  mentorImportRoutes,
  recruitmentListsRoutes,
  establishmentsRoutes,
  policiesRoutes,
  partnersRoutes,
  menteesRoutes,
  menteeListsRoutes,
  trainingRoutes,
  actionPlansRoutes,
  matchingRoutes,
  matchesRoutes,
  contactRecordsRoutes,
  incidentsRoutes,
  supervisionRoutes,
  supportGroupsRoutes,
  expensesRoutes,
  budgetsRoutes,
  complaintsRoutes,
  safeguardingRoutes,
  accountsRoutes,
  auditRoutes,
  settingsRoutes,
  backupsRoutes,
  feedbackRoutes,
];
