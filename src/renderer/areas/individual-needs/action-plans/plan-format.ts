import { PATHWAYS, type PathwayKey } from '../../../../shared/mentees/assessment';
import {
  GOAL_STATUS_LABELS,
  OUTCOME_TYPE_LABELS,
  PHASE_LABELS,
  PROGRESS_RATING_LABELS,
  type GoalStatus,
  type OutcomeType,
} from '../../../../shared/matching/relationship';
import { formatUkDate } from '../../../../shared/uk-date';

/** Words, colours and options the plan and review screens share. */
const PATHWAY_TEXT = new Map<string, string>(PATHWAYS.map((p) => [p.key, p.text]));
export const pathwayLabel = (key: PathwayKey | string): string => PATHWAY_TEXT.get(key) ?? key;
export const PATHWAY_OPTIONS = PATHWAYS.map((p) => ({ value: p.key, label: p.text }));

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
export const STATUS_OPTIONS = options(GOAL_STATUS_LABELS);
export const PHASE_OPTIONS = options(PHASE_LABELS);
export const RATING_OPTIONS = options(PROGRESS_RATING_LABELS);
export const OUTCOME_OPTIONS = options(OUTCOME_TYPE_LABELS);

export const STATUS_COLOURS: Record<GoalStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  achieved: 'teal',
  partly_achieved: 'yellow',
  dropped: 'dark',
};
/** Short words for a badge (the long labels explain the choice in the form). */
export const OUTCOME_SHORT: Record<OutcomeType, string> = { hard: 'Hard outcome', soft: 'Soft outcome' };

/** A UK date, or a dash for none (or for what the caller may not see). */
export const ukOrDash = (iso: string | null | undefined): string => (iso ? formatUkDate(iso) : '—');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "Overdue by 3 days", "Due today", "Due in 5 days". */
export function dueText(daysUntil: number): string {
  if (daysUntil < 0) return `Overdue by ${plural(-daysUntil, 'day')}`;
  if (daysUntil === 0) return 'Due today';
  return `Due in ${plural(daysUntil, 'day')}`;
}
