import type { MentorDbsCheck, SatisfactoryAnswer } from '../../../../../shared/contract/screening';
import { formatUkDate } from '../../../../../shared/uk-date';

/** Words and small helpers the screening tabs share. */
export const SATISFACTORY_LABELS: Record<SatisfactoryAnswer, string> = {
  yes: 'Satisfactory',
  no: 'Not satisfactory',
  not_yet: 'Not yet known',
};

/** A stored ISO date as the screens show it, or '' for none (DetailList shows "Not recorded"). */
export const ukDate = (iso: string | null | undefined): string => (iso ? formatUkDate(iso) : '');

/** Options for a Select from a labels record, in the record's order. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The renewal badge: colour and words for a DBS check's renewal status. */
export function renewalBadge(renewal: MentorDbsCheck['renewal']): { color: string; text: string } {
  switch (renewal.level) {
    case 'expired':
      return { color: 'red', text: 'Expired' };
    case 'due':
      return {
        color: renewal.within !== null && renewal.within <= 7 ? 'red' : 'orange',
        text: `Renewal due within ${plural(renewal.within ?? 0, 'day')} (${plural(renewal.daysLeft ?? 0, 'day')} left)`,
      };
    case 'in_date':
      return { color: 'teal', text: 'In date' };
    default:
      return { color: 'gray', text: 'Renewal not known' };
  }
}
