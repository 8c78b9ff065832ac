import { z } from 'zod';
import { classed, defineArea } from './define';
import { DUE_KINDS } from './mentors';
import { MENTEE_DUE_KINDS } from './mentees';

const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const criminal = <S extends z.ZodType>(s: S) => classed('criminal', s);

/** What the work queue says about a match. */
export const MATCH_DUE_KINDS = [
  'no_contact',
  'no_shows',
  'review_overdue',
  'review_due',
  'concern_follow_up',
  'agreement_missing',
  'risk_assessment_missing',
  'incident_follow_up',
] as const;
/** What the work queue says about supporting mentors, expenses and running the service safely. */
export const SERVICE_DUE_KINDS = [
  /** Missed the programme's number of group supervision sessions in a row. */
  'supervision_invite',
  /** Not supervised individually within the programme's interval. */
  'supervision_overdue',
  /** A cluster whose lead mentor's support group has not met within the interval. */
  'support_group_due',
  'partner_agreement_review',
  'claim_awaiting_approval',
  'claim_awaiting_payment',
  'policy_review',
  'insurance_renewal',
  'complaint_acknowledge',
  'complaint_response',
  /** An open safeguarding concern (the safeguarding lead's queue only). */
  'safeguarding_open',
  'you_said_we_did_due',
] as const;
export const WORK_KINDS = [
  ...DUE_KINDS,
  ...MENTEE_DUE_KINDS,
  ...MATCH_DUE_KINDS,
  ...SERVICE_DUE_KINDS,
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * Where an item is done: a mentor's, a mentee's or a match's page (and the match's tab), a
 * mentor's supervision, a cluster's support groups, or a governance record's page.
 */
export const WORK_AREAS = [
  'mentor',
  'mentee',
  'match',
  'supervision',
  'support_group',
  'partner',
  'claim',
  'policy',
  'insurance',
  'complaint',
  'safeguarding',
  'feedback_action',
] as const;
export type WorkArea = (typeof WORK_AREAS)[number];

const workItem = z.object({
  /** Unique within the answer (one record can have several items). */
  key: dir(z.string()),
  /** `<area>:<record id>`: the record the item is about, as the scope sees it. */
  id: dir(z.string()),
  kind: criminal(z.enum(WORK_KINDS)),
  /** The date that makes it due (release dates, reviews, DBS renewals: casework). */
  due: criminal(z.string()),
  urgent: criminal(z.boolean()),
  /** What needs doing, in plain words. */
  title: criminal(z.string()),
  /** Who it is about, as the caller may see them. */
  subject: dir(z.string()),
  link: dir(
    z.object({
      area: z.enum(WORK_AREAS),
      id: z.string(),
      tab: z.string().nullable(),
    }),
  ),
});
export type WorkItem = z.infer<typeof workItem>;

/** The most items one answer carries (the earliest due); the counts cover everything. */
export const WORK_ITEMS_SHOWN = 300;
const count = () => dir(z.number().int().min(0));

/** Everything due for the signed-in person, across mentors, mentees and matches. */
export const workqueueChannels = defineArea('workqueue', {
  items: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.object({
      /** Oldest due first, at most WORK_ITEMS_SHOWN of them. */
      items: z.array(workItem),
      total: count(),
      /** How many fall in each group of the home page (overdue or urgent, this week, later). */
      counts: z.object({ overdue: count(), week: count(), later: count() }),
    }),
    classes: ['directory', 'criminal'],
    access: ['coordinator', 'safeguarding_lead', 'caseworker'],
    label: 'Looked at the work queue',
    summary:
      'One list of what is due, oldest first (the first 300, with counts of everything): matches without contact after release, missed meetings, reviews, concern and incident follow-ups, missing agreements or risk assessments, mentees near release and unmatched, and (co-ordinators) mentors’ DBS renewals, clearances and follow-ups. A caseworker sees their own caseload.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
});
