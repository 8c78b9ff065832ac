import {
  COMPLAINANT_KINDS,
  COMPLAINANT_LABELS,
  COMPLAINT_ABOUT,
  COMPLAINT_ABOUT_LABELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_LABELS,
  RECEIVED_BY,
  RECEIVED_BY_LABELS,
  type ComplaintStatus,
} from '../../../../shared/complaints/complaints';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((value) => ({ value, label: labels[value] }));

export const COMPLAINANT_OPTIONS = options(COMPLAINANT_KINDS, COMPLAINANT_LABELS);
export const ABOUT_OPTIONS = options(COMPLAINT_ABOUT, COMPLAINT_ABOUT_LABELS);
export const RECEIVED_BY_OPTIONS = options(RECEIVED_BY, RECEIVED_BY_LABELS);
export const OUTCOME_OPTIONS = options(COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS);

export const STATUS_COLOURS: Record<ComplaintStatus, string> = {
  awaiting_acknowledgement: 'orange',
  investigating: 'blue',
  closed: 'gray',
};
