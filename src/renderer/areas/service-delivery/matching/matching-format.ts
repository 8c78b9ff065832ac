import {
  CRITERION_OUTCOME_LABELS,
  MATCH_CRITERION_LABELS,
  MATCH_GATE_LABELS,
  type CriterionOutcome,
} from '../../../../shared/matching/criteria';

export { CRITERION_OUTCOME_LABELS, MATCH_CRITERION_LABELS, MATCH_GATE_LABELS };

/** "in 5 months", "this month" or "passed". */
export function monthsText(months: number | null): string {
  if (months === null) return '';
  if (months === 0) return 'within a month';
  return `in ${months} ${months === 1 ? 'month' : 'months'}`;
}

export const OUTCOME_COLOURS: Record<CriterionOutcome, string> = {
  match: 'green',
  partial: 'yellow',
  mismatch: 'red',
  unknown: 'gray',
};
export const GATE_OUTCOME = {
  pass: { label: 'Met', colour: 'green' },
  pending: { label: 'Pending', colour: 'yellow' },
  fail: { label: 'Not met', colour: 'red' },
} as const;
