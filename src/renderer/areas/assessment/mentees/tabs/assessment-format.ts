import type { RISK_ANSWERS } from '../../../../../shared/mentees/assessment';
import { MEETING_OUTCOME_LABELS } from '../../../../../shared/contract/assessment';

/** Words the assessment tabs share. */
export const RISK_ANSWER_LABELS: Record<(typeof RISK_ANSWERS)[number], string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
};

export const RISK_LEVEL_COLOURS = {
  low: 'teal',
  medium: 'yellow',
  high: 'orange',
  very_high: 'red',
} as const;

export { MEETING_OUTCOME_LABELS };

/** Today as an ISO date, in the computer's own time zone. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
