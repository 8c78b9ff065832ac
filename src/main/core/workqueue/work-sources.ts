import { supervisionWork } from '../supervision/supervision.work';
import { supportGroupWork } from '../support-groups/support-groups.work';
import { partnerWork } from '../partners/partners.work';
import { expenseWork } from '../expenses/expenses.work';
import { policyWork } from '../policies/policies.work';
import { complaintWork } from '../complaints/complaints.work';
import { safeguardingWork } from '../safeguarding/safeguarding.work';
import { feedbackWork } from '../feedback/feedback.work';
import type { WorkSource } from './work-source';

/** Every area that adds to the work queue beyond mentors, mentees and matches, one line each. */
export const WORK_SOURCES: readonly WorkSource[] = [
  supervisionWork,
  supportGroupWork,
  partnerWork,
  expenseWork,
  policyWork,
  complaintWork,
  safeguardingWork,
  feedbackWork,
];
