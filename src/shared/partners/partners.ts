import { reviewDue } from '../governance/review-due';

/** Partner agencies and their agreements (standard 5). */
export const PARTNER_KINDS = [
  'yot',
  'probation',
  'prison',
  'police',
  'housing',
  'health',
  'drug_alcohol',
  'employment',
  'education',
  'voluntary',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  yot: 'Youth offending team',
  probation: 'Probation',
  prison: 'Prison',
  police: 'Police',
  housing: 'Housing',
  health: 'Health',
  drug_alcohol: 'Drug and alcohol service',
  employment: 'Employment',
  education: 'Education',
  voluntary: 'Voluntary sector',
  other: 'Other',
};

export const AGREEMENT_KINDS = ['protocol', 'service_agreement', 'information_sharing', 'referral'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  protocol: 'Protocol',
  service_agreement: 'Service agreement',
  information_sharing: 'Information-sharing agreement',
  referral: 'Referral agreement',
};

export const AGREEMENT_STATUSES = ['draft', 'in_force', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'Draft',
  in_force: 'In force',
  ended: 'Ended',
};

export const LIAISON_METHODS = ['phone', 'email', 'meeting', 'visit', 'letter'] as const;
export type LiaisonMethod = (typeof LIAISON_METHODS)[number];
export const LIAISON_METHOD_LABELS: Record<LiaisonMethod, string> = {
  phone: 'Phone',
  email: 'Email',
  meeting: 'Meeting',
  visit: 'Visit',
  letter: 'Letter',
};

/**
 * An agreement in force on the work queue: the shared governance review rule (due from
 * `noticeDays` before its review date, urgent once the date has passed); drafts and ended
 * agreements never.
 */
export function agreementReviewDue(
  status: AgreementStatus,
  reviewOn: string | null,
  noticeDays: number,
  today: string,
): { due: string; urgent: boolean } | null {
  return status === 'in_force' ? reviewDue(reviewOn, today, noticeDays) : null;
}

/** In force and not past its review date: what "an in-date protocol" means on the partners list. */
export function agreementInDate(status: AgreementStatus, reviewOn: string | null, today: string): boolean {
  return status === 'in_force' && (!reviewOn || reviewOn >= today);
}

/** How a referring agency's name is matched: trimmed and lower-case, as the SQL compares `lower(trim(agency))` (SQLite lower-cases ASCII letters only). */
export function agencyKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The calendar quarter (January–March…) a day falls in, for "liaison contacts this quarter". */
export function quarterOf(day: string): { from: string; to: string } {
  const year = day.slice(0, 4);
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const start = String(q * 3 + 1).padStart(2, '0');
  const endMonth = q * 3 + 3;
  const lastDay = new Date(Date.UTC(Number(year), endMonth, 0)).getUTCDate();
  return { from: `${year}-${start}-01`, to: `${year}-${String(endMonth).padStart(2, '0')}-${lastDay}` };
}
