import {
  CLAIM_STATUSES,
  CLAIM_STATUS_LABELS,
  EXPENSE_LINE_KINDS,
  EXPENSE_LINE_LABELS,
  PAYMENT_METHODS,
  PAYMENT_METHOD_LABELS,
  type ClaimStatus,
} from '../../../../shared/expenses/expenses';
import type { ClaimEvent } from '../../../../shared/contract/expenses';

export const STATUS_COLOURS: Record<ClaimStatus, string> = {
  submitted: 'blue',
  approved: 'teal',
  rejected: 'red',
  paid: 'gray',
};

export const STATUS_OPTIONS = CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }));
export const KIND_OPTIONS = EXPENSE_LINE_KINDS.map((k) => ({ value: k, label: EXPENSE_LINE_LABELS[k] }));
export const METHOD_OPTIONS = PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }));

export const EVENT_LABELS: Record<ClaimEvent, string> = {
  entered: 'Received and entered',
  corrected: 'Corrected',
  resubmitted: 'Corrected and submitted again',
  approved: 'Approved',
  rejected: 'Rejected',
  paid: 'Paid',
  receipt_added: 'Receipt attached',
  receipt_removed: 'Receipt removed',
};

/** "12.5 miles". */
export const formatMiles = (miles: number): string =>
  `${miles.toLocaleString('en-GB', { maximumFractionDigits: 1 })} mile${miles === 1 ? '' : 's'}`;
