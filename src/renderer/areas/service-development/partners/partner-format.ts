import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  LIAISON_METHOD_LABELS,
  LIAISON_METHODS,
  PARTNER_KIND_LABELS,
  PARTNER_KINDS,
} from '../../../../shared/partners/partners';
import { REFERRAL_SOURCE_LABELS, REFERRAL_SOURCES } from '../../../../shared/mentees/referral';

/** Select options for the partners' words. */
export const KIND_OPTIONS = PARTNER_KINDS.map((k) => ({ value: k, label: PARTNER_KIND_LABELS[k] }));
export const AGREEMENT_KIND_OPTIONS = AGREEMENT_KINDS.map((k) => ({
  value: k,
  label: AGREEMENT_KIND_LABELS[k],
}));
export const AGREEMENT_STATUS_OPTIONS = AGREEMENT_STATUSES.map((k) => ({
  value: k,
  label: AGREEMENT_STATUS_LABELS[k],
}));
export const METHOD_OPTIONS = LIAISON_METHODS.map((k) => ({ value: k, label: LIAISON_METHOD_LABELS[k] }));
export const SOURCE_OPTIONS = REFERRAL_SOURCES.map((k) => ({ value: k, label: REFERRAL_SOURCE_LABELS[k] }));
