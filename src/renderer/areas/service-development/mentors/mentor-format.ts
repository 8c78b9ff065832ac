import {
  EMPLOYMENT_STATUS_LABELS,
  LEARNING_STYLE_LABELS,
  MENTOR_STAGE_LABELS,
  MENTOR_STAGES,
  WEEKDAY_LABELS,
  type EmploymentStatus,
  type LearningStyle,
  type MentorStage,
  type Weekday,
} from '../../../../shared/mentors/pipeline';

/** Words and choices for the mentors screens, from the shared pipeline words. */
export const stageLabel = (s: MentorStage) => MENTOR_STAGE_LABELS[s];
export const STAGE_OPTIONS = MENTOR_STAGES.map((value) => ({ value, label: MENTOR_STAGE_LABELS[value] }));
export const EMPLOYMENT_OPTIONS = (Object.keys(EMPLOYMENT_STATUS_LABELS) as EmploymentStatus[]).map(
  (value) => ({ value, label: EMPLOYMENT_STATUS_LABELS[value] }),
);
export const LEARNING_STYLE_OPTIONS = (Object.keys(LEARNING_STYLE_LABELS) as LearningStyle[]).map(
  (value) => ({ value, label: LEARNING_STYLE_LABELS[value] }),
);
export const WEEKDAY_OPTIONS = (Object.keys(WEEKDAY_LABELS) as Weekday[]).map((value) => ({
  value,
  label: WEEKDAY_LABELS[value],
}));

export const daysText = (n: number) => (n === 0 ? 'Today' : `${n} day${n === 1 ? '' : 's'}`);
/** "12 days at this stage", or "Reached this stage today". */
export const atStageText = (n: number) =>
  n === 0 ? 'Reached this stage today' : `${n} day${n === 1 ? '' : 's'} at this stage`;

/** Stage colours on badges: recruitment steps blue, ready and matched green, paused grey, closed red. */
export function stageColour(s: MentorStage): string {
  if (s === 'ready' || s === 'matched') return 'green';
  if (s === 'on_hold') return 'gray';
  if (s === 'left' || s === 'not_selected') return 'red';
  return 'blue';
}
