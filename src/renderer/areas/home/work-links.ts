import type { WorkItem } from '../../../shared/contract/workqueue';
import { menteePath } from '../assessment/mentees/mentee-paths';
import { feedbackActionPath } from '../monitoring/feedback/feedback-paths';
import { complaintPath } from '../service-delivery/complaints/complaint-paths';
import { claimPath } from '../service-delivery/expenses/expense-paths';
import { MATCH_TABS, matchPath, type MatchTab } from '../service-delivery/matches/match-paths';
import { safeguardingConcernPath } from '../service-delivery/safeguarding/safeguarding-paths';
import { supervisionMentorPath } from '../service-delivery/supervision/supervision-paths';
import { supportGroupClusterPath } from '../service-delivery/support-groups/support-groups-paths';
import { mentorPath } from '../service-development/mentors/mentor-paths';
import { partnerPath } from '../service-development/partners/partner-paths';
import { insurancePath, policyPath } from '../service-development/policies/policy-paths';

const isMatchTab = (tab: string | null): tab is MatchTab => MATCH_TABS.includes(tab as MatchTab);

/** Where a work-queue item is done: the record's own page (a match on the right tab). */
export function workItemPath(link: WorkItem['link']): string {
  switch (link.area) {
    case 'mentor':
      return mentorPath(link.id);
    case 'mentee':
      return menteePath(link.id);
    case 'match':
      return matchPath(link.id, isMatchTab(link.tab) ? link.tab : undefined);
    case 'supervision':
      return supervisionMentorPath(link.id);
    case 'support_group':
      return supportGroupClusterPath(link.id);
    case 'partner':
      return partnerPath(link.id);
    case 'claim':
      return claimPath(link.id);
    case 'policy':
      return policyPath(link.id);
    case 'insurance':
      return insurancePath(link.id);
    case 'complaint':
      return complaintPath(link.id);
    case 'safeguarding':
      return safeguardingConcernPath(link.id);
    case 'feedback_action':
      return feedbackActionPath(link.id);
  }
}

export const WORK_AREA_LABELS: Record<WorkItem['link']['area'], string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  match: 'Match',
  supervision: 'Supervision',
  support_group: 'Support group',
  partner: 'Partner',
  claim: 'Expense claim',
  policy: 'Policy',
  insurance: 'Insurance',
  complaint: 'Complaint',
  safeguarding: 'Safeguarding',
  feedback_action: 'You said, we did',
};
