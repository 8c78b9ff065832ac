import { z } from 'zod';
import { classed, defineArea } from './define';
import { id, optionalDay, realDay, safeText } from './common';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from '../matching/relationship';

/**
 * Incidents and difficult situations (the manual's section 8: repeated no-shows after release, a
 * mentee under the influence, hard to contact, pushing boundaries, a mentor missing supervision,
 * over-involvement, plus health and safety and anything else): what happened, how serious, what was
 * done, the follow-up and its closure. Most are about a match (checked against the match's scope);
 * one about a mentor alone (e.g. not coming to supervision) is co-ordinators' business. A
 * high-severity incident about a match also raises a concern follow-up for the caseworker.
 * Boundary incidents are counted for standard 14.
 */
const dir = <S extends z.ZodType>(s: S) => classed('directory', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);
const special = <S extends z.ZodType>(s: S) => classed('special', s);
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const system = <S extends z.ZodType>(s: S) => classed('system', s);

const kind = () => z.enum(INCIDENT_KINDS, { message: 'Choose what kind of incident it was.' });
const severity = () => z.enum(INCIDENT_SEVERITIES, { message: 'Choose how serious it was.' });
const notes = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');

/** What a person types about an incident; "not in the future" needs today, so the core checks it. */
export const incidentFields = z
  .object({
    kind: kind(),
    occurredOn: realDay('Enter the date it happened as day/month/year.'),
    severity: severity(),
    description: safeText({
      subject: 'What happened',
      max: 2000,
      multiLine: true,
      required: 'Say briefly what happened.',
    }),
    actions: notes('What was done'),
    followUp: notes('The follow-up', 1000),
    followUpDue: optionalDay,
  })
  .strict();
export type IncidentFields = z.input<typeof incidentFields>;

export const incidentSchema = z.object({
  id: contact(z.string()),
  matchId: dir(z.string().nullable()),
  matchReference: dir(z.string().nullable()),
  mentorId: dir(z.string().nullable()),
  mentorName: dir(z.string().nullable()),
  menteeId: dir(z.string().nullable()),
  menteeName: dir(z.string().nullable()),
  kind: contact(kind()),
  isBoundary: contact(z.boolean()),
  occurredOn: contact(z.string()),
  severity: contact(severity()),
  description: special(z.string()),
  actions: special(z.string()),
  followUp: contact(z.string()),
  followUpDue: contact(z.string().nullable()),
  closedOn: contact(z.string().nullable()),
  closureNote: contact(z.string()),
  recordedByName: contact(z.string()),
  recordedAt: system(z.string()),
});
export type Incident = z.infer<typeof incidentSchema>;

