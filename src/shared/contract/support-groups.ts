import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, realDay, safeText } from './common';
import { ATTENDANCE_STATUSES } from '../support-groups/support-groups';

/**
 * Lead mentors' six-weekly support groups, one per cluster (the manual: a lead mentor convenes the
 * group and passes concerns to the regional manager). A lead mentor records and reads their own
 * cluster's meetings; co-ordinators every cluster's. Attendance, themes and notes are `contact`;
 * the concerns summary is `reference` and written to name nobody, because it is the one part a
 * regional manager reads, through `summaries`, which returns nothing else.
 */
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);

const attendanceStatus = z.enum(ATTENDANCE_STATUSES, {
  message: 'Choose attended, sent apologies or absent.',
});

export const supportMeetingFields = z
  .object({
    heldOn: realDay('Enter the date of the meeting as day/month/year.'),
    venue: safeText({ subject: 'The venue', max: 120 }).optional().default(''),
    attendance: z
      .array(z.object({ mentorId: id, status: attendanceStatus }).strict())
      .max(200)
      .refine((a) => new Set(a.map((x) => x.mentorId)).size === a.length, 'Each mentor can be listed once.'),
    themes: z
      .array(safeText({ subject: 'A theme', max: 80, required: 'A theme cannot be empty.' }))
      .max(12, 'List at most 12 themes.')
      .default([]),
    notes: safeText({ subject: 'The notes', max: 4000, multiLine: true }).optional().default(''),
    concernsSummary: safeText({ subject: 'The summary of concerns', max: 1500, multiLine: true })
      .optional()
      .default(''),
  })
  .strict();
export type SupportMeetingFields = z.input<typeof supportMeetingFields>;

const attendanceRow = z.object({
  mentorId: dir(z.string()),
  mentorName: dir(z.string()),
  status: contact(attendanceStatus),
});

export const supportMeetingSchema = z.object({
  id: ref(z.string()),
  clusterId: ref(z.string()),
  heldOn: ref(z.string()),
  venue: contact(z.string()),
  themes: contact(z.array(z.string())),
  notes: contact(z.string()),
  concernsSummary: ref(z.string()),
  attendance: z.array(attendanceRow),
  attended: contact(z.number()),
  recordedAt: system(z.string()),
});
export type SupportMeeting = z.infer<typeof supportMeetingSchema>;

const clusterRow = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  leadMentors: dir(z.array(z.string())),
  lastMetOn: ref(z.string().nullable()),
  nextDueOn: ref(z.string()),
  overdue: ref(z.boolean()),
  meetings: ref(z.number()),
});
export type SupportCluster = z.infer<typeof clusterRow>;

const summaryRow = z.object({
  clusterName: ref(z.string()),
  heldOn: ref(z.string()),
  concernsSummary: ref(z.string()),
});
export type SupportSummary = z.infer<typeof summaryRow>;

const UUID = '00000000-0000-4000-8000-000000000000';
const validMeeting = { clusterId: UUID, heldOn: '2026-01-10', attendance: [] };
const LEADS = ['coordinator', 'safeguarding_lead', 'lead_mentor'] as const;

export const supportGroupsChannels = defineArea('supportGroups', {
  clusters: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(clusterRow),
    classes: ['reference', 'directory'],
    access: [...LEADS],
    label: 'Looked at the support groups',
    summary: 'The clusters the caller supports, each with its last support group and when the next is due.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  cluster: {
    kind: 'read',
    input: z.object({ clusterId: id }).strict(),
    output: z.object({
      id: ref(z.string()),
      name: ref(z.string()),
      lastMetOn: ref(z.string().nullable()),
      nextDueOn: ref(z.string()),
      overdue: ref(z.boolean()),
      members: z.array(z.object({ mentorId: dir(z.string()), mentorName: dir(z.string()) })),
      meetings: z.array(supportMeetingSchema),
    }),
    classes: ['reference', 'directory', 'contact', 'system'],
    access: [...LEADS],
    label: 'Looked at a cluster’s support groups',
    summary: 'One cluster’s support group meetings, newest first, and its mentors for the attendance list.',
    examples: { valid: [{ clusterId: UUID }], invalid: [{}, { clusterId: 'north' }] },
  },
  record: {
    kind: 'write',
    input: supportMeetingFields.extend({ clusterId: id }),
    output: supportMeetingSchema,
    classes: ['reference', 'directory', 'contact', 'system'],
    access: [...LEADS],
    invalidates: ['supportGroups', 'workqueue'],
    label: 'Recorded a support group meeting',
    summary:
      'Record a cluster’s support group: date, venue, who came, themes, notes and the concerns summary.',
    examples: {
      valid: [validMeeting],
      invalid: [
        {},
        { ...validMeeting, heldOn: '31/02/2026' },
        { ...validMeeting, attendance: [{ mentorId: UUID, status: 'late' }] },
        {
          ...validMeeting,
          attendance: [
            { mentorId: UUID, status: 'attended' },
            { mentorId: UUID, status: 'absent' },
          ],
        },
        { ...validMeeting, themes: [''] },
        { ...validMeeting, concernsSummary: 'x'.repeat(1501) },
      ],
    },
  },
  update: {
    kind: 'write',
    input: supportMeetingFields.extend({ id }),
    output: supportMeetingSchema,
    classes: ['reference', 'directory', 'contact', 'system'],
    access: [...LEADS],
    invalidates: ['supportGroups', 'workqueue'],
    label: 'Changed a support group meeting',
    summary: 'Correct a support group meeting’s record.',
    examples: {
      valid: [{ id: UUID, heldOn: '2026-01-10', attendance: [] }],
      invalid: [validMeeting, { id: UUID, heldOn: '2026-01-10', attendance: [], venue: 'a\u202Eb' }],
    },
  },
  summaries: {
    kind: 'read',
    input: z
      .object({
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(summaryRow),
    }),
    classes: ['reference'],
    access: ['regional_manager', 'coordinator'],
    label: 'Read the support groups’ concerns summaries',
    summary: 'For the regional manager: each cluster’s meeting date and concerns summary, and nothing else.',
    examples: { valid: [{}, { page: 2 }], invalid: [{ page: 0 }, { clusterId: UUID }] },
  },
});
