import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  FEEDBACK_FROM,
  FEEDBACK_FROM_LABELS,
  FEEDBACK_METHODS,
  FEEDBACK_METHOD_LABELS,
  FEEDBACK_THEMES,
  FEEDBACK_THEME_LABELS,
  INVOLVEMENT_KINDS,
  INVOLVEMENT_KIND_LABELS,
  type ActionStatus,
  type FeedbackFrom,
} from '../../../../shared/feedback/feedback';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((value) => ({ value, label: labels[value] }));

export const FROM_OPTIONS = options(FEEDBACK_FROM, FEEDBACK_FROM_LABELS);
export const METHOD_OPTIONS = options(FEEDBACK_METHODS, FEEDBACK_METHOD_LABELS);
export const THEME_OPTIONS = options(FEEDBACK_THEMES, FEEDBACK_THEME_LABELS);
export const STATUS_OPTIONS = options(ACTION_STATUSES, ACTION_STATUS_LABELS);
export const INVOLVEMENT_OPTIONS = options(INVOLVEMENT_KINDS, INVOLVEMENT_KIND_LABELS);
export const RATING_OPTIONS = [
  { value: '', label: 'No rating' },
  { value: '5', label: '5 – excellent' },
  { value: '4', label: '4 – good' },
  { value: '3', label: '3 – all right' },
  { value: '2', label: '2 – poor' },
  { value: '1', label: '1 – very poor' },
];

/** The summary's labels: "From parents and carers", not a plural made by adding an s. */
export const FROM_FIGURE_LABELS: Record<FeedbackFrom, string> = {
  mentee: 'From mentees',
  mentor: 'From mentors',
  carer: 'From parents and carers',
  partner: 'From partner agencies',
  staff: 'From staff',
  other: 'From others',
};

export const STATUS_COLOURS: Record<ActionStatus, string> = {
  planned: 'gray',
  in_progress: 'blue',
  done: 'green',
};

/** "4 out of 5", or a dash when nobody rated. */
export const ratingText = (rating: number | null): string => (rating === null ? '—' : `${rating} out of 5`);

/** An average to one decimal place, in words a reader takes in at a glance. */
export const averageText = (average: number | null): string =>
  average === null ? 'No ratings' : `${average.toFixed(1)} out of 5`;

/** A count for the summary: hidden small counts read "fewer than 5". */
export const countText = (cell: { shown: number | null; exact: number | null }): string =>
  String(cell.exact ?? cell.shown ?? 'Fewer than 5');
