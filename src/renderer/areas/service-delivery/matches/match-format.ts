import { MATCH_STAGE_LABELS, MATCH_STAGES, type MatchStage } from '../../../../shared/matching/match';
import { formatUkDate } from '../../../../shared/uk-date';

/** Words and dates for the match screens. */
export const matchStageLabel = (stage: MatchStage): string => MATCH_STAGE_LABELS[stage] ?? stage;
export const MATCH_STAGE_OPTIONS = MATCH_STAGES.map((s) => ({ value: s, label: MATCH_STAGE_LABELS[s] }));
/** A UK date, or a dash for none (or for what the caller may not see). */
export const ukOrDash = (iso: string | null | undefined): string => (iso ? formatUkDate(iso) : '—');
export const PARTY_LABELS = { mentor: 'Mentor', mentee: 'Mentee' } as const;
/** A UK date for a DetailList, where an empty value reads "Not recorded". */
export const ukOrBlank = (iso: string | null | undefined): string => (iso ? formatUkDate(iso) : '');
/** Meeting and agreement are recorded once both have agreed (the manual's order). */
export const BOTH_AGREED_STAGES = ['mentee_agreed', 'active'] as const;
