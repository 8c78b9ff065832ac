import { MENTEE_STAGES, MENTEE_STAGE_LABELS, type MenteeStage } from '../../../../shared/mentees/referral';
import { formatUkDate } from '../../../../shared/uk-date';

export const menteeStageLabel = (stage: MenteeStage) => MENTEE_STAGE_LABELS[stage];
export const MENTEE_STAGE_OPTIONS = MENTEE_STAGES.map((s) => ({ value: s, label: MENTEE_STAGE_LABELS[s] }));
/** A date for the screen, or '' (shown as "Not recorded") when there is none. */
export const ukOrBlank = (iso: string | null | undefined) => (iso ? formatUkDate(iso) : '');
export const inStageText = (days: number) =>
  days <= 0 ? 'since today' : `for ${days} day${days === 1 ? '' : 's'}`;
/** Labels for the establishment picker: every establishment, newest list each time it opens. */
export const establishmentOptions = (items: readonly { id: string; name: string }[] | undefined) =>
  (items ?? []).map((e) => ({ value: e.id, label: e.name }));
