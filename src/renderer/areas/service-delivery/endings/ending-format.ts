import {
  ENDING_KINDS,
  ENDING_REASONS,
  ENDING_REASON_LABELS,
  type EndingKind,
} from '../../../../shared/matching/relationship';

export const ENDING_KIND_LABELS: Record<EndingKind, string> = {
  planned: 'Planned',
  unplanned: 'Unplanned',
};
export const ENDING_KIND_OPTIONS = ENDING_KINDS.map((value) => ({ value, label: ENDING_KIND_LABELS[value] }));
export const ENDING_REASON_OPTIONS = ENDING_REASONS.map((value) => ({
  value,
  label: ENDING_REASON_LABELS[value],
}));

/** What continuing informally means, said the same way on the form and the summary. */
export const INFORMAL_EXPLANATION =
  'If they keep in touch after the ending, it is a private arrangement between them: the service’s support, supervision and expenses stop on the ending date.';
