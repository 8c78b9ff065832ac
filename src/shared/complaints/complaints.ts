import { addDays } from '../mentors/dates';

/** Who a complaint came from. */
export const COMPLAINANT_KINDS = ['mentee', 'mentor', 'carer', 'partner_agency', 'public', 'other'] as const;
export type ComplainantKind = (typeof COMPLAINANT_KINDS)[number];
export const COMPLAINANT_LABELS: Record<ComplainantKind, string> = {
  mentee: 'Mentee',
  mentor: 'Mentor',
  carer: 'Family member or carer',
  partner_agency: 'Partner agency',
  public: 'Member of the public',
  other: 'Someone else',
};

/** What or whom a complaint is about. */
export const COMPLAINT_ABOUT = ['service', 'mentor', 'staff', 'partner', 'other'] as const;
export type ComplaintAbout = (typeof COMPLAINT_ABOUT)[number];
export const COMPLAINT_ABOUT_LABELS: Record<ComplaintAbout, string> = {
  service: 'The service',
  mentor: 'A mentor',
  staff: 'A member of staff',
  partner: 'A partner organisation',
  other: 'Something else',
};

export const RECEIVED_BY = ['letter', 'email', 'phone', 'in_person', 'form', 'other'] as const;
export type ReceivedBy = (typeof RECEIVED_BY)[number];
export const RECEIVED_BY_LABELS: Record<ReceivedBy, string> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Telephone',
  in_person: 'In person',
  form: 'Complaints form',
  other: 'Other',
};

export const COMPLAINT_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  withdrawn: 'Withdrawn',
};

/**
 * Where a complaint stands, from its dates: received and not yet acknowledged; acknowledged and
 * being looked into; answered (a response date and an outcome) or withdrawn, which closes it.
 */
export const COMPLAINT_STATUSES = ['awaiting_acknowledgement', 'investigating', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  awaiting_acknowledgement: 'Awaiting acknowledgement',
  investigating: 'Being investigated',
  closed: 'Closed',
};

export interface ComplaintDates {
  receivedOn: string;
  acknowledgedOn: string | null;
  respondedOn: string | null;
  outcome: ComplaintOutcome | null;
}

export function complaintStatus(c: ComplaintDates): ComplaintStatus {
  if (c.outcome === 'withdrawn' || (c.respondedOn && c.outcome)) return 'closed';
  return c.acknowledgedOn ? 'investigating' : 'awaiting_acknowledgement';
}

/** The last day to acknowledge, and to respond: counted in calendar days from the day received. */
export const acknowledgeBy = (receivedOn: string, days: number) => addDays(receivedOn, days);
export const respondBy = (receivedOn: string, days: number) => addDays(receivedOn, days);

export interface ComplaintTimescales {
  complaintAcknowledgeDays: number;
  complaintResponseDays: number;
}

/** Acknowledged on or before the last day allowed (a complaint not yet acknowledged is not). */
export const acknowledgedInTime = (c: ComplaintDates, t: ComplaintTimescales) =>
  c.acknowledgedOn !== null && c.acknowledgedOn <= acknowledgeBy(c.receivedOn, t.complaintAcknowledgeDays);

/** Answered on or before the last day allowed (withdrawn complaints are not counted either way). */
export const respondedInTime = (c: ComplaintDates, t: ComplaintTimescales) =>
  c.respondedOn !== null && c.respondedOn <= respondBy(c.receivedOn, t.complaintResponseDays);

export interface ComplaintDue {
  kind: 'complaint_acknowledge' | 'complaint_response';
  due: string;
  /** Due today or already late. */
  urgent: boolean;
}

/**
 * What an open complaint needs next: an acknowledgement until it has one, then a response. Every
 * open complaint is on the queue; it is urgent from its last day on.
 */
export function complaintDue(c: ComplaintDates, t: ComplaintTimescales, today: string): ComplaintDue | null {
  const status = complaintStatus(c);
  if (status === 'closed') return null;
  const due =
    status === 'awaiting_acknowledgement'
      ? acknowledgeBy(c.receivedOn, t.complaintAcknowledgeDays)
      : respondBy(c.receivedOn, t.complaintResponseDays);
  return {
    kind: status === 'awaiting_acknowledgement' ? 'complaint_acknowledge' : 'complaint_response',
    due,
    urgent: due <= today,
  };
}