export const INCIDENT_STATUSES = ['open', 'closed', 'all'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const incidentListInput = z
  .object({
    status: z.enum(INCIDENT_STATUSES, { message: 'Choose open, closed or all.' }).default('open'),
    kind: kind().optional(),
    severity: severity().optional(),
    matchId: id.optional(),
    mentorId: id.optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const boundaryCount = z.object({
  from: ref(z.string()),
  to: ref(z.string()),
  total: ref(z.number()),
  byKind: z.array(z.object({ kind: ref(kind()), count: ref(z.number()) })),
});
export type BoundaryCount = z.infer<typeof boundaryCount>;

/** Who works on incidents (a caseworker: their own caseload's matches only). */
const WRITERS = ['coordinator', 'caseworker'] as const;
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
const CLASSES = ['directory', 'contact', 'special', 'system', 'reference'] as const;
const INVALIDATES = ['incidents', 'workqueue', 'mentoring'];

const UUID = '00000000-0000-4000-8000-000000000000';
const valid = {
  kind: 'pushing_boundaries',
  occurredOn: '2026-03-02',
  severity: 'medium',
  description: 'Asked the mentor to lend him money.',
} as const;
const badFields = [
  { ...valid, kind: 'argument' },
  { ...valid, severity: 'extreme' },
  { ...valid, occurredOn: '02/03/2026' },
  { ...valid, occurredOn: '2026-02-30' },
  { ...valid, description: '' },
  { ...valid, description: 'a\u202Eb' },
  { ...valid, followUpDue: 'soon' },
];

const closeInput = z
  .object({
    id,
    closedOn: realDay('Enter the date it was closed as day/month/year.'),
    closureNote: safeText({
      subject: 'The closure note',
      max: 2000,
      multiLine: true,
      required: 'Say how it was resolved before closing it.',
    }),
  })
  .strict();

const periodInput = z
  .object({
    from: realDay('Enter the start of the period as day/month/year.'),
    to: realDay('Enter the end of the period as day/month/year.'),
  })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'The period must end on or after its start.', path: ['to'] });

export const incidentsChannels = defineArea('incidents', {
  list: {
    kind: 'read',
    input: incidentListInput,
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(incidentSchema),
    }),
    classes: CLASSES,
    access: READERS,
    label: 'Looked at incidents',
    summary:
      'Incidents the caller may see (open, closed or all), filtered by kind, severity, match or mentor; newest first.',
    examples: {
      valid: [{}, { status: 'all', matchId: UUID }, { kind: 'over_involvement', severity: 'high', page: 2 }],
      invalid: [{ status: 'pending' }, { kind: 'argument' }, { page: 0 }, { matchId: 'x' }, { extra: 1 }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: incidentSchema,
    classes: CLASSES,
    access: READERS,
    label: 'Looked at an incident',
    summary: 'One incident in full.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  record: {
    kind: 'write',
    input: incidentFields.extend({ matchId: id }),
    output: incidentSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Recorded an incident in a match',
    summary:
      'Record an incident or difficult situation in a match; a high-severity one also raises a concern follow-up for the caseworker.',
    invalidates: INVALIDATES,
    examples: {
      valid: [
        { ...valid, matchId: UUID },
        {
          ...valid,
          matchId: UUID,
          severity: 'high',
          actions: 'Talked it through.',
          followUpDue: '2026-03-05',
        },
      ],
      invalid: [{}, valid, ...badFields.map((b) => ({ ...b, matchId: UUID }))],
    },
  },
  recordForMentor: {
    kind: 'write',
    input: incidentFields.extend({ mentorId: z.string().uuid('Choose the mentor it is about.') }),
    output: incidentSchema,
    classes: CLASSES,
    access: ['coordinator'],
    label: 'Recorded an incident about a mentor',
    summary: 'Record an incident about a mentor alone (for example not attending supervision).',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ ...valid, kind: 'mentor_missing_supervision', mentorId: UUID }],
      invalid: [{}, valid, ...badFields.map((b) => ({ ...b, mentorId: UUID }))],
    },
  },
  update: {
    kind: 'write',
    input: incidentFields.extend({ id }),
    output: incidentSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Changed an incident',
    summary: 'Correct an incident or add to what was done; closed incidents stay as they were closed.',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ ...valid, id: UUID }],
      invalid: [valid, ...badFields.map((b) => ({ ...b, id: UUID }))],
    },
  },
  close: {
    kind: 'write',
    input: closeInput,
    output: incidentSchema,
    classes: CLASSES,
    access: WRITERS,
    label: 'Closed an incident',
    summary: 'Close an incident with the date and a note of how it was resolved.',
    invalidates: INVALIDATES,
    examples: {
      valid: [{ id: UUID, closedOn: '2026-03-09', closureNote: 'Boundaries agreed again at supervision.' }],
      invalid: [
        { id: UUID, closedOn: '2026-03-09' },
        { id: UUID, closedOn: '2026-03-09', closureNote: '  ' },
        { id: UUID, closedOn: 'today', closureNote: 'Done' },
        { id: 'x', closedOn: '2026-03-09', closureNote: 'Done' },
      ],
    },
  },
  boundaryCount: {
    kind: 'read',
    input: periodInput,
    output: boundaryCount,
    classes: ['reference'],
    access: ['coordinator', 'safeguarding_lead', 'regional_manager'],
    label: 'Looked at the count of boundary incidents',
    summary: 'How many boundary incidents happened in a period, by kind (standard 14). Counts only.',
    examples: {
      valid: [{ from: '2026-01-01', to: '2026-03-31' }],
      invalid: [{}, { from: '2026-04-01', to: '2026-03-31' }, { from: '2026-01-01', to: '31/03/2026' }],
    },
  },
});
