import type { WorkItem } from '../../../shared/contract/workqueue';
import { menteePath } from '../assessment/mentees/mentee-paths';
import { MATCH_TABS, matchPath, type MatchTab } from '../service-delivery/matches/match-paths';
import { mentorPath } from '../service-development/mentors/mentor-paths';

const isMatchTab = (tab: string | null): tab is MatchTab => MATCH_TABS.includes(tab as MatchTab);

/** Where a work-queue item is done: the mentor's or mentee's page, or the match on the right tab. */
export function workItemPath(link: WorkItem['link']): string {
  switch (link.area) {
    case 'mentor':
      return mentorPath(link.id);
    case 'mentee':
      return menteePath(link.id);
    case 'match':
      return matchPath(link.id, isMatchTab(link.tab) ? link.tab : undefined);
  }
}

export const WORK_AREA_LABELS: Record<WorkItem['link']['area'], string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  match: 'Match',
};
